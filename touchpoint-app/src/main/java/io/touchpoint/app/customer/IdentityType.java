package io.touchpoint.app.customer;

import java.util.Locale;
import java.util.Optional;

/** Kinds of identifier that tie records to a customer. */
public enum IdentityType {
    EMAIL, PHONE, LOYALTY, EXTERNAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IdentityType> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("LOYALTYID") || c.equals("LOYALTY_ID")) {
            return Optional.of(LOYALTY);
        }
        for (IdentityType t : values()) {
            if (t.name().equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
