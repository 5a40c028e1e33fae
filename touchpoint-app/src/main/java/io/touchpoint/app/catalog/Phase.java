package io.touchpoint.app.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When in the experience a touchpoint happens. */
public enum Phase {
    PRE("pre", "Before (pre)"),
    DURING("during", "During"),
    POST("post", "After (post)");

    private final String code;
    private final String label;

    Phase(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Phase> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(v)).findFirst();
    }
}
