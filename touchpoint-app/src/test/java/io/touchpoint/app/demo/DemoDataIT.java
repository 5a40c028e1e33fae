package io.touchpoint.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.Phase;
import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerProfile;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerQuery;
import io.touchpoint.app.customer.MergeRecord;
import io.touchpoint.app.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the demo into the shared test database (once: later runs against the same data directory find it loaded)
 * and checks what a newcomer would see.
 */
@IntegrationTest
class DemoDataIT {

    private static DemoLoadReport first;

    @Autowired
    DemoData demo;
    @Autowired
    TouchpointCatalog catalog;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadOnce() {
        if (first == null) {
            first = demo.load();
        }
    }

    @Test
    void loadsThreeHotelsWithTouchpointsForEveryPhase() {
        assertThat(first.properties()).isEqualTo(3);
        List<Property> hotels = catalog.properties().stream().filter(p -> p.key().startsWith("aurora-")).toList();
        assertThat(hotels).extracting(Property::city).containsExactlyInAnyOrder("Lisbon", "Edinburgh", "Boston");
        Map<String, Set<Phase>> phases = catalog.touchpoints().stream()
                .filter(t -> t.propertyKey() != null && t.propertyKey().startsWith("aurora-"))
                .collect(Collectors.groupingBy(Touchpoint::propertyKey,
                        Collectors.mapping(Touchpoint::phase, Collectors.toSet())));
        assertThat(phases).hasSize(3).allSatisfy((hotel, p) -> assertThat(p).containsExactlyInAnyOrder(Phase.values()));
    }

    @Test
    void atLeastTwentyThousandGuestProfilesWithActivityOnEveryChannel() {
        long guests = jdbc.sql("""
                select count(*) from customer c where c.merged_into is null
                and exists (select 1 from customer_event e where e.customer_id = c.id and e.source = 'demo')""")
                .query(Long.class).single();
        assertThat(guests).isGreaterThanOrEqualTo(20_000).isEqualTo(first.profiles());
        List<String> channels = jdbc.sql("select distinct channel from customer_event where source = 'demo'")
                .query(String.class).list();
        assertThat(channels).contains("web", "mobile_app", "email", "phone", "chat", "in_person");
        long events = jdbc.sql("select count(*) from customer_event where source = 'demo'").query(Long.class).single();
        assertThat(events).isEqualTo(first.events()).isBetween(300_000L, 600_000L);
        assertThat(jdbc.sql("select count(*) from customer_event where source = 'demo' and touchpoint_id is null")
                .query(Long.class).single()).as("every demo event is tied to a touchpoint").isZero();
    }

    @Test
    void bookingsAndStaysSpanTwoYearsInEachHotelsCurrency() {
        LocalDate anchor = first.anchorDate();
        record Span(String kind, LocalDate first, LocalDate last, long count) {
        }
        Map<String, Span> spans = jdbc.sql("""
                select kind, min(occurred_at)::date, max(occurred_at)::date, count(*) from customer_transaction
                where source = 'demo' group by kind""")
                .query((rs, i) -> new Span(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getLong(4)))
                .list().stream().collect(Collectors.toMap(Span::kind, s -> s));
        assertThat(spans.keySet()).containsExactlyInAnyOrder("booking", "stay", "cancellation");
        assertThat(spans.get("stay").count()).isEqualTo(first.stays()).isGreaterThan(20_000);
        assertThat(spans.get("booking").count()).isEqualTo(first.bookings());
        assertThat(spans.get("stay").first()).isBefore(anchor.minusDays(715));
        assertThat(spans.get("stay").last()).isAfter(anchor.minusDays(3)).isBefore(anchor);
        assertThat(spans.get("booking").last()).isBefore(anchor);
        Map<String, String> currencies = jdbc.sql("""
                select p.key, string_agg(distinct trim(t.currency), ',') from customer_transaction t
                join property p on p.id = t.property_id where t.source = 'demo' group by p.key""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(currencies).containsExactlyInAnyOrderEntriesOf(
                Map.of("aurora-lisbon", "EUR", "aurora-edinburgh", "GBP", "aurora-boston", "USD"));
    }

    @Test
    void guestsUnderTwoIdentitiesWereMergedAndTheMergeCanBeInspected() {
        assertThat(first.merges()).isGreaterThan(100);
        // A guest who gave a nickname at the front desk: the merge record names the loyalty card and the email.
        List<MergeRecord> merges = jdbc.sql("""
                select m.survivor_id from customer_merge m where m.trigger = 'ingest:customer_event'
                and exists (select 1 from customer_event e where e.customer_id = m.survivor_id
                            and e.type = 'account_linked' and e.source = 'demo')
                order by m.id limit 20""")
                .query(Long.class).list().stream().flatMap(id -> profiles.merges(id).stream()).toList();
        assertThat(merges).isNotEmpty();
        MergeRecord m = merges.get(0);
        assertThat(m.identifiersJson()).contains("\"email\"").contains("\"loyalty\"");
        // The front desk heard a nickname or an older address: every such merge records the conflict it settled.
        assertThat(merges).allSatisfy(r -> assertThat(r.conflictsJson()).containsAnyOf("profile.first_name",
                "profile.city"));
        assertThat(merges).anySatisfy(r -> assertThat(r.conflictsJson()).contains("profile.first_name"));
        CustomerProfile survivor = profiles.require(m.survivorId());
        assertThat(survivor.identities()).extracting(CustomerProfile.IdentityView::type)
                .contains("email", "phone", "loyalty");
        assertThat(survivor.mergedFrom()).contains(m.mergedId());
        assertThat(profiles.require(m.mergedId()).id()).as("the absorbed id leads to the survivor")
                .isEqualTo(m.survivorId());
    }

    @Test
    void guestsHaveConsentsPreferencesAndTypedAttributes() {
        assertThat(first.consents()).isGreaterThan(40_000);
        assertThat(jdbc.sql("""
                select count(distinct customer_id) from customer_consent
                where source = 'demo' and status = 'revoked'""")
                .query(Long.class).single()).isGreaterThan(500);
        assertThat(jdbc.sql("select distinct type from customer_attribute where source = 'demo'").query(String.class)
                .list()).containsExactlyInAnyOrder("string", "number", "boolean", "date");
        // A loyalty member found by the number printed on the card, with dashes.
        String card = jdbc.sql("""
                select value from customer_identity i where type = 'loyalty'
                and exists (select 1 from customer_attribute a where a.customer_id = i.customer_id
                            and a.name = 'loyalty_tier' and a.value = 'Gold')
                order by value limit 1""").query(String.class).single();
        String printed = card.substring(0, 2) + "-" + card.substring(2, 6) + "-" + card.substring(6, 10) + "-"
                + card.substring(10);
        var found = profiles.search(new CustomerQuery(null, null, printed, null), 5);
        assertThat(found).hasSize(1);
        CustomerProfile guest = profiles.require(found.get(0).id());
        assertThat(guest.details().lastName()).isNotBlank();
        assertThat(guest.preferences()).extracting(CustomerProfile.Preference::key).contains("language");
        assertThat(guest.attributes()).extracting(CustomerProfile.Attribute::name).contains("loyalty_tier",
                "loyalty_points");
        assertThat(guest.consents()).extracting(CustomerProfile.ConsentState::purpose).contains("profiling");
        assertThat(guest.figures().stays()).isPositive();
        assertThat(guest.figures().nights()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void feedbackTellsTheStoryOfEdinburghsCheckIn() {
        Map<String, Long> kinds = jdbc.sql("""
                select kind, count(*) from feedback f join property p on p.id = f.property_id
                where p.key like 'aurora-%' group by kind""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kinds.get("survey")).isGreaterThan(10_000);
        assertThat(kinds.get("review")).isGreaterThan(1_000);
        assertThat(kinds).containsKey("social");
        // The check-in CSAT of Edinburgh in the last four months against the year before that, from the rollup.
        double recent = checkInCsat("aurora-edinburgh", 0, 110);
        double before = checkInCsat("aurora-edinburgh", 130, 480);
        assertThat(before - recent).as("Edinburgh check-in slipped").isGreaterThan(1.0);
        assertThat(checkInCsat("aurora-lisbon", 0, 110)).isGreaterThan(4.0);
        assertThat(jdbc.sql("select count(*) from feedback where text is not null").query(Long.class).single())
                .isGreaterThan(5_000);
        // Each hotel has a live post-stay survey and a check-in survey.
        assertThat(jdbc.sql("""
                select count(*) from survey s join touchpoint t on t.id = s.touchpoint_id
                where t.key like 'lisbon.%' or t.key like 'edinburgh.%' or t.key like 'boston.%'""")
                .query(Long.class).single()).isEqualTo(6);
    }

    private double checkInCsat(String hotel, int fromDaysAgo, int toDaysAgo) {
        return jdbc.sql("""
                select sum(d.csat_sum)::float / nullif(sum(d.csat_n), 0) from feedback_daily d
                join property p on p.id = d.property_id join touchpoint t on t.id = d.touchpoint_id
                where p.key = ? and t.key like '%.front-desk-checkin'
                  and d.day between current_date - ? and current_date - ?""")
                .params(hotel, toDaysAgo, fromDaysAgo).query(Double.class).single();
    }

    @Test
    void identitiesAreStoredNormalised() {
        assertThat(jdbc.sql("""
                select count(*) from customer_identity where type = 'email' and value like '%@example.%'
                and value <> lower(trim(value))""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from customer_identity i where type = 'phone'
                and exists (select 1 from customer_event e where e.customer_id = i.customer_id and e.source = 'demo')
                and value !~ '^\\+[1-9][0-9]{7,14}$'""").query(Long.class).single()).isZero();
    }

    @Test
    void aSecondLoadChangesNothing() {
        Counts before = counts();
        DemoLoadReport again = demo.load();
        assertThat(again.outcome()).isEqualTo(DemoLoadReport.Outcome.ALREADY_LOADED);
        assertThat(again.events()).isEqualTo(first.events());
        assertThat(counts()).isEqualTo(before);
        assertThat(demo.status()).isEqualTo(DemoData.Status.LOADED);
    }

    @Test
    void anInterruptedLoadResumesWithoutDuplicatingAnything() {
        // As if the first start had been stopped before the end: the marker still says "loading".
        Counts before = counts();
        jdbc.sql("update demo_load set status = 'loading', finished_at = null").update();
        assertThat(demo.status()).isEqualTo(DemoData.Status.LOADING);
        DemoLoadReport resumed = demo.load();
        assertThat(resumed.outcome()).isEqualTo(DemoLoadReport.Outcome.LOADED);
        assertThat(resumed.anchorDate()).as("resumes with the date it started with").isEqualTo(first.anchorDate());
        assertThat(resumed.profiles()).isEqualTo(first.profiles());
        assertThat(resumed.merges()).isEqualTo(first.merges());
        assertThat(counts()).isEqualTo(before);
        assertThat(demo.status()).isEqualTo(DemoData.Status.LOADED);
    }

    record Counts(long customers, long identities, long events, long transactions, long merges, long consents,
            long preferences, long attributes) {
    }

    private Counts counts() {
        return jdbc.sql("""
                select (select count(*) from customer), (select count(*) from customer_identity),
                       (select count(*) from customer_event), (select count(*) from customer_transaction),
                       (select count(*) from customer_merge), (select count(*) from customer_consent),
                       (select count(*) from customer_preference), (select count(*) from customer_attribute)""")
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .single();
    }
}
