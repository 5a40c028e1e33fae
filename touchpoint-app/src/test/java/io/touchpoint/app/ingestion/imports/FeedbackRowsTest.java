package io.touchpoint.app.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Phase;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.feedback.ExternalFeedback;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvReader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.records.FieldNames;
import io.touchpoint.app.ingestion.records.RecordContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header checks and row parsing of review and social comment files, without a database. */
class FeedbackRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final RecordContext CTX = new RecordContext(NOW, "import:1", FieldNames.CSV,
            key -> Optional.ofNullable(Map.of("lisbon", 7L, "porto", 8L).get(key.toLowerCase(Locale.ROOT))),
            key -> key.equals("breakfast") ? Optional.of(new Touchpoint(3, "breakfast", "Breakfast", Channel.IN_PERSON,
                    Phase.DURING, "lisbon", null, true, "stay")) : Optional.empty(),
            key -> Optional.ofNullable(Map.of("stay", 11L).get(key)));
    private static final List<String> COLUMNS = List.of("id", "kind", "source", "occurred_at", "rating", "rating_min",
            "rating_max", "text", "author", "url", "property", "touchpoint", "language", "email");

    private static FeedbackRows format(String... names) throws ImportFormatException {
        return new FeedbackRows(new CsvHeader(Arrays.asList(names), ','), CTX, "GB", null);
    }

    private static FeedbackRows full() throws ImportFormatException {
        return format(COLUMNS.toArray(String[]::new));
    }

    /** A row of the full format: the given columns set, the others empty. */
    private static CsvRecord.Row row(Map<String, String> cells) {
        List<String> values = COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).toList();
        return new CsvRecord.Row(2, values, String.join(",", values));
    }

    private static Map<String, String> good(String... more) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("id", "ta-1", "source", "TripAdvisor", "occurred_at",
                "2026-03-01T09:00:00Z", "rating", "4", "text", "Lovely staff"));
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return m;
    }

    private static List<String> problems(RecordProblems p) {
        return p.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void namesMissingColumnsAndLeavesTheCustomerOptional() throws Exception {
        assertThatThrownBy(() -> format("id", "author", "email"))
                .hasMessage("missing required columns: source, occurred_at, rating or text");
        assertThatThrownBy(() -> format("id", "source", "occurred_at", "text", "external_id"))
                .hasMessage("missing required column: external_source (with external_id)");
        assertThat(format("id", "source", "occurred_at", "text", "stars").warnings())
                .containsExactly("unknown column ignored: stars");
    }

    @Test
    void parsesAReviewLinkedByEmailWithTheTouchpointsPropertyAndStage() throws Exception {
        RecordProblems p = new RecordProblems("");
        ExternalFeedback f = full().parse(row(good("kind", "Review", "author", "@traveller", "url",
                "https://example.org/r/1", "touchpoint", "breakfast", "language", "en", "email", "Ann@Example.com")),
                p);
        assertThat(problems(p)).isEmpty();
        assertThat(f.kind()).isEqualTo("review");
        assertThat(f.source()).isEqualTo("tripadvisor");
        assertThat(f.externalId()).isEqualTo("ta-1");
        assertThat(f.occurredAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(f.rating()).isEqualByComparingTo("0.75");
        assertThat(f.text()).isEqualTo("Lovely staff");
        assertThat(f.author()).isEqualTo("@traveller");
        assertThat(f.touchpointId()).isEqualTo(3L);
        assertThat(f.propertyId()).as("from the touchpoint").isEqualTo(7L);
        assertThat(f.stageId()).as("from the touchpoint").isEqualTo(11L);
        assertThat(f.channel()).isEqualTo("in_person");
        assertThat(f.language()).isEqualTo("en");
        assertThat(f.customer().identifiers()).containsExactly(Identifier.email("ann@example.com"));
    }

    @Test
    void aSocialCommentWithoutRatingOrCustomer() throws Exception {
        RecordProblems p = new RecordProblems("");
        ExternalFeedback f = full().parse(row(Map.of("id", "fb-9", "kind", "social", "source", "facebook",
                "occurred_at", "2026-03-02 18:30:00+01:00", "text", "Check-in took forever", "property", "LISBON")), p);
        assertThat(problems(p)).isEmpty();
        assertThat(f.rating()).isNull();
        assertThat(f.customer()).as("no identifier filled in: not linked, not an error").isNull();
        assertThat(f.channel()).isEqualTo("social");
        assertThat(f.propertyId()).isEqualTo(7L);
        assertThat(f.occurredAt()).isEqualTo(Instant.parse("2026-03-02T17:30:00Z"));
    }

    /** (value - min) / (max - min), to 4 places as stored. */
    @ParameterizedTest
    @CsvSource({
            "4, , , 0.75", "1, , , 0", "5, , , 1", "4.5, 1, 5, 0.875",
            "8, 0, 10, 0.8", "0, 0, 10, 0", "10, 0, 10, 1",
            "7, 1, 10, 0.6667", "1, 1, 10, 0", "10, 1, 10, 1", "5.5, 1, 10, 0.5"})
    void normalisesRatingsOnAnyScale(String rating, String min, String max, String expected) throws Exception {
        RecordProblems p = new RecordProblems("");
        ExternalFeedback f = full().parse(row(good("rating", rating, "rating_min", min == null ? "" : min,
                "rating_max", max == null ? "" : max)), p);
        assertThat(problems(p)).isEmpty();
        assertThat(f.rating()).isEqualByComparingTo(expected);
    }

    @Test
    void refusesRatingsOffTheirScale() throws Exception {
        RecordProblems outside = new RecordProblems("");
        assertThat(full().parse(row(good("rating", "7")), outside)).isNull();
        assertThat(problems(outside)).containsExactly("rating: rating 7 is outside the scale 1-5");

        RecordProblems upsideDown = new RecordProblems("");
        full().parse(row(good("rating", "3", "rating_min", "10", "rating_max", "0")), upsideDown);
        assertThat(problems(upsideDown)).containsExactly("rating: scale maximum must exceed its minimum");

        RecordProblems words = new RecordProblems("");
        full().parse(row(good("rating", "four", "rating_max", "5,0")), words);
        assertThat(problems(words)).containsExactly(
                "rating: not a number; write digits with '.' as the decimal separator, e.g. 1234.50",
                "rating_max: not a number; write digits with '.' as the decimal separator, e.g. 1234.50");
    }

    @Test
    void namesTheColumnOfEveryBadValue() throws Exception {
        RecordProblems p = new RecordProblems("");
        assertThat(full().parse(row(good("id", "", "kind", "tweet", "source", "trip advisor", "occurred_at",
                "01/03/2026", "url", "javascript:alert(1)", "property", "faro", "touchpoint", "pool", "email",
                "not-an-email")), p)).isNull();
        assertThat(problems(p)).containsExactly(
                "id: required",
                "kind: use review or social",
                "source: use letters, digits, '.', '-' or '_' (e.g. tripadvisor)",
                "occurred_at: not an ISO-8601 timestamp with offset, e.g. 2026-03-01T14:30:00Z",
                "url: must be an http(s) link",
                "property: unknown property 'faro'",
                "touchpoint: unknown touchpoint 'pool'",
                "email: not an email address");
    }

    @Test
    void refusesDatesWithoutOffsetOrOutOfRange() throws Exception {
        for (String date : List.of("2026-03-01", "2026-03-01T09:00:00", "yesterday")) {
            RecordProblems p = new RecordProblems("");
            full().parse(row(good("occurred_at", date)), p);
            assertThat(problems(p)).as(date).containsExactly(
                    "occurred_at: not an ISO-8601 timestamp with offset, e.g. 2026-03-01T14:30:00Z");
        }
        RecordProblems future = new RecordProblems("");
        full().parse(row(good("occurred_at", "2026-03-12T12:00:00Z")), future);
        assertThat(problems(future)).containsExactly("occurred_at: out of range (1970 to one day ahead)");
        RecordProblems missing = new RecordProblems("");
        full().parse(row(good("occurred_at", "")), missing);
        assertThat(problems(missing)).containsExactly("occurred_at: required");
    }

    @Test
    void needsATextOrARating() throws Exception {
        RecordProblems p = new RecordProblems("");
        assertThat(full().parse(row(good("rating", "", "text", "   ")), p)).isNull();
        assertThat(problems(p)).containsExactly("text: give a text, a rating or both");

        RecordProblems onlyRating = new RecordProblems("");
        assertThat(full().parse(row(good("text", "")), onlyRating)).isNotNull();
        RecordProblems onlyText = new RecordProblems("");
        assertThat(full().parse(row(good("rating", "")), onlyText)).isNotNull();
    }

    @Test
    void refusesOversizedFields() throws Exception {
        RecordProblems p = new RecordProblems("");
        assertThat(full().parse(row(good("id", "x".repeat(201), "text", "y".repeat(20_001), "author", "a".repeat(201),
                "url", "https://example.org/" + "u".repeat(2000), "language", "l".repeat(17))), p)).isNull();
        assertThat(problems(p)).containsExactly("id: at most 200 characters", "text: at most 20000 characters",
                "author: at most 200 characters", "url: at most 2000 characters", "language: at most 16 characters");

        RecordProblems atLimit = new RecordProblems("");
        assertThat(full().parse(row(good("text", "y".repeat(20_000))), atLimit)).isNotNull();
        RecordProblems nul = new RecordProblems("");
        full().parse(row(good("text", "bad\u0000byte")), nul);
        assertThat(problems(nul)).containsExactly("text: must not contain NUL characters");
    }

    /** The example file of docs/imports.md imports as the text around it says. */
    @Test
    void theDocumentedExampleParses() throws Exception {
        String doc = Files.readString(Path.of("../docs/imports.md"));
        int start = doc.indexOf("```csv\n", doc.indexOf("### Reviews and social comments")) + "```csv\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        List<ExternalFeedback> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)))) {
            FeedbackRows f = new FeedbackRows(reader.readHeader(), CTX, "GB", null);
            assertThat(f.warnings()).isEmpty();
            CsvRecord rec;
            while ((rec = reader.next()) != null) {
                RecordProblems p = new RecordProblems("");
                rows.add(f.parse((CsvRecord.Row) rec, p));
                assertThat(problems(p)).as("line %d", rec.line()).isEmpty();
            }
        }
        assertThat(rows).extracting(ExternalFeedback::externalId).containsExactly("ta-889102", "g-55120", "bk-7731",
                "fb-10223");
        assertThat(rows.get(0).customer().identifiers()).containsExactly(Identifier.email("ann@example.com"));
        assertThat(rows.get(1).rating()).isEqualByComparingTo("0.8");
        assertThat(rows.get(2).rating()).isEqualByComparingTo("0.6667");
        assertThat(rows.get(3).text()).isEqualTo("Check-in took 40 minutes <b>again</b>");
        assertThat(rows.get(3).kind()).isEqualTo("social");
    }

    @Test
    void keepsScriptAndHtmlAsWritten() throws Exception {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> \"great\" & =SUM(A1)";
        RecordProblems p = new RecordProblems("");
        ExternalFeedback f = full().parse(row(good("text", "  " + hostile + "  ", "author", "<b>Mallory</b>")), p);
        assertThat(problems(p)).isEmpty();
        assertThat(f.text()).as("only trimmed, never escaped or stripped here").isEqualTo(hostile);
        assertThat(f.author()).isEqualTo("<b>Mallory</b>");
    }
}
