package io.touchpoint.app.ingestion.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a CSV file holds: customers, transactions, interactions, or feedback (reviews and social comments). */
public enum ImportKind {
    CUSTOMERS, TRANSACTIONS, INTERACTIONS, FEEDBACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How the upload form names the kind. */
    public String label() {
        return this == FEEDBACK ? "Reviews and social comments" : code().substring(0, 1).toUpperCase(Locale.ROOT)
                + code().substring(1);
    }

    /** The codes as a list for messages: "customers, transactions, interactions or feedback". */
    public static String codes() {
        List<String> codes = Arrays.stream(values()).map(ImportKind::code).toList();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }

    public static Optional<ImportKind> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(c)).findFirst();
    }
}
