package io.touchpoint.app.survey;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a personal invitation got, in funnel order. The {@code invitation.status} column holds the furthest step;
 * each step's first time is kept in its own column ({@code sent_at}, {@code opened_at}, ...).
 */
public enum InvitationStatus {
    CREATED, SENT, OPENED, STARTED, COMPLETED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InvitationStatus> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.code().equals(s)).findFirst();
    }
}
