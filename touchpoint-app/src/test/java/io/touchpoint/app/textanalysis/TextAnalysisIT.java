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

    @Test
    @Tag("browser")
    void staffOpenACommentSeeItsAspectsAndCorrectALabel() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = review(run, "b-", "The staff were rude <script>alert(1)</script> but the location is perfect.");
        try (Browser b = new Browser(port, 1280, 900)) {
            b.signIn("admin", Api.ADMIN_PASSWORD);
            b.open("/feedback/" + id + "/analysis");
            var marks = b.driver().findElements(By.cssSelector("#highlighted mark.aspect"));
            assertThat(marks).isNotEmpty();
            assertThat(marks).extracting(m -> m.getAttribute("data-label")).contains("negative", "positive");
            assertThat(b.driver().findElement(By.id("highlighted")).getText()).contains("<script>alert(1)</script>");
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
            b.open("/insights?from=2026-04-01&to=2026-05-31");
            assertThat(b.driver().findElement(By.id("topic-matrix")).getText()).contains("Staff");
        }
    }
}
