package io.touchpoint.app.demo.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Phase;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.demo.scenario.DemoRecord.Event;
import io.touchpoint.app.demo.scenario.DemoRecord.IdentityUse;
import io.touchpoint.app.demo.scenario.DemoRecord.Transaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGuestsTest {

    static final LocalDate ANCHOR = LocalDate.of(2026, 5, 14);
    static DemoScenario scenario;

    @BeforeAll
    static void generate() {
        scenario = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR);
    }

    @Test
    void sameSeedAndDateGiveTheSameGuestsAndRecords() {
        assertThat(checksum(DemoGuests.generate(DemoScenario.DEFAULT_SEED, ANCHOR, DemoGuests.DEFAULT_COUNT)))
                .isEqualTo(checksum(scenario.guests()));
        // Timelines of a smaller run: the same code paths, and a guest's timeline depends only on the guest.
        DemoScenario small = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR, 3_000);
        DemoScenario again = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR, 3_000);
        assertThat(checksum(again.records().stream().map(DemoGuestsTest::line).toList()))
                .isEqualTo(checksum(small.records().stream().map(DemoGuestsTest::line).toList()));
        assertThat(checksum(again.facts())).isEqualTo(checksum(small.facts()));
        assertThat(small.records().stream().map(DemoGuestsTest::line).toList()).as("same guests, same timelines")
                .isEqualTo(scenario.records().stream().filter(r -> r.guest() < 3_000).map(DemoGuestsTest::line)
                        .toList());
    }

    @Test
    void anotherDateMovesTheWindow() {
        DemoScenario later = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR.plusDays(30), 500);
        assertThat(later.records().get(later.records().size() - 1).at())
                .isAfter(ANCHOR.plusDays(29).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(later.guests()).isEqualTo(scenario.guests().subList(0, 500));
    }

    @Test
    void anotherSeedGivesOtherGuests() {
        List<DemoGuest> other = DemoGuests.generate(DemoScenario.DEFAULT_SEED + 1, ANCHOR, 500);
        assertThat(checksum(other)).isNotEqualTo(checksum(scenario.guests().subList(0, 500)));
    }

    @Test
    void aShorterListIsAPrefixOfTheFullOne() {
        // Every guest draws from a stream of its own: the list does not depend on how many guests follow.
        assertThat(DemoGuests.generate(DemoScenario.DEFAULT_SEED, ANCHOR, 300))
                .isEqualTo(scenario.guests().subList(0, 300));
    }

    @Test
    void identifiersAreValidAndUniqueOnceNormalised() {
        Set<Identifier> seen = new HashSet<>();
        for (DemoGuest g : scenario.guests()) {
            var c = g.contact();
            assertThat(c.email() != null || c.phone() != null || c.loyaltyNumber() != null).isTrue();
            if (c.email() != null) {
                Identifier id = Identifier.email(c.email());
                assertThat(id.value()).as("reserved domain").matches(".+@example\\.(com|net|org)");
                assertThat(seen.add(id)).as("email %s unique", id.value()).isTrue();
            }
            if (c.phone() != null) {
                Identifier id = Identifier.phone(c.phone(), null);
                assertThat(id.value()).matches("\\+[1-9][0-9]{7,14}").isEqualTo(c.phone().replace(" ", ""));
                assertThat(seen.add(id)).as("phone %s unique", id.value()).isTrue();
            }
            if (c.loyaltyNumber() != null) {
                Identifier id = Identifier.loyalty(c.loyaltyNumber());
                assertThat(id.value()).matches("AC[0-9]{9}");
                assertThat(seen.add(id)).as("loyalty %s unique", id.value()).isTrue();
            }
        }
        assertThat(scenario.guests().stream().map(g -> g.contact().email())
                .filter(e -> e != null && !e.equals(e.toLowerCase(Locale.ROOT))).count())
                .as("some emails typed with capitals").isGreaterThan(1000);
    }

    @Test
    void guestsLookLikeAHotelGroupsGuests() {
        List<DemoGuest> guests = scenario.guests();
        assertThat(guests).hasSizeGreaterThanOrEqualTo(20_000);
        assertThat(guests.stream().map(g -> g.details().country()).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(guests.stream().map(g -> g.contact().phone()).filter(Objects::nonNull)
                .map(p -> p.substring(0, 3)).distinct().count()).as("phone country codes").isGreaterThanOrEqualTo(5);
        assertThat(share(guests, g -> g.contact().loyaltyNumber() != null)).isBetween(0.2, 0.45);
        assertThat(share(guests, g -> g.details().birthYear() != null)).isBetween(0.85, 0.97);
        assertThat(guests.stream().map(DemoGuest::persona).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Persona.values());
        long aliased = guests.stream().filter(DemoGuest::hasAlias).count();
        assertThat(aliased).as("guests with a second identity").isBetween(200L, 700L);
    }

    @Test
    void recordsCoverTwoYearsEndingBeforeTheAnchorInTimeOrder() {
        Instant from = scenario.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = ANCHOR.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DemoRecord> records = scenario.records();
        assertThat(records.get(0).at()).isAfterOrEqualTo(from).isBefore(from.plusSeconds(86_400 * 7));
        assertThat(records.get(records.size() - 1).at()).isBefore(until).isAfter(until.minusSeconds(86_400));
        int unordered = 0;
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).at().isBefore(records.get(i - 1).at())) {
                unordered++;
            }
        }
        assertThat(unordered).as("records out of time order").isZero();
        assertThat(records.stream().map(DemoRecord::clientId).distinct().count()).isEqualTo(records.size());
        assertThat(scenario.events()).isBetween(300_000L, 600_000L);
        assertThat(scenario.transactions("booking")).isGreaterThan(25_000);
        assertThat(scenario.transactions("stay")).isGreaterThan(20_000);
        assertThat(scenario.transactions("cancellation")).isGreaterThan(1_000);
        assertThat(records.stream().map(DemoRecord::guest).distinct().count()).as("every guest appears")
                .isEqualTo(scenario.guests().size());
    }

    @Test
    void eventsUseTheCatalogueAndEverySixChannels() {
        Map<String, HotelGroup.TouchpointSpec> catalogue = new HashMap<>();
        HotelGroup.touchpoints().forEach(t -> catalogue.put(t.key(), t));
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (DemoRecord r : scenario.records()) {
            if (r instanceof Event e) {
                HotelGroup.TouchpointSpec tp = catalogue.get(e.touchpoint());
                assertThat(tp).as("touchpoint %s", e.touchpoint()).isNotNull();
                assertThat(tp.channel().code()).as("channel of %s", e.type()).isEqualTo(e.channel());
                channels.add(tp.channel());
                phases.add(tp.phase());
            }
        }
        assertThat(channels).contains(Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE, Channel.CHAT,
                Channel.IN_PERSON);
        assertThat(phases).containsExactlyInAnyOrder(Phase.values());
    }

    @Test
    void staysFollowTheirBookingAndCarryTheHotelsCurrency() {
        Map<String, String> currency = Map.of("aurora-lisbon", "EUR", "aurora-edinburgh", "GBP", "aurora-boston",
                "USD");
        for (DemoRecord r : scenario.records()) {
            if (r instanceof Transaction t) {
                assertThat(t.currency()).isEqualTo(currency.get(t.hotel()));
                assertThat(t.endDate()).isAfter(t.startDate());
                assertThat(t.amount().signum()).isPositive();
                if (t.kind().equals("stay")) {
                    assertThat(t.at()).isAfter(t.endDate().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
                    assertThat(t.itemsJson()).startsWith("[{\"type\":\"room\"");
                }
            }
        }
    }

    @Test
    void aliasedGuestsShowUnderBothIdentitiesBeforeTheLinkThenUnderAll() {
        Map<Integer, Set<IdentityUse>> before = new HashMap<>();
        Set<Integer> linked = new HashSet<>();
        for (DemoRecord r : scenario.records()) {
            if (r instanceof Event e && e.type().equals("account_linked")) {
                linked.add(e.guest());
                assertThat(e.identity()).isEqualTo(IdentityUse.ALL);
                assertThat(before.get(e.guest())).containsExactlyInAnyOrder(IdentityUse.EMAIL,
                        IdentityUse.LOYALTY_AND_PHONE);
            }
            else if (!linked.contains(r.guest()) && r.identity() != IdentityUse.ALL) {
                before.computeIfAbsent(r.guest(), k -> EnumSet.noneOf(IdentityUse.class)).add(r.identity());
            }
            else if (linked.contains(r.guest())) {
                assertThat(r.identity()).isEqualTo(IdentityUse.ALL);
            }
        }
        assertThat(linked).hasSizeBetween(150, 700);
        assertThat(before.keySet()).isEqualTo(linked);
    }

    @Test
    void factsUseKnownPurposesAndTypes() {
        Set<String> purposes = new HashSet<>();
        for (GuestFact f : scenario.facts()) {
            if (f instanceof GuestFact.Consent c) {
                purposes.add(c.purpose());
                assertThat(c.status()).isIn("granted", "denied", "revoked");
            }
            else if (f instanceof GuestFact.Attribute a) {
                assertThatCode(() -> CustomerProfiles.typedValue(a.type(), a.value())).doesNotThrowAnyException();
            }
            else if (f instanceof GuestFact.Preference p) {
                assertThat(p.value()).isNotBlank();
            }
        }
        assertThat(purposes).containsExactlyInAnyOrder("marketing_email", "survey_email", "sms", "profiling");
        assertThat(scenario.facts().stream().filter(f -> f instanceof GuestFact.Consent c
                && c.status().equals("revoked")).count()).isGreaterThan(300);
    }

    private static <T> double share(List<T> items, java.util.function.Predicate<T> p) {
        return items.stream().filter(p).count() / (double) items.size();
    }

    /** Every field, but cheaper to write than a record's toString (Instant formatting is slow). */
    private static String line(DemoRecord r) {
        if (r instanceof Event e) {
            return e.clientId() + '|' + e.at().getEpochSecond() + '|' + e.identity() + '|' + e.type() + '|'
                    + e.channel() + '|' + e.touchpoint() + '|' + e.propertiesJson() + '|' + e.value();
        }
        Transaction t = (Transaction) r;
        return t.clientId() + '|' + t.at().getEpochSecond() + '|' + t.identity() + '|' + t.kind() + '|' + t.amount()
                + '|' + t.currency() + '|' + t.startDate() + '|' + t.endDate() + '|' + t.hotel() + '|' + t.itemsJson();
    }

    static String checksum(List<?> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object o : items) {
                sha.update(o.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
