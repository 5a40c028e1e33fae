package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The age-band slice is computed from raw records: the age is the feedback's UTC year minus the birth year, so the
 * same guest moves to the next band across a new year, and guests without a birth year count as "unknown".
 */
@IntegrationTest
class AgeBandSliceIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TouchpointCatalog catalog;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    long property;

    private long customer(Integer birthYear) {
        return jdbc.sql("insert into customer (birth_year) values (?) returning id").param(birthYear)
                .query(Long.class).single();
    }

    private void feedback(long customer, String at, int nps) {
        jdbc.sql("""
                insert into feedback (kind, source, external_id, customer_id, property_id, occurred_at, nps)
                values ('survey', 'age-test', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), customer, property, Timestamp.from(Instant.parse(at)), nps)
                .update();
    }

    @Test
    void bandsFollowTheAgeInTheYearOfTheFeedback() {
        property = catalog.createProperty("age-" + run, "Age Hotel", null, null, null).id();
        long born2001 = customer(2001);
        long born1950 = customer(1950);
        long born2010 = customer(2010);
        long unknown = customer(null);
        // A property of its own keeps other tests' feedback in the shared database out of the slice.
        feedback(born2001, "2025-12-31T23:30:00Z", 10); // 24 in 2025 (UTC), although 2026 already began east of UTC
        feedback(born2001, "2026-01-01T00:30:00Z", 3);  // 25 in 2026
        feedback(born2001, "2026-06-01T12:00:00Z", 9);
        feedback(born1950, "2026-06-01T12:00:00Z", 0);  // 76
        feedback(born2010, "2026-06-01T12:00:00Z", 8);  // 16
        feedback(unknown, "2026-06-01T12:00:00Z", 7);

        JsonNode r = new Api(port).get("/api/v1/metrics/nps?from=2025-12-01&to=2026-06-30&groupBy=age_band&property=age-" + run,
                Api.BOOTSTRAP_KEY).json();
        Map<String, long[]> bands = new LinkedHashMap<>();
        for (JsonNode g : r.get("groups")) {
            bands.put(g.get("key").asString(), new long[] {g.get("n").asLong(), g.get("detractors").asLong(),
                    g.get("passives").asLong(), g.get("promoters").asLong()});
        }
        // In order: bands ascending, then "unknown".
        assertThat(bands.keySet()).containsExactly("0-17", "18-24", "25-34", "65+", "unknown");
        assertThat(bands.get("0-17")).containsExactly(1, 0, 1, 0);
        assertThat(bands.get("18-24")).containsExactly(1, 0, 0, 1);
        assertThat(bands.get("25-34")).containsExactly(2, 1, 0, 1);
        assertThat(bands.get("65+")).containsExactly(1, 1, 0, 0);
        assertThat(bands.get("unknown")).containsExactly(1, 0, 1, 0);
        assertThat(r.get("overall").get("n").asLong()).isEqualTo(6);
    }
}
