package io.touchpoint.app.ingestion.records;

import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The checks every ingested value goes through, whatever the format it arrived in (JSON or CSV), so both accept
 * exactly the same things. Each check reports to {@link RecordProblems} and returns null instead of throwing.
 */
public final class FieldRules {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final BigDecimal LIMIT = new BigDecimal("1e12");

    private FieldRules() {
    }

    /** Trimmed text, or null when absent or blank (a problem when required or too long). */
    public static String text(String raw, String field, int maxLength, boolean required, RecordProblems p) {
        String s = raw == null ? "" : raw.trim();
        if (s.isEmpty()) {
            if (required && !p.has(field)) {
                p.add(field, raw == null ? "required" : "must not be blank");
            }
            return null;
        }
        if (s.length() > maxLength) {
            p.add(field, "at most " + maxLength + " characters");
            return null;
        }
        // PostgreSQL cannot store the NUL character in text.
        if (s.indexOf('\0') >= 0) {
            p.add(field, "must not contain NUL characters");
            return null;
        }
        return s;
    }

    /**
     * An ISO-8601 timestamp with an offset or 'Z' ('T' or a space between date and time); not before 1970 and at
     * most a day in the future.
     */
    public static Instant instant(String raw, String field, Instant now, boolean required, RecordProblems p) {
        String s = text(raw, field, 64, required, p);
        if (s == null) {
            return null;
        }
        Instant at;
        try {
            // A space between date and time, as spreadsheets write it, is read as the ISO 'T'.
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            at = OffsetDateTime.parse(iso).toInstant();
        }
        catch (DateTimeParseException ex) {
            p.add(field, "not an ISO-8601 timestamp with offset, e.g. 2026-03-01T14:30:00Z");
            return null;
        }
        if (at.isBefore(EARLIEST) || at.isAfter(now.plusSeconds(86_400))) {
            p.add(field, "out of range (1970 to one day ahead)");
            return null;
        }
        return at;
    }

    public static LocalDate date(String raw, String field, RecordProblems p) {
        String s = text(raw, field, 32, false, p);
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                p.add(field, "out of range (years 1900 to 2200)");
                return null;
            }
            return d;
        }
        catch (DateTimeParseException ex) {
            p.add(field, "not an ISO-8601 date, e.g. 2026-03-01");
            return null;
        }
    }

    /** A decimal written with digits and '.', e.g. {@code -1234.50}, as text arrives in a CSV cell. */
    public static BigDecimal decimal(String raw, String field, RecordProblems p) {
        String s = text(raw, field, 40, false, p);
        if (s == null) {
            return null;
        }
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            p.add(field, "not a number; write digits with '.' as the decimal separator, e.g. 1234.50");
            return null;
        }
        return inRange(new BigDecimal(s), field, p);
    }

    /** Numbers are bounded so one bad value cannot overflow a column or a sum. */
    public static BigDecimal inRange(BigDecimal v, String field, RecordProblems p) {
        if (v == null) {
            return null;
        }
        if (v.abs().compareTo(LIMIT) >= 0) {
            p.add(field, "out of range");
            return null;
        }
        return v;
    }
}
