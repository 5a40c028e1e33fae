package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.demo.scenario.DemoRecord.Event;
import io.touchpoint.app.demo.scenario.DemoRecord.IdentityUse;
import io.touchpoint.app.demo.scenario.GuestFeedback.Mood;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.app.demo.scenario.SurveyProgramme.Kind;
import io.touchpoint.app.demo.scenario.SurveyProgramme.Version;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyInvitations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Two years of the survey programme ({@link SurveyProgramme}) as the app would have recorded them: what the mailer
 * did for every check-in and checkout event its rules match, and what guests then did with their invitations.
 *
 * <p>The mailer's rules, as {@code SurveyMailer} applies them: an event is picked up within a minute of its send
 * time; a guest is mailed only if the profile the event landed on has an email address (an aliased guest's hotel
 * profile has none before the accounts are linked), the latest {@code survey_email} consent is granted, and no
 * invitation went out in the last {@value #FATIGUE_DAYS} days; otherwise the send is skipped with that reason. An
 * invitation expires after {@link SurveyInvitations#DEFAULT_EXPIRY_DAYS} days; a post-stay invitation not completed
 * three days after it went out gets one reminder. One difference, on purpose: a stay's own check-in invitation does
 * not stop its post-stay invitation (the live mailer, with its default fatigue window, would send only the first),
 * so every hotel has both check-in and stay scores over the whole two years.
 *
 * <p>The funnel thins out as it does for real post-stay email: about half the guests open the link, fewer start,
 * some stop after the first page; business and event guests answer less, a reminder brings some back. Everything
 * after the anchor's midnight is left out: the history is the state at that moment, and what comes later (sends
 * due, reminders due) is the live mailer's. Each send draws from streams of its own (guest and event), so the
 * history depends only on the seed and the anchor.
 */
public final class SurveyHistory {

    /** The mailer's default fatigue window ({@code touchpoint.survey.fatigue-days}). */
    static final int FATIGUE_DAYS = 30;

    private static final long FUNNEL = 0x5EED_F0E1_0000_0001L;
    private static final long ANSWERS = 0x5EED_A115_0000_0001L;
    private static final long IDS = 0x5EED_1D00_0000_0001L;

    /**
     * What the mailer did for one (rule, event), as {@code survey_mail_send} keeps it.
     *
     * @param createdAt when the mailer found the event due
     * @param status {@code sent} or {@code skipped}
     * @param reason why it was skipped: {@code no-email}, {@code no-consent} or {@code fatigue}
     * @param email the address as the guest typed it (the writer normalises it as the profile stores it)
     */
    public record Send(Kind kind, Hotel hotel, int guest, Event event, Instant createdAt, String status,
            String reason, String email, Invitation invitation) {
    }

    /**
     * An invitation and how far the guest got. Steps the guest did not reach are null.
     *
     * @param createdAt also its {@code sent_at}: both are the time of the mailer's transaction
     * @param mailedAt when the email was handed to the mail server (the send's {@code sent_at})
     * @param reminder {@code sent}, {@code skipped} (consent withdrawn by then) or null: none due before the anchor
     * @param remindedAt when the reminder went out
     */
    public record Invitation(Instant createdAt, Instant expiresAt, Instant mailedAt, Instant openedAt,
            Instant startedAt, Instant completedAt, String reminder, Instant remindedAt, Response response) {

        public String status() {
            return completedAt != null ? "completed" : startedAt != null ? "started" : openedAt != null ? "opened"
                    : "sent";
        }
    }

    /**
     * A response as the survey pages leave it: answers saved page by page, the plain values by question id.
     *
     * @param startedAt when the first page was sent (the row was inserted)
     * @param updatedAt the last save (also the invitation's {@code completed_at} for a completed response)
     * @param completedAt the response's (and its feedback row's) completion time; null while partial
     * @param text the free-text answers joined as the feedback row keeps them
     */
    public record Response(UUID publicId, int version, Map<String, Object> answers, int page, Instant startedAt,
            Instant updatedAt, Instant completedAt, Integer nps, Integer csat, Integer ces, String text) {
    }

    private SurveyHistory() {
    }

    /** Every send in the window, by guest and then in the order the mailer found them. */
    public static List<Send> of(DemoScenario scenario) {
        Instant cutoff = scenario.anchor().atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Integer, List<GuestFact.Consent>> consents = new HashMap<>();
        for (GuestFact f : scenario.facts()) {
            if (f instanceof GuestFact.Consent c && c.purpose().equals("survey_email")) {
                consents.computeIfAbsent(c.guest(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Send> out = new ArrayList<>();
        List<GuestStay> stays = GuestStay.of(scenario);
        int from = 0;
        while (from < stays.size()) {
            int to = from;
            while (to < stays.size() && stays.get(to).guest() == stays.get(from).guest()) {
                to++;
            }
            guest(scenario, stays.subList(from, to), consents.getOrDefault(stays.get(from).guest(), List.of()),
                    cutoff, out);
            from = to;
        }
        return out;
    }

    /** Something a rule matched: the event and the stay it belongs to. */
    private record Due(Kind kind, GuestStay stay, Event event, Instant createdAt, SplittableRandom random) {
    }

    private static void guest(DemoScenario scenario, List<GuestStay> stays, List<GuestFact.Consent> consents,
            Instant cutoff, List<Send> out) {
        DemoGuest g = scenario.guests().get(stays.get(0).guest());
        List<Due> due = new ArrayList<>();
        for (GuestStay s : stays) {
            if (s.frontDeskCheckIn()) {
                due.add(due(scenario, Kind.CHECK_IN, s, s.checkIn()));
            }
            if (s.checkOut() != null) {
                due.add(due(scenario, Kind.POST_STAY, s, s.checkOut()));
            }
        }
        due.sort(Comparator.comparing(Due::createdAt));
        // Invitations sent so far, for the fatigue rule, with the stay they were for.
        List<Instant> invited = new ArrayList<>();
        List<GuestStay> invitedFor = new ArrayList<>();
        for (Due d : due) {
            // Later than this, the live mailer finds the event (or already has it in hand): not history.
            if (!d.createdAt().isBefore(cutoff.minusSeconds(2))) {
                continue;
            }
            String reason = null;
            if (g.contact().email() == null || d.event().identity() == IdentityUse.LOYALTY_AND_PHONE) {
                reason = "no-email";
            }
            else if (!consented(consents, d.createdAt())) {
                reason = "no-consent";
            }
            else {
                for (int i = 0; i < invited.size(); i++) {
                    boolean ownCheckIn = d.kind() == Kind.POST_STAY && invitedFor.get(i) == d.stay();
                    if (!ownCheckIn && invited.get(i).isAfter(d.createdAt().minus(Duration.ofDays(FATIGUE_DAYS)))) {
                        reason = "fatigue";
                        break;
                    }
                }
            }
            if (reason != null) {
                out.add(new Send(d.kind(), d.stay().hotel(), g.number(), d.event(), d.createdAt(), "skipped", reason,
                        null, null));
                continue;
            }
            Invitation inv = invitation(scenario, g, d, consents, cutoff);
            invited.add(inv.createdAt());
            invitedFor.add(d.stay());
            out.add(new Send(d.kind(), d.stay().hotel(), g.number(), d.event(), d.createdAt(), "sent", null,
                    g.contact().email(), inv));
        }
    }

    private static Due due(DemoScenario scenario, Kind kind, GuestStay s, Event e) {
        SplittableRandom r = new SplittableRandom(Draw.mix(scenario.seed() ^ FUNNEL, key(e)));
        // The job runs every minute: a send is found within a minute of its time.
        Instant found = e.at().plus(Duration.ofHours(kind.delayHours())).plusMillis(1_000 + r.nextInt(59_000));
        return new Due(kind, s, e, micros(found.plusNanos(r.nextInt(1_000) * 1_000L)), r);
    }

    /** A stream key for everything that follows from one event: the guest's counter is unique per guest. */
    private static long key(Event e) {
        return (long) e.guest() * 100_000 + e.seq();
    }

    private static boolean consented(List<GuestFact.Consent> history, Instant at) {
        GuestFact.Consent latest = null;
        for (GuestFact.Consent c : history) {
            if (!c.at().isAfter(at) && (latest == null || !c.at().isBefore(latest.at()))) {
                latest = c;
            }
        }
        return latest != null && latest.status().equals("granted");
    }

    /** How readily a guest answers: business travellers and one-off event guests less, leisure guests more. */
    private static double engagement(DemoGuest g, Hotel h) {
        double persona = switch (g.persona()) {
            case BUSINESS -> 0.7;
            case LEISURE -> 1.1;
            case FAMILY -> 0.95;
            case EVENT -> 0.8;
            case PROSPECT -> 1.0;
        };
        return persona * (h == HotelGroup.BOSTON ? 0.9 : 1.0);
    }

    private static Invitation invitation(DemoScenario scenario, DemoGuest g, Due d, List<GuestFact.Consent> consents,
            Instant cutoff) {
        SplittableRandom r = d.random();
        Instant tx = micros(d.createdAt().plusMillis(20 + r.nextInt(800)));
        Instant expires = tx.plusMillis(1 + r.nextInt(15)).plus(Duration.ofDays(SurveyInvitations.DEFAULT_EXPIRY_DAYS))
                .truncatedTo(ChronoUnit.SECONDS);
        Instant mailed = micros(tx.plusMillis(80 + r.nextInt(1_400)));
        double f = engagement(g, d.stay().hotel());
        boolean postStay = d.kind() == Kind.POST_STAY;

        Instant opened = null;
        Instant started = null;
        Instant completed = null;
        boolean leftWithError = false;
        // The first wave: within hours, before any reminder is due.
        if (r.nextDouble() < (postStay ? 0.52 : 0.46) * f) {
            opened = after(r, mailed, postStay ? 6 : 2.5, postStay ? 60 : 20);
            if (r.nextDouble() < (postStay ? 0.74 : 0.82)) {
                started = r.nextBoolean() ? seconds(r, opened, 15, 150) : seconds(r, opened, 20, 240);
                if (postStay) {
                    if (r.nextDouble() < 0.86) {
                        completed = seconds(r, started, 40, 300);
                    }
                }
                else if (r.nextDouble() < 0.97) {
                    // One page: sending it inserts the response and completes it in one go.
                    completed = started;
                }
                else {
                    // Sent without the required score and left: the response is saved, not complete.
                    leftWithError = true;
                }
            }
        }
        Instant reminded = null;
        String reminder = null;
        Integer reminderDays = d.kind().reminderDays();
        if (reminderDays != null && completed == null) {
            reminded = micros(mailed.plus(Duration.ofDays(reminderDays)).plusMillis(1_000 + r.nextInt(59_000)));
            // The mailer checks the consent again before a reminder (the demo's guests keep theirs).
            reminder = consented(consents, reminded) ? "sent" : "skipped";
        }
        if ("sent".equals(reminder)) {
            // The reminder brings some back: new readers, readers who had not started, and those who stopped.
            if (opened == null) {
                if (r.nextDouble() < 0.25 * f) {
                    opened = after(r, reminded, 8, 48);
                    if (r.nextDouble() < 0.74) {
                        started = seconds(r, opened, 15, 200);
                        if (r.nextDouble() < 0.86) {
                            completed = seconds(r, started, 40, 300);
                        }
                    }
                }
            }
            else if (started == null) {
                if (r.nextDouble() < 0.2 * f) {
                    started = seconds(r, after(r, reminded, 8, 48), 15, 200);
                    if (r.nextDouble() < 0.86) {
                        completed = seconds(r, started, 40, 300);
                    }
                }
            }
            else if (r.nextDouble() < 0.35 * f) {
                completed = seconds(r, after(r, reminded, 6, 48), 30, 240);
            }
        }
        // The state at the anchor's midnight: what would happen later has not happened yet.
        opened = before(opened, cutoff);
        started = before(started, cutoff);
        completed = before(completed, cutoff);
        reminded = before(reminded, cutoff);
        if (reminded == null) {
            reminder = null;
        }
        if (opened == null) {
            started = null;
        }
        if (started == null) {
            completed = null;
        }
        Response response = started == null ? null
                : response(scenario, g, d, r, opened, started, completed, leftWithError);
        return new Invitation(tx, expires, mailed, opened, started, completed, reminder,
                "sent".equals(reminder) ? reminded : null, response);
    }

    private static Response response(DemoScenario scenario, DemoGuest g, Due d, SplittableRandom funnel,
            Instant opened, Instant started, Instant completed, boolean leftWithError) {
        Hotel h = d.stay().hotel();
        // The form carries the version it was made from: the one live when the guest opened the link.
        Version version = SurveyProgramme.versionAt(d.kind(), h, scenario.anchor(), opened);
        SplittableRandom r = new SplittableRandom(Draw.mix(scenario.seed() ^ ANSWERS, key(d.event())));
        Map<String, Object> all = d.kind() == Kind.POST_STAY
                ? postStayAnswers(scenario, g, d.stay(), version, r)
                : checkInAnswers(d.stay(), r);
        Map<String, Object> answers;
        int page;
        if (completed != null) {
            answers = all;
            // Completing records the page the guest was on: the last one shown.
            page = d.kind() == Kind.POST_STAY ? 1 : 0;
        }
        else if (d.kind() == Kind.POST_STAY) {
            // Stopped after the first page: the score is saved, the second page is next.
            answers = new LinkedHashMap<>(Map.of("nps", all.get("nps")));
            page = 1;
        }
        else {
            // The one page was sent without its required score; a comment typed is kept.
            answers = new LinkedHashMap<>();
            if (leftWithError && all.containsKey("comment")) {
                answers.put("comment", all.get("comment"));
            }
            page = 0;
        }
        Instant completedAt = completed == null ? null : micros(completed.plusNanos(1_000_000L + funnel.nextInt(
                30_000) * 1_000L));
        Integer nps = completed == null ? null : (Integer) answers.get("nps");
        Integer csat = completed == null ? null : (Integer) answers.get("csat");
        Integer ces = completed == null ? null : (Integer) answers.get("ces");
        String text = completed == null ? null : text(version, answers);
        return new Response(publicId(scenario, d.event()), version.number(), answers, page, started,
                completed != null ? completed : started, completedAt, nps, csat, ces, text);
    }

    /** The free-text answers in question order, joined by a blank line, as the feedback row's comment. */
    private static String text(Version version, Map<String, Object> answers) {
        List<String> texts = new ArrayList<>();
        for (Question q : version.definition().questions()) {
            if (q instanceof Question.FreeText && answers.get(q.id()) instanceof String s) {
                texts.add(s);
            }
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    private static Map<String, Object> postStayAnswers(DemoScenario scenario, DemoGuest g, GuestStay s,
            Version version, SplittableRandom r) {
        Mood mood = GuestFeedback.mood(scenario, s);
        int nps = mood.nps();
        Hotel h = s.hotel();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("nps", nps);
        // "What went wrong?" is shown to detractors only.
        if (nps <= 6 && r.nextDouble() < 0.75) {
            a.put("wrong", GuestFeedback.comment(h, nps, mood.slipping(), r));
        }
        a.put("csat", GuestFeedback.clamp((int) Math.round(1 + (nps / 10.0) * 4 + r.nextGaussian() * 0.6), 1, 5));
        String bookingComplaint = null;
        if (version.definition().question("ces").isPresent() && r.nextDouble() < 0.7) {
            // Younger and business guests, often booking on the app, find it harder.
            double ease = 5.6 - (g.persona() == Persona.BUSINESS ? 0.6 : 0)
                    - (g.details().birthYear() != null && g.details().birthYear() > 1990 ? 0.5 : 0);
            int ces = GuestFeedback.clamp((int) Math.round(ease + r.nextGaussian() * 1.1), 1, 7);
            a.put("ces", ces);
            if (ces <= 3 && r.nextDouble() < 0.6) {
                bookingComplaint = GuestFeedback.pick(r, GuestFeedback.BOOKING_BAD);
            }
        }
        String comment = null;
        if (nps >= 7 && r.nextDouble() < 0.55) {
            comment = GuestFeedback.comment(h, nps, mood.slipping(), r);
        }
        else if (nps <= 6 && r.nextDouble() < 0.12) {
            comment = GuestFeedback.pick(r, GuestFeedback.BAD);
        }
        if (bookingComplaint != null) {
            comment = comment == null ? bookingComplaint : comment + " " + bookingComplaint;
        }
        if (comment != null) {
            a.put("comment", comment);
        }
        return a;
    }

    /** The check-in score follows the queue at the desk; Boston's desk is slower to start with. */
    private static Map<String, Object> checkInAnswers(GuestStay s, SplittableRandom r) {
        double base = s.hotel() == HotelGroup.BOSTON ? 4.1 : 4.6;
        double mean = base - 0.08 * Math.max(0, s.waitMinutes() - 5);
        int csat = GuestFeedback.clamp((int) Math.round(mean + r.nextGaussian() * 0.6), 1, 5);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("csat", csat);
        String comment = null;
        if (csat <= 2 && r.nextDouble() < 0.8 || csat == 3 && r.nextDouble() < 0.3) {
            comment = GuestFeedback.pick(r, GuestFeedback.CHECKIN_BAD);
        }
        else if (csat >= 4 && r.nextDouble() < 0.3) {
            comment = GuestFeedback.pick(r, GuestFeedback.CHECKIN_GOOD);
        }
        if (comment != null) {
            a.put("comment", comment);
        }
        return a;
    }

    /** A version-4 UUID, like the response pages make, but drawn from the seed so a reload makes the same. */
    private static UUID publicId(DemoScenario scenario, Event e) {
        SplittableRandom r = new SplittableRandom(Draw.mix(scenario.seed() ^ IDS, key(e)));
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** A moment some hours after {@code from}: exponential with the given mean, capped. */
    private static Instant after(SplittableRandom r, Instant from, double meanHours, double maxHours) {
        double hours = Math.min(maxHours, Draw.exponential(r, meanHours));
        return micros(from.plusMillis(5_000 + (long) (hours * 3_600_000)));
    }

    private static Instant seconds(SplittableRandom r, Instant from, int min, int max) {
        return micros(from.plusMillis(min * 1_000L + r.nextInt((max - min) * 1_000)));
    }

    private static Instant before(Instant t, Instant cutoff) {
        return t != null && t.isBefore(cutoff) ? t : null;
    }

    /** PostgreSQL keeps microseconds. */
    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
