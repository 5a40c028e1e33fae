package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.StaffSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Breakdowns by the customer's segment and by any text attribute, checked against counts and NPS worked out by hand
 * for a small set of answers.
 */
@IntegrationTest
class SegmentMetricsIT {

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
    final String tier = "tier_" + run;
    String property;
    Api api;

    private long customer(String segment, String tierValue, String nights) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (segment != null) {
            attributes.put("segment", Map.of("type", "string", "value", segment));
        }
        if (tierValue != null) {
            attributes.put(tier, Map.of("type", "string", "value", tierValue));
        }
        if (nights != null) {
            attributes.put("nights_" + run, Map.of("type", "number", "value", nights));
        }
        Api.Response r = api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of(
                "email", UUID.randomUUID() + "@example.com", "attributes", attributes)));
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json().get("id").asLong();
    }

    private void answer(Long customer, String at, int nps, Integer csat) {
        long pid = catalog.property(property).orElseThrow().id();
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, customer_id, property_id, channel, occurred_at,
                                          nps, csat)
                    values ('survey', 'test', ?, ?, ?, 'email', ?, ?, ?) returning id""")
                    .params(UUID.randomUUID().toString(), customer, pid, Timestamp.from(Instant.parse(at)), nps, csat)
                    .query(Long.class).single();
            events.publishEvent(new FeedbackRecorded(id));
        });
    }

    /**
     * By segment, by hand:
     * business: 10, 9, 6 (one customer) and 8 (another): n 4, 2 promoters, 1 passive, 1 detractor, NPS 25;
     * leisure: 3, 0: n 2, 2 detractors, NPS -100;
     * unknown: 10 (a customer with no segment) and 7 (no customer): n 2, 1 promoter, 1 passive, NPS 50;
     * overall: n 8, 3 promoters, 2 passives, 3 detractors, NPS 0.
     * The event customer's answer is outside the period and counts nowhere.
     */
    @BeforeEach
    void answers() {
        api = new Api(port);
        property = "sg-" + run;
        catalog.createProperty(property, "Segment Hotel", null, null, null);
        long business1 = customer("business", "gold", "3");
        long business2 = customer("business", "silver", null);
        long leisure = customer("leisure", "gold", "12");
        long noSegment = customer(null, "silver", null);
        long event = customer("event", null, null);
        answer(business1, "2026-03-01T10:00:00Z", 10, 5);
        answer(business1, "2026-03-02T10:00:00Z", 9, 4);
        answer(business1, "2026-03-03T10:00:00Z", 6, 2);
        answer(business2, "2026-03-03T11:00:00Z", 8, 4);
        answer(leisure, "2026-03-04T10:00:00Z", 3, 1);
        answer(leisure, "2026-03-05T10:00:00Z", 0, null);
        answer(noSegment, "2026-03-05T11:00:00Z", 10, 5);
        answer(null, "2026-03-06T10:00:00Z", 7, 3);
        answer(event, "2026-02-10T10:00:00Z", 10, 5);
        long pid = catalog.property(property).orElseThrow().id();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(pid)
                .query(Long.class).single() == 9);
    }

    private Map<String, JsonNode> groups(JsonNode report) {
        Map<String, JsonNode> out = new HashMap<>();
        report.get("groups").forEach(g -> out.put(g.get("key").asString(), g));
        return out;
    }

    private JsonNode get(String query) {
        Api.Response r = api.get("/api/v1/metrics/" + query + "&from=2026-03-01&to=2026-03-31&property=" + property,
                Api.BOOTSTRAP_KEY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static void nps(JsonNode g, long n, long promoters, long passives, long detractors, double nps) {
        assertThat(g.get("n").asLong()).isEqualTo(n);
        assertThat(g.get("promoters").asLong()).isEqualTo(promoters);
        assertThat(g.get("passives").asLong()).isEqualTo(passives);
        assertThat(g.get("detractors").asLong()).isEqualTo(detractors);
        assertThat(g.get("nps").asDouble()).isCloseTo(nps, within(1e-9));
    }

    @Test
    void npsPerSegmentMatchesTheHandCount() {
        JsonNode r = get("nps?groupBy=segment");
        assertThat(r.get("groupBy").asString()).isEqualTo("segment");
        assertThat(r.get("attribute").asString()).isEqualTo("segment");
        nps(r.get("overall"), 8, 3, 2, 3, 0);
        Map<String, JsonNode> g = groups(r);
        assertThat(g).containsOnlyKeys("business", "leisure", "unknown");
        nps(g.get("business"), 4, 2, 1, 1, 25);
        nps(g.get("leisure"), 2, 0, 0, 2, -100);
        nps(g.get("unknown"), 2, 1, 1, 0, 50);
        assertThat(g.get("business").get("label").asString()).isEqualTo("business");
        assertThat(g.get("business").get("smallSample").asBoolean()).isTrue();

        // CSAT by segment: business 5, 4, 2, 4 -> 3 of 4 top-2-box; leisure 1 -> 0 of 1; unknown 5, 3 -> 1 of 2.
        Map<String, JsonNode> csat = groups(get("csat?groupBy=segment"));
        assertThat(csat.get("business").get("n").asLong()).isEqualTo(4);
        assertThat(csat.get("business").get("favourable").asLong()).isEqualTo(3);
        assertThat(csat.get("business").get("share").asDouble()).isCloseTo(75, within(1e-9));
        assertThat(csat.get("leisure").get("n").asLong()).isEqualTo(1);
        assertThat(csat.get("unknown").get("favourable").asLong()).isEqualTo(1);
    }

    /** tier: gold 10, 9, 6 (business) and 3, 0 (leisure); silver 8 and 10; unknown 7 (no customer). */
    @Test
    void anyTextAttributeBreaksDown() {
        JsonNode r = get("nps?groupBy=attribute:" + tier);
        assertThat(r.get("groupBy").asString()).isEqualTo("attribute");
        assertThat(r.get("attribute").asString()).isEqualTo(tier);
        Map<String, JsonNode> g = groups(r);
        assertThat(g).containsOnlyKeys("gold", "silver", "unknown");
        nps(g.get("gold"), 5, 2, 0, 3, -20);
        nps(g.get("silver"), 2, 1, 1, 0, 50);
        nps(g.get("unknown"), 1, 0, 1, 0, 0);
        assertThat(get("nps?groupBy=touchpoint").has("attribute")).as("only attribute breakdowns name one").isFalse();
    }

    @Test
    void badAttributeNamesAreProblemsNamingGroupBy() {
        for (String groupBy : List.of("attribute:nope_" + run, "attribute:nights_" + run, "attribute:bad%20name",
                "attribute:", "attribute", "attribute:x%27%3Bdrop%20table%20feedback")) {
            Api.Response r = api.get("/api/v1/metrics/nps?groupBy=" + groupBy, Api.BOOTSTRAP_KEY);
            assertThat(r.status()).as(groupBy).isEqualTo(400);
            assertThat(r.contentType()).contains("application/problem+json");
            assertThat(r.json().get("field").asString()).as(groupBy).isEqualTo("groupBy");
        }
        assertThat(api.get("/api/v1/metrics/nps?groupBy=attribute:nope_" + run, Api.BOOTSTRAP_KEY).json()
                .get("detail").asString()).contains("unknown attribute 'nope_" + run + "'");
        assertThat(api.get("/api/v1/metrics/nps?groupBy=attribute:nights_" + run, Api.BOOTSTRAP_KEY).json()
                .get("detail").asString()).contains("holds number values");
        assertThat(api.get("/v3/api-docs", null).body()).as("the OpenAPI description says how to group")
                .contains("country, segment or attribute:<name> (a custom attribute held as text");
    }

    private static String compact(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    @Test
    void theDashboardOffersSegmentAndTextAttributesAndExportsThem() {
        StaffSession staff = new StaffSession(port, "admin", Api.ADMIN_PASSWORD);
        String period = "&from=2026-03-01&to=2026-03-31&property=" + property;
        var page = staff.get("/dashboard?breakdown=segment" + period);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(compact(page.body())).contains("value=\"segment\" selected=\"selected\">Segment</option>")
                .contains("value=\"attribute:" + tier + "\">Attribute: " + tier + "</option>")
                .doesNotContain("value=\"attribute:nights_" + run + "\"")
                .contains("<td>business</td><td>4</td><td>25.0</td>");

        var byTier = staff.get("/dashboard?breakdown=attribute:" + tier + period);
        assertThat(compact(byTier.body())).contains("value=\"attribute:" + tier + "\" selected=\"selected\">")
                .contains("<td>gold</td><td>5</td><td>-20.0</td>");
        var unknown = staff.get("/dashboard?breakdown=attribute:nope_" + run + period);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("id=\"breakdown-error\"")
                .contains("unknown attribute &#39;nope_" + run + "&#39;").contains("Net Promoter Score");

        var csv = staff.get("/dashboard/export.csv?metric=nps&groupBy=segment" + period);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("-by-segment-");
        assertThat(csv.body()).contains("business,business,4,2,1,1,25.0,").contains("unknown,unknown,2,1,1,0,50.0,");
        var tierCsv = staff.get("/dashboard/export.csv?metric=nps&groupBy=attribute:" + tier + period);
        assertThat(tierCsv.headers().firstValue("Content-Disposition").orElse("")).contains("-by-attribute-" + tier);
        assertThat(tierCsv.body()).contains("gold,gold,5,2,0,3,-20.0,");
        var pdf = staff.getBytes("/dashboard/export.pdf?metric=nps&groupBy=segment" + period);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
