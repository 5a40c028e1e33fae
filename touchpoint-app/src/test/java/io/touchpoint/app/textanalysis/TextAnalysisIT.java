package io.touchpoint.app.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.Browser;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.text.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TextAnalysisIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TextAnalyses analyses;
    @Autowired
    TextInsights insights;

    private long review(String run, String id, String text) {
        Api api = new Api(port);
        var r = api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, Api.json(Map.of("items", List.of(Map.of("id", id + run,
                "source", "google", "occurredAt", "2026-05-01T10:00:00Z", "rating", 2, "text", text)))));
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        long feedbackId = jdbc.sql("select id from feedback where external_id = ?").param(id + run).query(Long.class).single();
        // Analysed in the background after the record is stored (the event path).
        await().atMost(Duration.ofSeconds(20)).until(() -> insights.comment(feedbackId).isPresent());
        return feedbackId;
    }

    @Test
    void commentsAreAnalysedWithAspectSpansAndCorrectionsSurviveReanalysis() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String text = "We waited 40 minutes to check in, so frustrating. The breakfast was lovely. Plenty of parking" + run + " spaces.";
        long id = review(run, "ta-", text);
        var c = insights.comment(id).orElseThrow();
        var checkIn = c.aspects().stream().filter(a -> a.path().startsWith("Check-in")).findFirst().orElseThrow();
        assertThat(checkIn.label()).isEqualTo("negative");
        assertThat(text.substring(checkIn.start(), checkIn.end()).toLowerCase()).contains("check");
        var breakfast = c.aspects().stream().filter(a -> a.path().contains("Breakfast")).findFirst().orElseThrow();
        assertThat(breakfast.label()).isEqualTo("positive");
        assertThat(c.emotions()).isNotEmpty();
        // Each emotion comes with the words that gave it away, as written in the comment.
        assertThat(c.emotions()).allSatisfy(e -> assertThat(e.evidence()).isNotEmpty().allMatch(text::contains));

        analyses.correct(id, "text", "negative", null, "tester");
        // A new topic re-analyses the history; the staff correction is kept and the new topic is found.
        var job = analyses.changeTaxonomy(analyses.taxonomy().withTopic(Topic.leaf("Parking " + run,
                List.of("parking" + run))), "tester");
        assertThat(job.total()).isGreaterThan(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> analyses.latestJob().orElseThrow().status().equals("completed"));
        var after = insights.comment(id).orElseThrow();
        assertThat(after.label()).isEqualTo("negative");
        assertThat(after.corrections()).hasSize(1);
        assertThat(after.aspects()).extracting(TextInsights.Aspect::path).contains("Parking " + run);
    }

    @Test
    void aCorrectedPhraseIsLearned() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String phrase = "zorbly" + run;
        long first = review(run, "p1-", "The room was " + phrase + ".");
        analyses.correct(first, "text", "positive", "was " + phrase, "tester");
        long second = review(run, "p2-", "Our suite was " + phrase + " too.");
        assertThat(insights.comment(second).orElseThrow().label()).isEqualTo("positive");
    }

    /** Inserts survey feedback with an NPS and a comment straight into the table and analyses it. */
    private long surveyComment(java.time.Instant at, int nps, String text) {
        return jdbc.sql("""
                insert into feedback (kind, source, external_id, occurred_at, nps, text)
                values ('survey', 'test', ?, ?, ?, ?) returning id""")
                .params(UUID.randomUUID().toString(), java.sql.Timestamp.from(at), nps, text).query(Long.class).single();
    }

    @Test
    void theVerbatimsBehindEachInsightFigureAreExactlyTheCommentsItCounts() throws Exception {
        // A day no other test writes on, so the scope holds only these comments.
        java.time.LocalDate day = java.time.LocalDate.of(2001, 1, 1)
                .plusDays(new java.util.Random().nextInt(3650));
        java.time.Instant noon = day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        List<Long> ids = List.of(
                surveyComment(noon, 3, "The room was noisy and the walls were thin, we hardly slept."),
                surveyComment(noon.plusSeconds(60), 5, "The Wi-Fi kept dropping, terrible for work."),
                surveyComment(noon.plusSeconds(120), 10, "Lovely breakfast and such friendly staff, thank you!"),
                surveyComment(noon.plusSeconds(180), 9, "Such a lovely stay, thank you."),
                surveyComment(noon.plusSeconds(240), 2, "A noisy room, and the staff were rude. <img src=x onerror=alert(1)>"));
        long french = surveyComment(noon.plusSeconds(300), 8,
                "Le petit déjeuner était excellent et le personnel très aimable, merci beaucoup.");
        assertThat(analyses.analyse(ids)).isEqualTo(5);
        analyses.analyse(List.of(french));
        var scope = new TextInsights.Scope(day, day, null);
        // The French comment is kept and counted, not analysed; the page says so.
        assertThat(insights.languages(scope)).containsExactlyInAnyOrder(
                new TextInsights.LanguageCount("en", true, 5), new TextInsights.LanguageCount("fr", false, 1));

        var matrix = insights.topicMatrix(scope);
        assertThat(matrix).extracting(TextInsights.TopicSentiment::path).contains("Room > Noise", "Facilities > Wi-Fi");
        for (var m : matrix) {
            for (String label : List.of("positive", "neutral", "negative")) {
                long expected = switch (label) {
                    case "positive" -> m.positive();
                    case "neutral" -> m.neutral();
                    default -> m.negative();
                };
                var f = new TextInsights.VerbatimFilter(m.path(), label, null, null, null, null);
                assertThat(insights.verbatims(scope, f, 0, 50).total()).as(m.path() + " " + label).isEqualTo(expected);
            }
        }
        var noise = insights.verbatims(scope, new TextInsights.VerbatimFilter("Room > Noise", "negative", null, null,
                null, null), 0, 50);
        assertThat(noise.items()).extracting(TextInsights.Verbatim::id).containsExactly(ids.get(4), ids.get(0));
        var span = noise.items().get(1).aspects().stream().filter(a -> a.path().equals("Room > Noise")).findFirst()
                .orElseThrow();
        assertThat("The room was noisy and the walls were thin, we hardly slept.".substring(span.start(), span.end()))
                .isNotBlank();

        var drivers = insights.detractorDrivers(scope);
        // Topics only detractors mention share the top lift, (3 + 2) / 3; the more widespread comes first.
        assertThat(drivers.get(0).lift()).isEqualTo(5.0 / 3.0);
        assertThat(drivers.get(0).detractorsWith()).isEqualTo(2); // Room, Room > Noise: both detractors' rooms
        assertThat(drivers.stream().filter(d -> d.lift() == 5.0 / 3.0).map(TextInsights.Driver::detractorsWith).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder()).hasSizeGreaterThan(1);
        // Every topic is tested at once: the flag follows the Benjamini-Hochberg q-value, never below its p-value.
        assertThat(drivers).allSatisfy(d -> {
            assertThat(d.qValue()).isGreaterThanOrEqualTo(d.pValue());
            assertThat(d.significant()).isEqualTo(d.qValue() <= 0.05 && d.detractorShare() > d.otherShare());
        });
        assertThat(drivers).extracting(TextInsights.Driver::significant)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (var d : drivers) {
            var f = new TextInsights.VerbatimFilter(d.path(), null, null, "detractors", null, null);
            assertThat(insights.verbatims(scope, f, 0, 50).total()).as(d.path()).isEqualTo(d.detractorsWith());
        }
        assertThat(insights.verbatims(scope, new TextInsights.VerbatimFilter(null, null, null, "promoters", null,
                null), 0, 50).items()).extracting(TextInsights.Verbatim::nps).containsExactly(9, 10);
        for (var e : insights.emotionClusters(scope, true)) {
            var f = new TextInsights.VerbatimFilter(null, null, e.cluster(), null, null, e.group());
            assertThat(insights.verbatims(scope, f, 0, 50).total()).as(e.group() + " " + e.cluster())
                    .isEqualTo(e.comments());
        }
        // Reviews have no NPS: their drivers are low ratings (1-2 of 5) against the rest.
        List<Long> reviews = List.of(
                jdbc.sql("insert into feedback (kind, source, external_id, occurred_at, rating, text) values ('review', "
                        + "'test', ?, ?, 0.0, 'The wifi never worked, such a waste of money.') returning id")
                        .params(UUID.randomUUID().toString(), java.sql.Timestamp.from(noon.minusSeconds(60)))
                        .query(Long.class).single(),
                jdbc.sql("insert into feedback (kind, source, external_id, occurred_at, rating, text) values ('review', "
                        + "'test', ?, ?, 1.0, 'Lovely breakfast, friendly staff.') returning id")
                        .params(UUID.randomUUID().toString(), java.sql.Timestamp.from(noon.minusSeconds(120)))
                        .query(Long.class).single());
        analyses.analyse(reviews);
        var byRating = insights.detractorDrivers(scope, TextInsights.DriverBasis.RATING);
        assertThat(byRating).extracting(TextInsights.Driver::path).contains("Facilities > Wi-Fi");
        for (var d : byRating) {
            assertThat(d.detractors()).isEqualTo(1);
            assertThat(d.others()).isEqualTo(1);
            var f = new TextInsights.VerbatimFilter(d.path(), null, null, "low-rated", null, null);
            assertThat(insights.verbatims(scope, f, 0, 50).total()).as(d.path()).isEqualTo(d.detractorsWith());
        }
        // The NPS drivers do not change: reviews carry no NPS.
        assertThat(insights.detractorDrivers(scope)).isEqualTo(drivers);
        // Pages: newest first, two at a time.
        var first = insights.verbatims(scope, TextInsights.VerbatimFilter.none(), 0, 2);
        var last = insights.verbatims(scope, TextInsights.VerbatimFilter.none(), 4, 2);
        assertThat(first.total()).isEqualTo(8);
        assertThat(first.items()).extracting(TextInsights.Verbatim::id).containsExactly(french, ids.get(4));
        assertThat(first.items().get(0).analysed()).isFalse();
        assertThat(first.items().get(0).language()).isEqualTo("fr");
        assertThat(first.items().get(1).analysed()).isTrue();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(TextInsights.Verbatim::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(last.hasNext()).isTrue(); // the two reviews are older

        // The page: comments escaped and highlighted, a bad filter named, not a server error.
        var staff = new io.touchpoint.app.support.StaffSession(port, "admin", Api.ADMIN_PASSWORD);
        var page = staff.get("/insights/verbatims?from=" + day + "&to=" + day + "&topic=Room+%3E+Noise&sentiment=negative");
        assertThat(page.statusCode()).isEqualTo(200);
        // Markup in a comment is neither rendered nor shown: the list shows what the customer wrote.
        assertThat(page.body()).contains("2 comments").doesNotContain("<img src=x").doesNotContain("onerror=")
                .contains("<mark class=\"aspect negative\"");
        assertThat(staff.get("/insights/verbatims?from=" + day + "&to=" + day).body())
                .contains("language fr: not analysed");
        assertThat(staff.get("/insights?from=" + day + "&to=" + day).body()).containsPattern("\\d+ comments analysed")
                .contains("1 in other languages kept but not analysed (").contains("fr 1");
        // The same comments as CSV: byte order mark, one row each, formulas made inert, filters applied.
        surveyComment(noon.plusSeconds(360), 1, "=HYPERLINK(\"http://evil.example\") The room was filthy.");
        analyses.analyse(jdbc.sql("select id from feedback where text like '=HYPERLINK%' and occurred_at = ?")
                .param(java.sql.Timestamp.from(noon.plusSeconds(360))).query(Long.class).list());
        var csv = staff.get("/insights/verbatims.csv?from=" + day + "&to=" + day);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.body().substring(1))).getRecords();
        assertThat(csv.body()).startsWith("\uFEFFid,date,kind,source,property,touchpoint,nps,sentiment");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0).get("comment")).startsWith("'=HYPERLINK(");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("topics")).contains("Room > Noise: negative"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("sentiment")).isEqualTo("not analysed"));
        var noisy = staff.get("/insights/verbatims.csv?from=" + day + "&to=" + day + "&topic=Room+%3E+Noise&sentiment=negative");
        assertThat(noisy.body().lines().count()).isEqualTo(3);
        var badCsv = staff.get("/insights/verbatims.csv?group=angry");
        assertThat(badCsv.statusCode()).isEqualTo(400);
        assertThat(badCsv.body()).contains("group: use one of detractors, passives, promoters");
        var bad = staff.get("/insights/verbatims?sentiment=furious&offset=-1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sentiment: use one of negative, neutral, positive");
        assertThat(staff.get("/insights?from=" + day + "&to=" + day + "&basis=rating").body())
                .contains("reviews rated 1 or 2 of 5").contains("group=low-rated");
        var overview = staff.get("/insights?from=" + day + "&to=" + day);
        assertThat(overview.body()).contains("/insights/verbatims?from=" + day)
                .contains("id=\"insights-data\"").contains("\"path\":\"Room\"");
    }

    @Test
    @Tag("browser")
    void staffOpenACommentSeeItsAspectsAndCorrectALabel() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = review(run, "b-", "The staff were rude <script>alert(1)</script> but the location is perfect. Stay "
                + run + ".");
        try (Browser b = new Browser(port, 1280, 900)) {
            b.signIn("admin", Api.ADMIN_PASSWORD);
            b.open("/feedback/" + id + "/analysis");
            var marks = b.driver().findElements(By.cssSelector("#highlighted mark.aspect"));
            assertThat(marks).isNotEmpty();
            assertThat(marks).extracting(m -> m.getAttribute("data-label")).contains("negative", "positive");
            // Read without the markup; what was received is one click away, escaped, never run.
            assertThat(b.driver().findElement(By.id("highlighted")).getText()).contains("The staff were rude")
                    .doesNotContain("script").doesNotContain("alert(1)");
            b.driver().findElement(By.cssSelector("#as-received summary")).click();
            assertThat(b.driver().findElement(By.cssSelector("#as-received pre")).getText())
                    .contains("<script>alert(1)</script>");
            assertThat(b.driver().findElement(By.id("h-emotions")).findElement(By.xpath("..")).getText())
                    .contains("from “").doesNotContain("\"start\"");
            // The words that carried the sentiment; one click puts a phrase into the correction form.
            var rude = b.driver().findElement(By.id("opinion-words")).findElements(By.cssSelector("button.chip"))
                    .stream().filter(c -> c.getText().startsWith("rude")).findFirst().orElseThrow();
            assertThat(rude.getAttribute("class")).contains("negative");
            rude.click();
            assertThat(b.driver().findElement(By.id("k-phrase")).getAttribute("value")).isEqualTo("rude");
            // Teaching a phrase changes every later analysis (other tests read "rude"), so this test keeps none.
            b.driver().findElement(By.id("k-phrase")).clear();
            String before = b.driver().findElement(By.id("overall-label")).getText();
            String other = before.equals("positive") ? "negative" : "positive";
            new Select(b.driver().findElement(By.id("k-label"))).selectByValue(other);
            b.driver().findElement(By.cssSelector("#correction button[type=submit]")).click();
            b.waitFor(By.id("corrections"));
            assertThat(b.driver().findElement(By.id("overall-label")).getText()).isEqualTo(other);
            // Kept: a fresh load shows the corrected label and the record of who changed it.
            b.open("/feedback/" + id + "/analysis");
            assertThat(b.driver().findElement(By.id("overall-label")).getText()).isEqualTo(other);
            assertThat(b.driver().findElement(By.id("corrections")).getText()).contains("admin", before, other);
            b.open("/insights?from=2026-05-01&to=2026-05-01");
            assertThat(b.driver().findElement(By.id("topic-matrix")).getText()).contains("Staff");
            // From a topic of the matrix to the comments behind it, highlighted the same way.
            b.driver().findElement(By.id("topic-matrix")).findElement(By.linkText("Staff")).click();
            b.waitFor(By.id("verbatim-summary"));
            assertThat(b.driver().findElement(By.id("verbatim-summary")).getText()).contains("mentioning Staff");
            // Other tests' comments mention staff in the same months: find ours among the list's articles.
            var ours = b.driver().findElements(By.cssSelector("article.verbatim")).stream()
                    .filter(a -> a.getText().contains("Stay " + run)).findFirst().orElseThrow();
            assertThat(ours.findElements(By.cssSelector("mark.aspect"))).extracting(m -> m.getAttribute("data-label"))
                    .contains("negative", "positive");
        }
    }
}
