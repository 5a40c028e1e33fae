package io.touchpoint.app.security;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do. {@code admin} includes the other two. */
public enum ApiScope {
    INGEST, READ, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "SCOPE_" + code();
    }

    public static Optional<ApiScope> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
