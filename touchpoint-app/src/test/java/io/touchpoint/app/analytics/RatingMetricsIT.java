package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.StaffSession;
import io.touchpoint.stats.ChangeTestMethod;
import io.touchpoint.stats.TrendChange;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The review rating metric end to end: reviews on different scales come in through the API, the daily rollup follows
 * through the event path, and the metric reports mean stars (1 + 4 x normalised rating) and the share of 4 stars or
 * more. Survey feedback without a rating does not count.
 */
@IntegrationTest
class RatingMetricsIT {

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
    @Autowired
    ProfileRollups profileRollups;
    @Autowired
    FeedbackRollups rollups;
    @Autowired
    FeedbackMetrics metrics;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String a = "ra-" + run;
    final String b = "rb-" + run;
    static final String PERIOD = "from=2026-02-15&to=2026-04-15";

    private Map<String, Object> review(String id, String at, String property, int rating, Integer min, Integer max,
            String customerEmail) {
        Map<String, Object> m = new HashMap<>(Map.of("id", id + "-" + run, "source", "tripadvisor", "occurredAt", at,
                "rating", rating, "property", property, "text", "<b>stay</b> " + id));
        if (min != null) {
            m.put("ratingMin", min);
            m.put("ratingMax", max);
        }
        if (customerEmail != null) {
            m.put("customer", Map.of("email", customerEmail));
        }
        return m;
    }

    private void survey(long property, Long customer, String at) {
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, customer_id, property_id, channel, occurred_at,
                                          nps, csat)
                    values ('survey', 'test', ?, ?, ?, 'web', ?, 9, 5) returning id""")
                    .params(UUID.randomUUID().toString(), customer, property, Timestamp.from(Instant.parse(at)))
                    .query(Long.class).single();
            events.publishEvent(new FeedbackRecorded(id));
        });
    }

    private long ratingsInDaily(long property) {
        return jdbc.sql("select coalesce(sum(rating_n), 0) from feedback_daily where property_id = ?")
                .param(property).query(Long.class).single();
    }

    private Map<String, JsonNode> groups(JsonNode report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        report.get("groups").forEach(g -> out.put(g.get("key").asString(), g));
        return out;
    }

    @Test
    void reviewsOnAnyScaleGiveMeanStarsAndTheShareOfFourStarsOrMore() {
        Api api = new Api(port);
        long pa = catalog.createProperty(a, "Rating Hotel A", null, null, null).id();
        long pb = catalog.createProperty(b, "Rating Hotel B", null, null, null).id();
        String ann = "ann" + run + "@example.com";
        String bob = "bob" + run + "@example.com";
        api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", ann, "birthYear", 1990)));
        api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", bob, "birthYear", 1960)));

        // Hotel A, normalised: 4 of 1-5 = 0.75 (75 points, 4.0 stars), 9 of 1-10 = 0.8889 (89, 4.56), 2 of 1-5 = 0.25
        // (25, 2.0), 5 of 1-5 = 1 (100, 5.0), 6 of 0-10 = 0.6 (60, 3.4). February and April are partial months of the
        // period, March a whole one (the monthly rollup's).
        // Hotel B: 3 of 1-5 = 0.5 (50, 3.0), 8 of 0-10 = 0.8 (80, 4.2).
        var res = api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, Api.json(Map.of("items", List.of(
                review("a1", "2026-03-05T10:00:00Z", a, 4, null, null, ann),
                review("a2", "2026-02-20T10:00:00Z", a, 9, 1, 10, ann),
                review("a3", "2026-03-10T10:00:00Z", a, 2, null, null, bob),
                review("a4", "2026-03-15T10:00:00Z", a, 5, null, null, null),
                review("a5", "2026-04-02T10:00:00Z", a, 6, 0, 10, null),
                review("b1", "2026-04-02T10:00:00Z", b, 3, null, null, bob),
                review("b2", "2026-02-20T10:00:00Z", b, 8, 0, 10, ann)))));
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        assertThat(res.json().get("accepted").asInt()).as(res.body()).isEqualTo(7);
        // Survey answers without a rating, one of them from Ann: counted by NPS, not by the rating.
        survey(pa, null, "2026-03-12T10:00:00Z");
        Long annCustomer = jdbc.sql("select customer_id from feedback where external_id = ?").param("a1-" + run)
                .query(Long.class).single();
        assertThat(annCustomer).as("the review is linked to Ann").isNotNull();
        survey(pa, annCustomer, "2026-03-13T10:00:00Z");
        await().atMost(Duration.ofSeconds(20)).until(() -> ratingsInDaily(pa) == 5 && ratingsInDaily(pb) == 2
                && jdbc.sql("select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(pa)
                        .query(Long.class).single() == 7);

        // Overall for hotel A: 5 ratings, mean 69.8 points = 3.792 stars, 3 of 5 at 4 stars or more.
        JsonNode overall = api.get("/api/v1/metrics/rating?" + PERIOD + "&property=" + a, Api.BOOTSTRAP_KEY).json();
        assertThat(overall.get("metric").asString()).isEqualToIgnoringCase("rating");
        JsonNode o = overall.get("overall");
        assertThat(o.get("n").asLong()).isEqualTo(5);
        assertThat(o.get("mean").asDouble()).isCloseTo(1 + 69.8 / 25, within(1e-9));
        // Against the exact normalised ratings (0.6978 -> 3.791 stars) the points lose less than 0.01 star.
        assertThat(o.get("mean").asDouble()).isCloseTo(1 + 4 * (0.75 + 0.8889 + 0.25 + 1 + 0.6) / 5, within(0.01));
        assertThat(o.get("favourable").asLong()).isEqualTo(3);
        assertThat(o.get("share").asDouble()).isCloseTo(60, within(1e-9));
        assertThat(o.get("meanCiLower").asDouble()).isBetween(1.0, o.get("mean").asDouble());
        assertThat(o.get("meanCiUpper").asDouble()).isBetween(o.get("mean").asDouble(), 5.0);
        assertThat(o.get("ciLower").asDouble()).isLessThan(60);
        assertThat(o.get("smallSample").asBoolean()).isTrue();

        // By property.
        Map<String, JsonNode> byProperty = groups(api.get("/api/v1/metrics/rating?" + PERIOD + "&groupBy=property",
                Api.BOOTSTRAP_KEY).json());
        assertThat(byProperty.get(a).get("n").asLong()).isEqualTo(5);
        JsonNode hb = byProperty.get(b);
        assertThat(hb.get("n").asLong()).isEqualTo(2);
        assertThat(hb.get("mean").asDouble()).isCloseTo(3.6, within(1e-9));
        assertThat(hb.get("favourable").asLong()).isEqualTo(1);
        assertThat(hb.get("share").asDouble()).isCloseTo(50, within(1e-9));

        // By age band, hotel A: Ann (1990, 35-44) 75 and 89 points; Bob (1960, 65+) 25; no customer 100 and 60. The
        // same before the monthly rollup job has run (March read raw), after it, and after it runs again.
        String byAge = "/api/v1/metrics/rating?" + PERIOD + "&groupBy=age_band&property=" + a;
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, JsonNode> age = groups(api.get(byAge, Api.BOOTSTRAP_KEY).json());
            assertThat(age.get("35-44").get("n").asLong()).isEqualTo(2);
            assertThat(age.get("35-44").get("mean").asDouble()).isCloseTo(1 + 82.0 / 25, within(1e-9));
            assertThat(age.get("35-44").get("favourable").asLong()).isEqualTo(2);
            assertThat(age.get("65+").get("n").asLong()).isEqualTo(1);
            assertThat(age.get("65+").get("mean").asDouble()).isCloseTo(2.0, within(1e-9));
            assertThat(age.get("65+").get("favourable").asLong()).isZero();
            assertThat(age.get("unknown").get("n").asLong()).isEqualTo(2);
            assertThat(age.get("unknown").get("mean").asDouble()).isCloseTo(4.2, within(1e-9));
            Map<String, String> answer = new LinkedHashMap<>();
            age.forEach((k, v) -> answer.put(k, v.toString()));
            answers.add(answer);
            profileRollups.refreshStale();
        }
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(answers.get(2)).isEqualTo(answers.get(0));
        assertThat(jdbc.sql("""
                select coalesce(sum(rating_n), 0) from feedback_monthly_profile
                where property_id = ? and dimension = 'age_band' and month = date '2026-03-01'""")
                .param(pa).query(Long.class).single()).as("March's three ratings are in the monthly rollup")
                .isEqualTo(3);

        // Period over period, the share of 4 stars or more: late February 1 of 1, March 2 of 3.
        MetricQuery feb = new MetricQuery(Metric.RATING, LocalDate.parse("2026-02-15"), LocalDate.parse("2026-02-28"),
                Dimension.NONE, a, null, null, null, null, 0.95);
        MetricQuery march = new MetricQuery(Metric.RATING, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), Dimension.NONE, a, null, null, null, null, 0.95);
        TrendChange change = metrics.change(feb, march);
        assertThat(change.method()).isEqualTo(ChangeTestMethod.TWO_PROPORTION_Z);
        assertThat(change.baseline()).isCloseTo(100, within(1e-9));
        assertThat(change.current()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(change.smallSample()).isTrue();

        // A corrected rating (here by hand in SQL, as an operator might) marks its monthly cell stale in the same
        // transaction: the breakdown reflects it at once and after the job, never the old rollup row.
        jdbc.sql("update feedback set rating = 1 where external_id = ?").param("a3-" + run).update();
        for (int i = 0; i < 2; i++) {
            JsonNode bobs = groups(api.get(byAge, Api.BOOTSTRAP_KEY).json()).get("65+");
            assertThat(bobs.get("mean").asDouble()).isCloseTo(5.0, within(1e-9));
            assertThat(bobs.get("favourable").asLong()).isEqualTo(1);
            profileRollups.refreshStale();
        }
        assertThat(jdbc.sql("""
                select rating_pct_sum from feedback_monthly_profile
                where property_id = ? and dimension = 'age_band' and value = '65+' and month = date '2026-03-01'""")
                .param(pa).query(Long.class).single()).isEqualTo(100);
    }

    @Test
    void refreshingARatedCellTwiceChangesNothing() {
        long pa = catalog.createProperty(a, "Replay Hotel", null, null, null).id();
        Api api = new Api(port);
        api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, Api.json(Map.of("items", List.of(
                review("r1", "2026-05-05T10:00:00Z", a, 4, null, null, null),
                review("r2", "2026-05-05T11:00:00Z", a, 9, 1, 10, null)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ratingsInDaily(pa) == 2);
        String cell = """
                select rating_n || '/' || rating_sum || '/' || rating_pct_sum || '/' || rating_pct_sumsq || '/'
                       || rating_favourable || '/' || n
                from feedback_daily where property_id = ?""";
        String before = jdbc.sql(cell).param(pa).query(String.class).single();
        assertThat(before).isEqualTo("2/1.6389/164/13546/2/2");

        long id = jdbc.sql("select min(id) from feedback where property_id = ?").param(pa).query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new FeedbackRecorded(id)));
        tx.executeWithoutResult(s -> events.publishEvent(new FeedbackRecorded(id)));
        rollups.refreshCellOf(id);
        rollups.refreshCellOf(id);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql(cell).param(pa).query(String.class).single().equals(before));
        // A rebuild of the day writes the same cell.
        rollups.rebuild(LocalDate.parse("2026-05-05"), LocalDate.parse("2026-05-05"));
        assertThat(jdbc.sql(cell).param(pa).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void anUnknownMetricIsAProblemNamingTheField() {
        var res = new Api(port).get("/api/v1/metrics/stars", Api.BOOTSTRAP_KEY);
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.contentType()).contains("application/problem+json");
        assertThat(res.json().get("field").asString()).isEqualTo("metric");
        assertThat(res.body()).contains("rating");
    }

    @Test
    void theDashboardShowsAReviewRatingTileAndExportsIt() {
        long pa = catalog.createProperty(a, "=Tile Hotel<script>alert(1)</script>", null, null, null).id();
        Api api = new Api(port);
        Instant at = Instant.now().minus(Duration.ofDays(3));
        api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, Api.json(Map.of("items", List.of(
                review("d1", at.toString(), a, 4, null, null, null),
                review("d2", at.toString(), a, 5, null, null, null)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ratingsInDaily(pa) == 2);

        StaffSession staff = new StaffSession(port, "admin", Api.ADMIN_PASSWORD);
        var dash = staff.get("/dashboard?property=" + a + "&metric=rating&breakdown=property");
        assertThat(dash.statusCode()).isEqualTo(200);
        // Mean of 75 and 100 points: 87.5 = 4.50 stars; both at 4 stars or more.
        assertThat(dash.body()).contains("data-metric=\"rating\"", "Review rating", "4.50 ★", "n = 2",
                "100.0% rated 4 stars or more", "chart-rating");
        // The breakdown by property, with the metric chosen: mean stars with the 4-star share, the mean's interval.
        assertThat(dash.body()).contains("<option value=\"rating\" selected=\"selected\">Review rating</option>",
                "4.50 ★ (100.0% 4★+)", " stars</td>");
        assertThat(dash.body()).doesNotContain("<script>alert(1)</script>");

        var csv = staff.get("/dashboard/export.csv?metric=rating&groupBy=property&property=" + a);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("mean_stars").contains("'=Tile Hotel").contains(",2,2,100.0,");
        var pdf = staff.getBytes("/dashboard/export.pdf?metric=rating&groupBy=property&property=" + a);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
