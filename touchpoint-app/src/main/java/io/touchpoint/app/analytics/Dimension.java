package io.touchpoint.app.analytics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a metric can be broken down by. The first group is served from the daily rollup; the customer attributes
 * (age band, gender, income band, country, segment and any custom attribute) are ad-hoc slices over the raw feedback
 * joined to profiles. {@link #SEGMENT} is the custom attribute named {@code segment}; {@link #ATTRIBUTE} needs the
 * name of one, so it is written {@code attribute:<name>} and carried by a {@link Breakdown}.
 */
public enum Dimension {
    NONE(true), PROPERTY(true), TOUCHPOINT(true), STAGE(true), CHANNEL(true), KIND(true), DAY(true), WEEK(true),
    MONTH(true), AGE_BAND(false), GENDER(false), INCOME_BAND(false), COUNTRY(false), SEGMENT(false), ATTRIBUTE(false);

    private final boolean rollup;

    Dimension(boolean rollup) {
        this.rollup = rollup;
    }

    public boolean fromRollup() {
        return rollup;
    }

    /** As requests spell it (and as reports echo it): lower case, e.g. {@code age_band}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Customer attributes of the profile table (the other ad-hoc slices read custom attributes). */
    public boolean fromProfile() {
        return this == AGE_BAND || this == GENDER || this == INCOME_BAND || this == COUNTRY;
    }

    /** A dimension by its code; {@link #ATTRIBUTE}, which needs a name, is parsed by {@link Breakdown#parse}. */
    public static Optional<Dimension> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.of(NONE);
        }
        String v = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(d -> d != ATTRIBUTE && d.code().equals(v)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values())
                .map(d -> d == ATTRIBUTE ? Breakdown.ATTRIBUTE_PREFIX + "<name>" : d.code()).toList());
    }
}
