package io.touchpoint.app.ingestion.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a CSV file holds. */
public enum ImportKind {
    CUSTOMERS, TRANSACTIONS, INTERACTIONS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(c)).findFirst();
    }
}
