package io.touchpoint.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class IdentityResolutionIT {

    @Autowired
    IdentityResolution resolution;
    @Autowired
    CustomerActivity activity;
    @Autowired
    CustomerProfiles profiles;
    @Value("${local.server.port}")
    int port;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    io.touchpoint.app.customer.internal.MergedRecordSweep sweep;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    private NewEvent event(String id, CustomerReference ref) {
        return new NewEvent(id + "-" + run, "visit", Instant.parse("2026-01-10T10:00:00Z"), "web", null, null, null,
                "test", ref);
    }

    @Test
    void normalisesIdentifiersBeforeMatching() {
        long a = resolution.resolve(CustomerReference.of(List.of(Identifier.email("Ann." + run + "@Example.COM"))), "t");
        long b = resolution.resolve(CustomerReference.of(List.of(Identifier.email("  ann." + run + "@example.com "))), "t");
        assertThat(b).isEqualTo(a);
        String phone = "+44 20 7946 " + String.format("%04d", Math.abs(run.hashCode()) % 10000);
        long c = resolution.resolve(CustomerReference.of(List.of(Identifier.phone(phone, null))), "t");
        long d = resolution.resolve(CustomerReference.of(List.of(Identifier.phone(phone.replace("+", "00").replace(" ", "-"), null))), "t");
        assertThat(d).isEqualTo(c);
        assertThat(Identifier.phone("020 7946 0018", "GB").value()).isEqualTo("+442079460018");
        assertThat(Identifier.loyalty(" ab-12 34 ").value()).isEqualTo("AB1234");
    }

    @Test
    void aMergeTheIdentifierCacheDidNotSeeStillLandsRecordsOnTheSurvivor() {
        Identifier a = Identifier.email("cache-a." + run + "@example.com");
        Identifier b = Identifier.email("cache-b." + run + "@example.com");
        long first = activity.recordEvents(List.of(event("ca", CustomerReference.of(List.of(a))))).get(0).customerId();
        long second = activity.recordEvents(List.of(event("cb", CustomerReference.of(List.of(b))))).get(0).customerId();
        // Both identifiers are cached now. Another node merges the second profile into the first behind our back.
        jdbc.sql("update customer_identity set customer_id = ? where customer_id = ?").params(first, second).update();
        jdbc.sql("update customer set merged_into = ? where id = ?").params(first, second).update();

        Recorded stale = activity.recordEvents(List.of(event("cb2", CustomerReference.of(List.of(b))))).get(0);
        assertThat(stale.customerId()).as("answered with the survivor").isEqualTo(first);
        Recorded fresh = activity.recordEvents(List.of(event("cb3", CustomerReference.of(List.of(b))))).get(0);
        assertThat(fresh.customerId()).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from customer_event where customer_id = ? and client_id like ?")
                .params(second, "%-" + run).query(Long.class).single()).as("only the event recorded before the merge")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from customer_event where customer_id = ? and client_id like ?")
                .params(first, "%-" + run).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void eventsAMergeCommittedPastAreMovedByTheSweep() {
        Identifier a = Identifier.email("sweep-a." + run + "@example.com");
        Identifier b = Identifier.email("sweep-b." + run + "@example.com");
        long first = activity.recordEvents(List.of(event("sa", CustomerReference.of(List.of(a))))).get(0).customerId();
        long second = activity.recordEvents(List.of(event("sb", CustomerReference.of(List.of(b))))).get(0).customerId();
        // What a batch that committed just after the merge leaves behind: an event still on the absorbed profile.
        long survivor = Math.min(first, second);
        long absorbed = Math.max(first, second);
        jdbc.sql("update customer set merged_into = ? where id = ?").params(survivor, absorbed).update();

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select customer_id from customer_event where client_id = ?").param("s"
                + (absorbed == first ? "a" : "b") + "-" + run).query(Long.class).single()).isEqualTo(survivor);
        assertThat(sweep.sweep()).as("nothing left to move").isZero();
    }

    @Test
    void aRecordCarryingTwoProfilesIdentifiersMergesThemLosslessly() {
        Identifier email = Identifier.email("merge." + run + "@example.com");
        Identifier loyalty = Identifier.loyalty("L" + run);
        long byEmail = activity.recordEvents(List.of(event("a", CustomerReference.of(List.of(email))))).get(0).customerId();
        long byLoyalty = activity.recordEvents(List.of(event("b", CustomerReference.of(List.of(loyalty))))).get(0).customerId();
        assertThat(byEmail).isNotEqualTo(byLoyalty);
        profiles.applyDetails(byEmail, new ProfileDetails("Ann", null, null, null, null, null, "GB", null, null, null, null, null), true);
        profiles.applyDetails(byLoyalty, new ProfileDetails("Annie", "Smith", 1980, null, null, null, "IE", null, null, null, null, null), true);
        profiles.setPreference(byEmail, "room_type", "twin", "test");
        profiles.setPreference(byLoyalty, "room_type", "double", "test");
        profiles.recordConsent(byLoyalty, "marketing_email", "granted", Instant.parse("2026-01-01T00:00:00Z"), "test");

        long merged = activity.recordEvents(List.of(event("c", CustomerReference.of(List.of(email, loyalty))))).get(0).customerId();

        long survivor = Math.min(byEmail, byLoyalty);
        long absorbed = Math.max(byEmail, byLoyalty);
        assertThat(merged).isEqualTo(survivor);
        CustomerProfile p = profiles.require(absorbed);
        assertThat(p.id()).as("absorbed id answers with the survivor").isEqualTo(survivor);
        assertThat(p.identities()).extracting(CustomerProfile.IdentityView::value)
                .containsExactlyInAnyOrder(email.value(), loyalty.value());
        assertThat(p.figures().interactions()).isEqualTo(3);
        assertThat(p.consents()).extracting(CustomerProfile.ConsentState::purpose).contains("marketing_email");
        assertThat(p.details().firstName()).isEqualTo("Ann");
        assertThat(p.details().lastName()).as("empty survivor field filled").isEqualTo("Smith");
        assertThat(p.details().birthYear()).isEqualTo(1980);
        assertThat(p.preferences()).extracting(CustomerProfile.Preference::value).containsExactly("double");
        assertThat(p.mergedFrom()).containsExactly(absorbed);

        List<MergeRecord> merges = profiles.merges(survivor);
        assertThat(merges).hasSize(1);
        assertThat(merges.get(0).conflictsJson()).contains("profile.first_name", "Annie", "profile.country",
                "preference.room_type");
        assertThat(merges.get(0).snapshotJson()).contains("Annie", "IE");
        assertThat(merges.get(0).movedJson()).contains("\"events\": 1");

        // The merge is inspectable through the API, and the absorbed id still reaches the survivor's timeline.
        Api api = new Api(port);
        JsonNode viaApi = api.get("/api/v1/merges/" + merges.get(0).id(), Api.BOOTSTRAP_KEY).json();
        assertThat(viaApi.get("survivorId").asLong()).isEqualTo(survivor);
        assertThat(viaApi.get("conflicts").size()).isGreaterThanOrEqualTo(3);
        JsonNode timeline = api.get("/api/v1/customers/" + absorbed + "/timeline", Api.BOOTSTRAP_KEY).json();
        assertThat(timeline.get("customerId").asLong()).isEqualTo(survivor);
        assertThat(timeline.get("events")).hasSize(3);
        JsonNode byApi = api.get("/api/v1/customers?email=" + email.value().toUpperCase(), Api.BOOTSTRAP_KEY).json();
        assertThat(byApi.get("customers").get(0).get("id").asLong()).isEqualTo(survivor);
        JsonNode one = api.get("/api/v1/customers/" + survivor, Api.BOOTSTRAP_KEY).json();
        assertThat(one.get("identities").toString()).contains("\"type\":\"email\"", "\"value\":\"" + email.value() + "\"");
    }

    @Test
    void mergesAreTransitiveAndChainsResolve() {
        Identifier a = Identifier.email("a." + run + "@example.com");
        Identifier b = Identifier.external("pms", "B-" + run);
        Identifier c = Identifier.loyalty("C" + run);
        long ida = resolution.resolve(CustomerReference.of(List.of(a)), "t");
        long idb = resolution.resolve(CustomerReference.of(List.of(b)), "t");
        long idc = resolution.resolve(CustomerReference.of(List.of(c)), "t");
        // One batch: record 1 links a+b, record 2 links b+c -> one profile, the oldest.
        List<Long> ids = resolution.resolveAll(List.of(CustomerReference.of(List.of(a, b)), CustomerReference.of(List.of(b, c))), "t");
        assertThat(ids).containsOnly(ida);
        assertThat(profiles.survivorOf(idc)).contains(ida);
        assertThat(profiles.survivorOf(idb)).contains(ida);
    }

    @Test
    void concurrentBatchesCreatingTheSameNewCustomerMakeOneProfile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int n = t;
                tasks.add(() -> activity.recordEvents(List.of(
                        new NewEvent("race-" + n + "-" + run, "visit", Instant.parse("2026-01-10T10:00:00Z"), "web", null,
                                null, null, "test", CustomerReference.of(List.of(Identifier.email("race." + run + "@example.com")))),
                        new NewEvent("race2-" + n + "-" + run, "visit", Instant.parse("2026-01-10T10:00:00Z"), "web", null,
                                null, null, "test", CustomerReference.of(List.of(Identifier.loyalty("R" + run))))))
                        .get(0).customerId());
            }
            Set<Long> customers = new HashSet<>();
            for (Future<Long> f : pool.invokeAll(tasks)) {
                customers.add(f.get());
            }
            assertThat(customers).hasSize(1);
        }
        finally {
            pool.shutdown();
        }
        assertThat(profiles.search(new CustomerQuery(null, null, "R" + run, null), 10)).hasSize(1);
    }

    @Test
    void ethnicityNeedsARecordedConsent() {
        long id = resolution.resolve(CustomerReference.of(List.of(Identifier.email("eth." + run + "@example.com"))), "t");
        ProfileDetails withEthnicity = new ProfileDetails(null, null, null, null, null, null, null, null, null, null, "group-x", null);
        profiles.applyDetails(id, withEthnicity, true);
        assertThat(profiles.require(id).details().ethnicity()).isNull();
        profiles.recordConsent(id, CustomerProfiles.ETHNICITY_CONSENT, "granted", null, "test");
        profiles.applyDetails(id, withEthnicity, true);
        assertThat(profiles.require(id).details().ethnicity()).isEqualTo("group-x");
        profiles.recordConsent(id, CustomerProfiles.ETHNICITY_CONSENT, "revoked", null, "test");
        assertThat(profiles.require(id).details().ethnicity()).as("revoking removes the data").isNull();
        assertThat(Map.of()).isEmpty();
    }
}
