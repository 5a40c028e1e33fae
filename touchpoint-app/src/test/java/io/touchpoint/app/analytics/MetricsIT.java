package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Feedback goes in through the event path; the rollup follows; the API reports the published figures. */
@IntegrationTest
class MetricsIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TouchpointCatalog catalog;

    final String run = UUID.randomUUID().toString().substring(0, 6);

    private void feedback(long property, long touchpoint, String at, Integer nps, Integer csat, Integer ces) {
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, property_id, touchpoint_id, channel, occurred_at,
                                          nps, csat, ces)
                    values ('survey', 'test', ?, ?, ?, 'web', ?, ?, ?, ?) returning id""")
                    .params(UUID.randomUUID().toString(), property, touchpoint, Timestamp.from(Instant.parse(at)), nps,
                            csat, ces)
                    .query(Long.class).single();
            events.publishEvent(new FeedbackRecorded(id));
        });
    }

    @Test
    void npsPerTouchpointMatchesThePublishedExample() {
        long property = catalog.createProperty("m-" + run, "Metrics Hotel", null, null, null).id();
        long desk = catalog.create(new TouchpointDraft("desk-" + run, "Desk", "in_person", "during", "m-" + run, null,
                true, "arrival")).id();
        long web = catalog.create(new TouchpointDraft("web-" + run, "Web", "web", "pre", "m-" + run, null, true,
                "booking")).id();
        // Rocks (2016) / whuber: 1 detractor, 2 passives, 3 promoters -> NPS 1/3, SE 0.304.
        List<Integer> desk6 = List.of(3, 7, 8, 9, 10, 10);
        for (int i = 0; i < desk6.size(); i++) {
            feedback(property, desk, "2026-03-0" + (1 + i % 3) + "T10:00:00Z", desk6.get(i), 4 + i % 2, 5);
        }
        // (1, 0, 1): SE 0.707.
        feedback(property, web, "2026-03-02T10:00:00Z", 0, 2, 2);
        feedback(property, web, "2026-03-02T11:00:00Z", 10, null, null);

        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(property)
                .query(Long.class).single() == 8);

        JsonNode r = api.get("/api/v1/metrics/nps?from=2026-03-01&to=2026-03-31&groupBy=touchpoint&property=m-" + run,
                Api.BOOTSTRAP_KEY).json();
        assertThat(r.get("overall").get("n").asLong()).isEqualTo(8);
        JsonNode groups = r.get("groups");
        assertThat(groups).hasSize(2);
        JsonNode d = groups.get(0).get("key").asString().equals("desk-" + run) ? groups.get(0) : groups.get(1);
        JsonNode w = d == groups.get(0) ? groups.get(1) : groups.get(0);
        assertThat(d.get("promoters").asLong()).isEqualTo(3);
        assertThat(d.get("passives").asLong()).isEqualTo(2);
        assertThat(d.get("detractors").asLong()).isEqualTo(1);
        assertThat(d.get("nps").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(d.get("standardError").asDouble()).isCloseTo(30.4, within(0.05));
        assertThat(d.get("ciLower").asDouble()).isLessThan(d.get("nps").asDouble());
        assertThat(d.get("ciUpper").asDouble()).isGreaterThan(d.get("nps").asDouble());
        assertThat(d.get("smallSample").asBoolean()).isTrue();
        assertThat(w.get("standardError").asDouble()).isCloseTo(70.7, within(0.05));

        JsonNode csat = api.get("/api/v1/metrics/csat?from=2026-03-01&to=2026-03-31&property=m-" + run,
                Api.BOOTSTRAP_KEY).json().get("overall");
        assertThat(csat.get("n").asLong()).isEqualTo(7);
        assertThat(csat.get("favourable").asLong()).isEqualTo(6);
        JsonNode byDay = api.get("/api/v1/metrics/nps?from=2026-03-01&to=2026-03-31&groupBy=day&property=m-" + run,
                Api.BOOTSTRAP_KEY).json().get("groups");
        assertThat(byDay).hasSize(3);
        assertThat(byDay.get(0).get("key").asString()).isEqualTo("2026-03-01");

        // Replaying an event changes nothing: cells are recomputed, not incremented.
        Long anyId = jdbc.sql("select min(id) from feedback where property_id = ?").param(property).query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new FeedbackRecorded(anyId)));
        tx.executeWithoutResult(s -> events.publishEvent(new FeedbackRecorded(anyId)));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "select sum(n) from feedback_daily where property_id = ?").param(property).query(Long.class).single() == 8);
    }

    @Test
    void badParametersAreNamed() {
        Api api = new Api(port);
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"/api/v1/metrics/nps?groupBy=planet", "groupBy"});
        cases.add(new String[] {"/api/v1/metrics/wow", "metric"});
        cases.add(new String[] {"/api/v1/metrics/nps?from=yesterday", "from"});
        cases.add(new String[] {"/api/v1/metrics/nps?from=2026-05-01&to=2026-01-01", "from"});
        cases.add(new String[] {"/api/v1/metrics/nps?touchpoint=nope-" + run, "touchpoint"});
        cases.add(new String[] {"/api/v1/metrics/nps?confidence=7", "confidence"});
        cases.add(new String[] {"/api/v1/metrics/nps?confidence=abc", "confidence"});
        for (String[] c : cases) {
            var res = api.get(c[0], Api.BOOTSTRAP_KEY);
            assertThat(res.status()).as(c[0]).isEqualTo(400);
            assertThat(res.json().get("field").asString()).as(c[0]).isEqualTo(c[1]);
        }
        for (String metric : List.of("nps", "csat", "ces", "rating")) {
            var grouped = api.get("/api/v1/metrics/" + metric + "?groupBy=age_band", Api.BOOTSTRAP_KEY);
            assertThat(grouped.status()).as(metric).isEqualTo(200);
            assertThat(grouped.json().get("metric").asString()).isEqualToIgnoringCase(metric);
        }
    }
}
