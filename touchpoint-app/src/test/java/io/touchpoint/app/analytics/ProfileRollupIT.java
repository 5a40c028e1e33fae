package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Breakdowns by customer attribute read whole months from the monthly profile rollup. Whatever changes underneath
 * (new feedback, an edited profile or segment, feedback moved to another customer), the answer equals the raw
 * records' answer before the rollup job runs, after it, and after it runs again.
 */
@IntegrationTest
class ProfileRollupIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TouchpointCatalog catalog;
    @Autowired
    ProfileRollups rollups;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    String property;
    long propertyId;
    long ann;
    long bob;
    long cat;

    private long customer(int birthYear, String gender, String segment) {
        long id = jdbc.sql("insert into customer (birth_year, gender) values (?, ?) returning id")
                .params(birthYear, gender).query(Long.class).single();
        jdbc.sql("insert into customer_attribute (customer_id, name, type, value) values (?, 'segment', 'string', ?)")
                .params(id, segment).update();
        return id;
    }

    private void feedback(long customer, String at, int nps) {
        jdbc.sql("""
                insert into feedback (kind, source, external_id, customer_id, property_id, occurred_at, nps)
                values ('survey', 'profile-rollup-test', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), customer, propertyId, Timestamp.from(Instant.parse(at)), nps)
                .update();
    }

    @BeforeEach
    void data() {
        property = "profile-" + run;
        propertyId = catalog.createProperty(property, "Profile Hotel", null, null, null).id();
        ann = customer(1990, "female", "business");
        bob = customer(1960, "male", "leisure");
        cat = customer(2000, "female", "family");
        // 2026-01-15 to 2026-04-10: January and April are partial (raw), February and March whole (rollup).
        feedback(ann, "2026-01-10T10:00:00Z", 10); // before the period
        feedback(ann, "2026-01-20T10:00:00Z", 9);
        feedback(bob, "2026-02-03T10:00:00Z", 2);
        feedback(cat, "2026-02-28T23:59:00Z", 7);
        feedback(ann, "2026-03-01T00:00:00Z", 4);
        feedback(bob, "2026-03-31T12:00:00Z", 10);
        feedback(cat, "2026-04-10T23:00:00Z", 9);
        feedback(cat, "2026-04-11T01:00:00Z", 0);  // after the period
    }

    private Map<String, String> groups(String groupBy) {
        JsonNode r = new Api(port).get("/api/v1/metrics/nps?from=2026-01-15&to=2026-04-10&groupBy=" + groupBy
                + "&property=" + property, Api.BOOTSTRAP_KEY).json();
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode g : r.get("groups")) {
            out.put(g.get("key").asString(), g.get("n").asLong() + "/" + g.get("detractors").asLong() + "/"
                    + g.get("passives").asLong() + "/" + g.get("promoters").asLong());
        }
        return out;
    }

    private long staleMarksOfProperty() {
        return jdbc.sql("select count(*) from feedback_profile_stale where property_id = ?").param(propertyId)
                .query(Long.class).single();
    }

    private long rollupRowsOfProperty() {
        return jdbc.sql("select count(*) from feedback_monthly_profile where property_id = ?").param(propertyId)
                .query(Long.class).single();
    }

    @Test
    void breakdownsAreExactBeforeAndAfterTheJobAndAfterChanges() {
        Map<String, String> gender = Map.of("female", "4/1/1/2", "male", "2/1/0/1");
        Map<String, String> segment = Map.of("business", "2/1/0/1", "leisure", "2/1/0/1", "family", "2/0/1/1");
        Map<String, String> age = Map.of("35-44", "2/1/0/1", "65+", "2/1/0/1", "25-34", "2/0/1/1");
        // New feedback is marked stale by the database and counted from the raw records.
        assertThat(staleMarksOfProperty()).isPositive();
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment);
        assertThat(groups("age_band")).containsExactlyInAnyOrderEntriesOf(age);

        rollups.refreshStale();
        assertThat(staleMarksOfProperty()).isZero();
        assertThat(rollupRowsOfProperty()).isPositive();
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment);
        assertThat(groups("age_band")).containsExactlyInAnyOrderEntriesOf(age);
        // The same answer as the ad-hoc raw path for the same attribute.
        assertThat(groups("attribute:segment")).containsExactlyInAnyOrderEntriesOf(segment);

        // Bob's profile and Cat's segment change: the answers follow at once, and after the job.
        jdbc.sql("update customer set gender = 'other', birth_year = 2001 where id = ?").param(bob).update();
        jdbc.sql("update customer_attribute set value = 'business' where customer_id = ? and name = 'segment'")
                .param(cat).update();
        Map<String, String> gender2 = Map.of("female", "4/1/1/2", "other", "2/1/0/1");
        Map<String, String> segment2 = Map.of("business", "4/1/1/2", "leisure", "2/1/0/1");
        Map<String, String> age2 = Map.of("35-44", "2/1/0/1", "25-34", "4/1/1/2");
        assertThat(staleMarksOfProperty()).isPositive();
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender2);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment2);
        assertThat(groups("age_band")).containsExactlyInAnyOrderEntriesOf(age2);
        rollups.refreshStale();
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender2);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment2);
        assertThat(groups("age_band")).containsExactlyInAnyOrderEntriesOf(age2);

        // Feedback moved to another customer (as a merge does), one deleted, a segment removed.
        jdbc.sql("update feedback set customer_id = ? where customer_id = ?").params(ann, bob).update();
        jdbc.sql("delete from feedback where customer_id = ? and occurred_at = '2026-02-28T23:59:00Z'").param(cat)
                .update();
        jdbc.sql("delete from customer_attribute where customer_id = ? and name = 'segment'").param(ann).update();
        Map<String, String> gender3 = Map.of("female", "5/2/0/3");
        Map<String, String> segment3 = Map.of("unknown", "4/2/0/2", "business", "1/0/0/1");
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender3);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment3);
        rollups.refreshStale();
        rollups.refreshStale();
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender3);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment3);

        // A rebuild over the rollup changes nothing either.
        rollups.rebuild(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-30"));
        assertThat(groups("gender")).containsExactlyInAnyOrderEntriesOf(gender3);
        assertThat(groups("segment")).containsExactlyInAnyOrderEntriesOf(segment3);
        assertThat(groups("attribute:segment")).containsExactlyInAnyOrderEntriesOf(segment3);
    }
}
