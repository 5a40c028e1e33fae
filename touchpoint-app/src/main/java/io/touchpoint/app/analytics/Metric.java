package io.touchpoint.app.analytics;

import java.util.Locale;
import java.util.Optional;

/**
 * The CX metrics computed from feedback: the survey scores NPS, CSAT and CES, and the review rating (reviews and
 * posts rated on any scale, reported in stars of 1..5).
 */
public enum Metric {
    NPS, CSAT, CES, RATING;

    /** As requests spell them. */
    public static final String CODES = "nps, csat, ces or rating";

    public static Optional<Metric> parse(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
