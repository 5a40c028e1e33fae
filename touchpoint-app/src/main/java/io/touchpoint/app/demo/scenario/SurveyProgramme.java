package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.app.survey.Condition;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The hotel group's survey programme over the two demo years. Each hotel has a post-stay survey, emailed a day after
 * checkout with one reminder three days later, and a check-in survey, emailed two hours after a front-desk check-in.
 * Both went live three weeks before the data starts; the post-stay survey's second version, published
 * {@value #BOOKING_QUESTION_DAYS} days before the anchor, added a question on how easy booking was (CES).
 */
public final class SurveyProgramme {

    /** How many days before the window the surveys and their mail rules were set up. */
    static final int LIVE_BEFORE_WINDOW_DAYS = 21;
    static final int BOOKING_QUESTION_DAYS = 270;

    /** The two surveys of each hotel, with the mail rule that sends them. */
    public enum Kind {
        POST_STAY(HotelGroup.POST_STAY_EMAIL, "post-stay", "check_out", 24, 3, false),
        CHECK_IN(HotelGroup.CHECK_IN, "arrival", "check_in", 2, null, true);

        private final String touchpointSuffix;
        private final String stage;
        private final String eventType;
        private final int delayHours;
        private final Integer reminderDays;
        private final boolean ruleOnTouchpoint;

        Kind(String touchpointSuffix, String stage, String eventType, int delayHours, Integer reminderDays,
                boolean ruleOnTouchpoint) {
            this.touchpointSuffix = touchpointSuffix;
            this.stage = stage;
            this.eventType = eventType;
            this.delayHours = delayHours;
            this.reminderDays = reminderDays;
            this.ruleOnTouchpoint = ruleOnTouchpoint;
        }

        /** The touchpoint the survey is about (and its feedback lands on). */
        public String touchpoint(Hotel h) {
            return h.touchpointKey(touchpointSuffix);
        }

        public String stage() {
            return stage;
        }

        /** The event type the mail rule waits for. */
        public String eventType() {
            return eventType;
        }

        public int delayHours() {
            return delayHours;
        }

        /** Days until the one reminder; null: none. */
        public Integer reminderDays() {
            return reminderDays;
        }

        /**
         * The touchpoint the rule is limited to, or null when it is limited to the hotel: a guest checks out at the
         * desk or in the app, but only a front-desk check-in has a queue to ask about.
         */
        public String ruleTouchpoint(Hotel h) {
            return ruleOnTouchpoint ? touchpoint(h) : null;
        }

        public String ruleProperty(Hotel h) {
            return ruleOnTouchpoint ? null : h.key();
        }
    }

    /** One published version of a survey. */
    public record Version(int number, SurveyDefinition definition, Instant createdAt, Instant publishedAt) {
    }

    private SurveyProgramme() {
    }

    /** When the surveys were created and their mail rules set up. */
    public static Instant setUpAt(LocalDate anchor) {
        return anchor.minusDays(GuestTimeline.WINDOW_DAYS + LIVE_BEFORE_WINDOW_DAYS).atTime(10, 0)
                .toInstant(ZoneOffset.UTC);
    }

    /** The versions of a hotel's survey in the order they were published. */
    public static List<Version> versions(Kind kind, Hotel h, LocalDate anchor) {
        Instant first = setUpAt(anchor);
        if (kind == Kind.CHECK_IN) {
            return List.of(new Version(1, checkIn(h), first, first.plusSeconds(3_600)));
        }
        Instant second = anchor.minusDays(BOOKING_QUESTION_DAYS).atTime(9, 30).toInstant(ZoneOffset.UTC);
        return List.of(new Version(1, postStay(h, false), first, first.plusSeconds(3_600)),
                new Version(2, postStay(h, true), second.minusSeconds(2 * 86_400), second));
    }

    /** The version a response started at {@code at} answers: the one published last before it. */
    public static Version versionAt(Kind kind, Hotel h, LocalDate anchor, Instant at) {
        Version live = null;
        for (Version v : versions(kind, h, anchor)) {
            if (!v.publishedAt().isAfter(at)) {
                live = v;
            }
        }
        if (live == null) {
            throw new IllegalArgumentException("no " + kind + " survey was live at " + at);
        }
        return live;
    }

    static SurveyDefinition postStay(Hotel h, boolean askBooking) {
        Question nps = new Question.Nps("nps", "How likely are you to recommend " + h.name() + " to a friend?", true,
                null, null, null);
        Question wrong = new Question.FreeText("wrong", "What went wrong?", false,
                new Condition.Score("nps", Condition.Comparison.LE, 6), 2000);
        Question csat = new Question.Csat("csat", "Overall, how satisfied were you with your stay?", true, null, null,
                null);
        Question ces = new Question.Ces("ces", "How easy was it to book your stay?", false, null, null, null);
        Question comment = new Question.FreeText("comment", "Anything else you would like to tell us?", false, null,
                2000);
        return new SurveyDefinition("How was your stay at " + h.name() + "?", null, null, null,
                askBooking ? List.of(nps, wrong, csat, ces, comment) : List.of(nps, wrong, csat, comment));
    }

    static SurveyDefinition checkIn(Hotel h) {
        return new SurveyDefinition("Your check-in at " + h.name(), null, null, null,
                List.of(new Question.Csat("csat", "How satisfied are you with your check-in?", true, null, null, null),
                        new Question.FreeText("comment", "What could we do better?", false, null, 1000)));
    }
}
