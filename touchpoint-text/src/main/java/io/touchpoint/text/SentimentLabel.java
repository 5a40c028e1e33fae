package io.touchpoint.text;

import java.util.Locale;

/** Three-way sentiment label. */
public enum SentimentLabel {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** Lower-case name used in JSON and CSV ("negative", "neutral", "positive"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "negative"/"neutral"/"positive" (any case; also "neg", "neu", "pos", "-1", "0", "1"). */
    public static SentimentLabel parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "negative", "neg", "-1", "-" -> NEGATIVE;
            case "neutral", "neu", "0" -> NEUTRAL;
            case "positive", "pos", "1", "+1", "+" -> POSITIVE;
            default -> throw new IllegalArgumentException("not a sentiment label: " + s);
        };
    }
}
