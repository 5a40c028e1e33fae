package io.touchpoint.app.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Staff roles, each including the ones below it: viewers read, agents also work on customers and cases, analysts
 * also import data and shape the catalogue, admins also manage users and API keys.
 */
public enum StaffRole {
    VIEWER, AGENT, ANALYST, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<StaffRole> parse(String s) {
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
