package io.touchpoint.app.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a metric can be broken down by. The first group is served from the daily rollup; the customer attributes
 * (age band, gender, income band, country) are ad-hoc slices over the raw feedback joined to profiles.
 */
public enum Dimension {
    NONE(true), PROPERTY(true), TOUCHPOINT(true), STAGE(true), CHANNEL(true), KIND(true), DAY(true), WEEK(true),
    MONTH(true), AGE_BAND(false), GENDER(false), INCOME_BAND(false), COUNTRY(false);

    private final boolean rollup;

    Dimension(boolean rollup) {
        this.rollup = rollup;
    }

    public boolean fromRollup() {
        return rollup;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.of(NONE);
        }
        String v = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.code().equals(v)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Dimension::code).toList());
    }
}
