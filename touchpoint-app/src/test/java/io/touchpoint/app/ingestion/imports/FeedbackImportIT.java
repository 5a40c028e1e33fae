package io.touchpoint.app.ingestion.imports;

import static io.touchpoint.app.ingestion.imports.ImportClient.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.StaffSession;
import io.touchpoint.app.textanalysis.TextInsights;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reviews and social comments imported from CSV go through the same checks and intake as the feedback API: good rows
 * land in the feedback stream (rolled up, analysed, shown escaped), bad rows are reported by column, and a replayed
 * file (or a post already sent by the API) adds nothing.
 */
@IntegrationTest
class FeedbackImportIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TouchpointCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TextInsights insights;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    private static Map<Long, List<String>> byLine(List<CSVRecord> report) {
        Map<Long, List<String>> out = new TreeMap<>();
        for (CSVRecord r : report) {
            out.computeIfAbsent(Long.parseLong(r.get("row")), k -> new ArrayList<>())
                    .add(r.get("field") + ": " + r.get("message"));
        }
        return out;
    }

    private Map<String, Object> stored(String source, String id) {
        return jdbc.sql("select rating, text, author, customer_id, property_id, channel from feedback "
                + "where kind in ('review', 'social') and source = ? and external_id = ?").params(source, id)
                .query().singleRow();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void importsReviewsLikeTheApiReportsBadRowsByColumnAndAReplayAddsNothing() throws Exception {
        Api api = new Api(port);
        ImportClient client = new ImportClient(port);
        String property = "rv-" + run;
        long propertyId = catalog.createProperty(property, "Review Hotel", "Porto", "PT", "Europe/Lisbon").id();
        String known = "guest." + run + "@example.com";
        String stranger = "stranger." + run + "@example.com";
        long customer = api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", known))).json()
                .get("id").asLong();
        // A post that came in through the API first: the same post in the file is a duplicate.
        JsonNode viaApi = api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, Api.json(Map.of("items", List.of(Map.of(
                "id", "api-" + run, "source", "google", "occurredAt", "2026-04-05T09:00:00Z", "rating", 5,
                "text", "Sent by the API", "property", property))))).json();
        assertThat(viaApi.get("accepted").asInt()).isEqualTo(1);

        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> never again";
        String csv = line("id", "kind", "source", "occurred_at", "rating", "rating_min", "rating_max", "text",
                "author", "url", "property", "touchpoint", "language", "email")
                /* 2 */ + line("ta-" + run, "review", "TripAdvisor", "2026-04-01T09:00:00Z", "4", "", "",
                        "\"Lovely staff, quiet room\"", "@traveller", "https://example.org/r/1", property, "", "en",
                        known.toUpperCase())
                /* 3 */ + line("g-" + run, "", "google", "2026-04-02T09:00:00Z", "8", "0", "10", "Good breakfast", "",
                        "", property, "", "", "")
                /* 4 */ + line("bk-" + run, "review", "booking", "2026-04-03 10:00:00+02:00", "7", "1", "10", "", "",
                        "", property, "", "", "")
                /* 5 */ + line("fb-" + run, "social", "facebook", "2026-04-03T12:00:00Z", "", "", "",
                        "The check-in took forever and the staff were rude", "", "", property, "", "", stranger)
                /* 6 */ + line("x-" + run, "review", "google", "2026-04-04T09:00:00Z", "2", "", "", hostile,
                        "<b>Mallory</b>", "", property, "", "", "")
                /* 7 */ + line("d-" + run, "review", "google", "04/05/2026", "3", "", "", "Fine", "", "", property, "",
                        "", "")
                /* 8 */ + line("p-" + run, "review", "google", "2026-04-04T09:00:00Z", "3", "", "", "Fine", "", "",
                        "no-such-" + run, "", "", "")
                /* 9 */ + line("e-" + run, "review", "google", "2026-04-04T09:00:00Z", "", "", "", "", "@quiet", "",
                        property, "", "", "")
                /* 10 */ + line("r-" + run, "review", "google", "2026-04-04T09:00:00Z", "7", "", "", "Seven?", "",
                        "javascript:alert(1)", property, "", "", "")
                /* 11 */ + line("f-" + run, "review", "google", "2026-04-04T09:00:00Z", "3", "", "", "Fine", "", "",
                        property, "", "", "", "surplus")
                /* 12 */ + line("ta-" + run, "review", "tripadvisor", "2026-04-01T09:00:00Z", "4", "", "", "Again",
                        "", "", property, "", "", "")
                /* 13 */ + line("api-" + run, "review", "Google", "2026-04-05T09:00:00Z", "5", "", "",
                        "Sent by the API", "", "", property, "", "", "")
                /* 14 */ + line("q-" + run, "review", "google", "2026-04-04T09:00:00Z", "3", "", "", "5\" tall", "",
                        "", property, "", "", "")
                /* 15 */ + line("=cmd|' /C calc'!A0", "review", "google", "2026-04-04T09:00:00Z", "1", "", "",
                        "Formula id", "", "", "", "", "", "");
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        Api.Response accepted = client.multipart("feedback", "reviews.csv", file, Api.BOOTSTRAP_KEY);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("kind").asString()).isEqualTo("feedback");
        assertThat(accepted.json().get("warnings")).isEmpty();
        long id = accepted.json().get("id").asLong();
        JsonNode done = client.awaitFinished(id);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("rowsRead").asLong()).isEqualTo(14);
        assertThat(done.get("rowsOk").asLong()).isEqualTo(6);
        assertThat(done.get("rowsDuplicate").asLong()).isEqualTo(2);
        assertThat(done.get("rowsFailed").asLong()).isEqualTo(6);

        Map<Long, List<String>> report = byLine(client.errors(id));
        assertThat(report.keySet()).containsExactly(7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(report.get(7L)).containsExactly(
                "occurred_at: not an ISO-8601 timestamp with offset, e.g. 2026-03-01T14:30:00Z");
        assertThat(report.get(8L)).containsExactly("property: unknown property 'no-such-" + run + "'");
        assertThat(report.get(9L)).containsExactly("text: give a text, a rating or both");
        assertThat(report.get(10L)).containsExactly("rating: rating 7 is outside the scale 1-5",
                "url: must be an http(s) link");
        assertThat(report.get(11L)).containsExactly(": expected 14 fields as in the header, found 15");
        assertThat(report.get(12L)).singleElement().asString().startsWith("id: duplicate: id 'ta-" + run + "'");
        assertThat(report.get(13L)).singleElement().asString().startsWith("id: duplicate: id 'api-" + run + "'");
        assertThat(report.get(14L)).singleElement().asString().startsWith("text: stray quote");

        // Stored as the API stores them: normalised ratings, text as written, known customers linked, none created.
        Map<String, Object> ta = stored("tripadvisor", "ta-" + run);
        assertThat((BigDecimal) ta.get("rating")).isEqualByComparingTo("0.75");
        assertThat(ta.get("text")).isEqualTo("Lovely staff, quiet room");
        assertThat(((Number) ta.get("customer_id")).longValue()).isEqualTo(customer);
        assertThat(ta.get("channel")).isEqualTo("review_site");
        assertThat((BigDecimal) stored("google", "g-" + run).get("rating")).isEqualByComparingTo("0.8");
        assertThat((BigDecimal) stored("booking", "bk-" + run).get("rating")).isEqualByComparingTo("0.6667");
        Map<String, Object> fb = stored("facebook", "fb-" + run);
        assertThat(fb.get("customer_id")).as("an unknown author is not linked").isNull();
        assertThat(fb.get("channel")).isEqualTo("social");
        assertThat(api.get("/api/v1/customers?email=" + stranger, Api.BOOTSTRAP_KEY).json().get("count").asInt())
                .as("and no customer is created").isZero();
        Map<String, Object> x = stored("google", "x-" + run);
        assertThat(x.get("text")).isEqualTo(hostile);
        assertThat(x.get("author")).isEqualTo("<b>Mallory</b>");
        assertThat(stored("google", "=cmd|' /C calc'!A0").get("rating")).isNotNull();
        assertThat(count("select count(*) from feedback where property_id = ?", propertyId))
                .as("5 rows of the file and the API's one").isEqualTo(6);

        // The FeedbackRecorded events ran as for API intake: the rollup counts the rows, text analysis saw them.
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select coalesce(sum(n), 0) from feedback_daily where property_id = ?", propertyId) == 6
                && count("select coalesce(sum(rating_n), 0) from feedback_daily where property_id = ?",
                        propertyId) == 5);
        long fbId = count("select id from feedback where source = 'facebook' and external_id = ?", "fb-" + run);
        await().atMost(Duration.ofSeconds(30)).until(() -> insights.comment(fbId).isPresent());

        // On the page of verbatims the hostile text is shown, escaped.
        StaffSession staff = new StaffSession(port, "admin", Api.ADMIN_PASSWORD);
        var page = staff.get("/feedback?from=2026-04-01&to=2026-04-30&property=" + property);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lovely staff, quiet room", "The check-in took forever",
                        "&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt; never again", "&lt;b&gt;Mallory")
                .doesNotContain("<script>alert(").doesNotContain("<img src=x").doesNotContain("<b>Mallory");
        var imports = staff.get("/imports");
        assertThat(imports.body()).contains("value=\"feedback\"", "Reviews and social comments");

        // The same file again: everything stored is a duplicate now; the bad rows fail as before.
        Api.Response again = client.raw("feedback", "reviews.csv", file, Api.BOOTSTRAP_KEY);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        long replayId = again.json().get("id").asLong();
        JsonNode replay = client.awaitFinished(replayId);
        assertThat(replay.get("rowsOk").asLong()).isZero();
        assertThat(replay.get("rowsDuplicate").asLong()).isEqualTo(8);
        assertThat(replay.get("rowsFailed").asLong()).isEqualTo(6);
        List<CSVRecord> replayReport = client.errors(replayId);
        assertThat(byLine(replayReport).keySet()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L,
                14L, 15L);
        CSVRecord formula = replayReport.stream().filter(r -> r.get("row").equals("15")).findFirst().orElseThrow();
        assertThat(formula.get("raw")).as("formulas are defused in the report").startsWith("'=cmd|");
        assertThat(count("select count(*) from feedback where property_id = ?", propertyId)).isEqualTo(6);
        assertThat(count("select count(*) from feedback where external_id = ?", "=cmd|' /C calc'!A0")).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsFailsAtOnce() {
        ImportClient client = new ImportClient(port);
        Api.Response r = client.raw("feedback", "short.csv", "id,author,email\nx,@a,a@b.co\n"
                .getBytes(StandardCharsets.UTF_8), Api.BOOTSTRAP_KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("file");
        assertThat(r.json().get("detail").asString())
                .isEqualTo("missing required columns: source, occurred_at, rating or text");
        assertThat(new Api(port).get("/v3/api-docs", null).body()).as("the OpenAPI description names the kind")
                .contains("kind: customers, transactions, interactions or feedback");
    }
}
