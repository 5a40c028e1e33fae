package io.touchpoint.app.demo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.demo.scenario.SurveyHistory.Invitation;
import io.touchpoint.app.demo.scenario.SurveyHistory.Response;
import io.touchpoint.app.demo.scenario.SurveyHistory.Send;
import io.touchpoint.app.demo.scenario.SurveyProgramme.Kind;
import io.touchpoint.app.survey.Question;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The survey history of the full demo data set, checked without a database. */
class SurveyHistoryTest {

    static final LocalDate ANCHOR = LocalDate.of(2026, 5, 14);
    static final Instant CUTOFF = ANCHOR.atStartOfDay(ZoneOffset.UTC).toInstant();
    static DemoScenario scenario;
    static List<Send> sends;

    @BeforeAll
    static void generate() {
        scenario = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR);
        sends = SurveyHistory.of(scenario);
    }

    @Test
    void sameSeedAndDateGiveTheSameHistoryAndEachGuestsHistoryIsHisOwn() {
        DemoScenario small = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR, 3_000);
        List<Send> once = SurveyHistory.of(small);
        List<Send> again = SurveyHistory.of(DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR, 3_000));
        assertThat(again).isEqualTo(once);
        assertThat(once).as("a guest's history does not depend on the guests after them")
                .isEqualTo(sends.stream().filter(s -> s.guest() < 3_000).toList());
        List<Send> otherSeed = SurveyHistory.of(DemoScenario.generate(DemoScenario.DEFAULT_SEED + 1, ANCHOR, 3_000));
        assertThat(otherSeed).isNotEqualTo(once);
    }

    @Test
    void everyMatchingEventWasSentOrSkippedWithTheMailersReason() {
        Map<String, Long> outcomes = sends.stream().collect(Collectors.groupingBy(
                s -> s.status() + (s.reason() == null ? "" : ":" + s.reason()), Collectors.counting()));
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder("sent", "skipped:no-email", "skipped:no-consent",
                "skipped:fatigue");
        assertThat(outcomes.get("sent")).isGreaterThan(25_000);
        for (Send s : sends) {
            assertThat(s.invitation() != null).as("%s", s).isEqualTo(s.status().equals("sent"));
            assertThat(s.reason() == null).isEqualTo(s.status().equals("sent"));
            assertThat(s.createdAt()).isBefore(CUTOFF);
            Duration late = Duration.between(s.event().at(), s.createdAt()).minusHours(s.kind().delayHours());
            assertThat(late).as("found within a minute of its time").isBetween(Duration.ZERO, Duration.ofMinutes(1));
            assertThat(s.event().type()).isEqualTo(s.kind().eventType());
            assertThat(s.event().touchpoint()).startsWith(s.hotel().code() + ".");
            if (s.kind() == Kind.CHECK_IN) {
                assertThat(s.event().touchpoint()).isEqualTo(Kind.CHECK_IN.touchpoint(s.hotel()));
            }
        }
        // Every front-desk check-in and every checkout of the window whose send time has come has its row.
        long due = scenario.records().stream().filter(r -> r instanceof DemoRecord.Event e
                && (e.type().equals("check_out") || e.type().equals("check_in") && e.touchpoint()
                        .endsWith("." + HotelGroup.CHECK_IN))
                && e.at().plus(Duration.ofHours(e.type().equals("check_in") ? 2 : 24)).plusSeconds(60)
                        .isBefore(CUTOFF.minusSeconds(2))).count();
        assertThat((long) sends.size()).isBetween(due, due + 200);
    }

    @Test
    void noInvitationToAGuestWithoutSurveyEmailConsentOrAnAddress() {
        Map<Integer, List<GuestFact.Consent>> consents = new HashMap<>();
        scenario.facts().stream().filter(f -> f instanceof GuestFact.Consent c && c.purpose().equals("survey_email"))
                .forEach(f -> consents.computeIfAbsent(f.guest(), k -> new ArrayList<>()).add((GuestFact.Consent) f));
        long invited = 0;
        for (Send s : sends) {
            if (s.invitation() == null) {
                continue;
            }
            invited++;
            DemoGuest g = scenario.guests().get(s.guest());
            assertThat(s.email()).isNotNull().isEqualTo(g.contact().email());
            assertThat(s.event().identity()).as("the event's profile has the address")
                    .isNotEqualTo(DemoRecord.IdentityUse.LOYALTY_AND_PHONE);
            GuestFact.Consent latest = consents.getOrDefault(s.guest(), List.of()).stream()
                    .filter(c -> !c.at().isAfter(s.createdAt())).reduce((a, b) -> b).orElse(null);
            assertThat(latest).as("consent of guest %d", s.guest()).isNotNull();
            assertThat(latest.status()).isEqualTo("granted");
        }
        assertThat(invited).isPositive();
        assertThat(sends.stream().filter(s -> "no-consent".equals(s.reason())).count()).isGreaterThan(5_000);
    }

    @Test
    void oneInvitationPerGuestInThirtyDaysBesidesTheStaysOwnCheckIn() {
        Map<Integer, List<Send>> byGuest = sends.stream().filter(s -> s.invitation() != null)
                .collect(Collectors.groupingBy(Send::guest));
        int pairs = 0;
        for (List<Send> mine : byGuest.values()) {
            for (int i = 1; i < mine.size(); i++) {
                Send before = mine.get(i - 1);
                Send now = mine.get(i);
                assertThat(now.invitation().createdAt()).isAfter(before.invitation().createdAt());
                boolean ownCheckIn = before.kind() == Kind.CHECK_IN && now.kind() == Kind.POST_STAY
                        && bookingRef(before).equals(bookingRef(now));
                if (ownCheckIn) {
                    pairs++;
                    continue;
                }
                assertThat(Duration.between(before.invitation().createdAt(), now.invitation().createdAt()))
                        .isGreaterThanOrEqualTo(Duration.ofDays(SurveyHistory.FATIGUE_DAYS));
            }
        }
        assertThat(pairs).isGreaterThan(1_000);
        assertThat(sends.stream().filter(s -> "fatigue".equals(s.reason())).count()).isGreaterThan(1_000);
    }

    @Test
    void theFunnelOnlyMovesForwardAndNarrows() {
        long sent = 0;
        long opened = 0;
        long started = 0;
        long completed = 0;
        long partial = 0;
        long reminded = 0;
        for (Send s : sends) {
            Invitation i = s.invitation();
            if (i == null) {
                continue;
            }
            sent++;
            assertThat(i.createdAt()).isAfter(s.createdAt());
            assertThat(i.mailedAt()).isAfter(i.createdAt());
            assertThat(Duration.between(i.createdAt(), i.expiresAt())).isBetween(Duration.ofDays(30).minusSeconds(1),
                    Duration.ofDays(30).plusSeconds(1));
            assertThat(i.expiresAt().getNano()).isZero();
            if (i.openedAt() != null) {
                opened++;
                assertThat(i.openedAt()).isAfter(i.mailedAt()).isBefore(CUTOFF).isBefore(i.expiresAt());
            }
            if (i.startedAt() != null) {
                started++;
                assertThat(i.openedAt()).isNotNull();
                assertThat(i.startedAt()).isAfter(i.openedAt()).isBefore(CUTOFF);
                assertThat(i.response()).isNotNull();
                assertThat(i.response().startedAt()).isEqualTo(s.kind() == Kind.CHECK_IN
                        ? i.response().updatedAt() : i.startedAt());
            }
            else {
                assertThat(i.response()).isNull();
            }
            if (i.completedAt() != null) {
                completed++;
                assertThat(i.completedAt()).isAfterOrEqualTo(i.startedAt()).isBefore(CUTOFF);
                assertThat(i.response().completedAt()).isAfter(i.completedAt())
                        .isBefore(i.completedAt().plusMillis(100));
                assertThat(i.response().updatedAt()).isEqualTo(i.completedAt());
            }
            else if (i.response() != null) {
                partial++;
                assertThat(i.response().completedAt()).isNull();
                assertThat(i.response().nps()).isNull();
            }
            if (i.reminder() != null) {
                reminded++;
                assertThat(s.kind()).isEqualTo(Kind.POST_STAY);
                assertThat(i.reminder()).isEqualTo("sent");
                assertThat(Duration.between(i.mailedAt(), i.remindedAt())).isBetween(Duration.ofDays(3),
                        Duration.ofDays(3).plusMinutes(1));
                assertThat(i.completedAt() == null || i.completedAt().isAfter(i.remindedAt()))
                        .as("no reminder after completion").isTrue();
            }
            else if (s.kind() == Kind.POST_STAY) {
                assertThat(i.completedAt() != null && i.completedAt().isBefore(i.mailedAt().plus(Duration.ofDays(3)))
                        || i.mailedAt().plus(Duration.ofDays(3)).plusSeconds(60).isAfter(CUTOFF))
                        .as("a reminder is sent unless completed before or not due yet").isTrue();
            }
        }
        assertThat(sent).isGreaterThan(opened);
        assertThat(opened).isGreaterThan(started);
        assertThat(started).isGreaterThan(completed);
        assertThat(completed).isGreaterThan(10_000);
        assertThat(partial).isGreaterThan(500);
        assertThat(reminded).isGreaterThan(5_000);
        assertThat(completed / (double) sent).as("response rate").isBetween(0.25, 0.45);
    }

    @Test
    void answersAreTheVersionsQuestionsAndMatchTheScores() {
        Set<java.util.UUID> ids = new HashSet<>();
        int withBookingQuestion = 0;
        for (Send s : sends) {
            Response r = s.invitation() == null ? null : s.invitation().response();
            if (r == null) {
                continue;
            }
            assertThat(ids.add(r.publicId())).isTrue();
            assertThat(r.publicId().version()).isEqualTo(4);
            SurveyProgramme.Version v = SurveyProgramme.versionAt(s.kind(), s.hotel(), ANCHOR,
                    s.invitation().openedAt());
            assertThat(r.version()).isEqualTo(v.number());
            List<String> order = v.definition().questions().stream().map(Question::id).toList();
            assertThat(order).containsAll(r.answers().keySet());
            assertThat(new ArrayList<>(r.answers().keySet())).as("in question order")
                    .isEqualTo(order.stream().filter(r.answers()::containsKey).toList());
            if (r.completedAt() == null) {
                continue;
            }
            for (Question q : v.definition().questions()) {
                if (q.required()) {
                    assertThat(r.answers()).containsKey(q.id());
                }
            }
            assertThat(r.nps()).isEqualTo(r.answers().get("nps"));
            assertThat(r.csat()).isEqualTo(r.answers().get("csat"));
            assertThat(r.ces()).isEqualTo(r.answers().get("ces"));
            if (r.answers().containsKey("wrong")) {
                assertThat(r.nps()).as("shown to detractors only").isLessThanOrEqualTo(6);
            }
            String text = order.stream().filter(id -> id.equals("wrong") || id.equals("comment"))
                    .map(id -> (String) r.answers().get(id)).filter(t -> t != null)
                    .collect(Collectors.joining("\n\n"));
            assertThat(r.text()).isEqualTo(text.isEmpty() ? null : text);
            if (r.ces() != null) {
                withBookingQuestion++;
                assertThat(r.version()).isEqualTo(2);
                assertThat(r.ces()).isBetween(1, 7);
            }
            assertThat(r.page()).isEqualTo(s.kind() == Kind.POST_STAY ? 1 : 0);
        }
        assertThat(withBookingQuestion).isGreaterThan(1_000);
    }

    @Test
    void edinburghsCheckInSlipsWhileLisbonDelights() {
        assertThat(mean(Kind.CHECK_IN, HotelGroup.EDINBURGH, 130, 480) - mean(Kind.CHECK_IN, HotelGroup.EDINBURGH,
                0, 110)).isGreaterThan(1.2);
        assertThat(mean(Kind.CHECK_IN, HotelGroup.LISBON, 0, 110)).isGreaterThan(4.1);
        assertThat(mean(Kind.CHECK_IN, HotelGroup.BOSTON, 130, 480)).isLessThan(
                mean(Kind.CHECK_IN, HotelGroup.LISBON, 130, 480));
        assertThat(mean(Kind.POST_STAY, HotelGroup.EDINBURGH, 130, 480) - mean(Kind.POST_STAY, HotelGroup.EDINBURGH,
                0, 110)).isGreaterThan(1.0);
        assertThat(mean(Kind.POST_STAY, HotelGroup.LISBON, 0, 480)).isGreaterThan(
                mean(Kind.POST_STAY, HotelGroup.BOSTON, 0, 480) + 0.8);
    }

    @Test
    void businessGuestsAnswerLessThanLeisureGuests() {
        assertThat(completion(Persona.BUSINESS)).isLessThan(completion(Persona.LEISURE) - 0.1);
    }

    private static double completion(Persona p) {
        List<Send> mine = sends.stream().filter(s -> s.invitation() != null
                && scenario.guests().get(s.guest()).persona() == p).toList();
        return mine.stream().filter(s -> s.invitation().completedAt() != null).count() / (double) mine.size();
    }

    /** The mean check-in CSAT or post-stay NPS of the responses completed so many days before the anchor. */
    private static double mean(Kind kind, HotelGroup.Hotel h, int fromDaysAgo, int toDaysAgo) {
        return sends.stream().filter(s -> s.kind() == kind && s.hotel() == h && s.invitation() != null
                && s.invitation().response() != null && s.invitation().response().completedAt() != null)
                .map(s -> s.invitation().response())
                .filter(r -> {
                    long days = Duration.between(r.completedAt(), CUTOFF).toDays();
                    return days >= fromDaysAgo && days <= toDaysAgo;
                })
                .mapToInt(r -> kind == Kind.CHECK_IN ? r.csat() : r.nps()).average().orElseThrow();
    }

    private static String bookingRef(Send s) {
        return GuestStay.stringProperty(s.event().propertiesJson(), "bookingRef");
    }
}
