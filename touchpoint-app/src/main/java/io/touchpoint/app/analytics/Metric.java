package io.touchpoint.app.analytics;

import java.util.Locale;
import java.util.Optional;

/** The CX metrics computed from feedback. */
public enum Metric {
    NPS, CSAT, CES;

    public static Optional<Metric> parse(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
