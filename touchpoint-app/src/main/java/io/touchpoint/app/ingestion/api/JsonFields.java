package io.touchpoint.app.ingestion.api;

import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Typed reads of JSON fields that report wrong types to {@link RecordProblems} instead of throwing. */
final class JsonFields {

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private JsonFields() {
    }

    static String text(JsonNode obj, String field, int maxLength, boolean required, RecordProblems p) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                p.add(field, "required");
            }
            return null;
        }
        if (!n.isString()) {
            p.add(field, "must be a string");
            return null;
        }
        String s = n.stringValue().trim();
        if (s.isEmpty()) {
            if (required) {
                p.add(field, "must not be blank");
            }
            return null;
        }
        if (s.length() > maxLength) {
            p.add(field, "at most " + maxLength + " characters");
            return null;
        }
        return s;
    }

    static BigDecimal number(JsonNode obj, String field, boolean required, RecordProblems p) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                p.add(field, "required");
            }
            return null;
        }
        if (!n.isNumber()) {
            p.add(field, "must be a number");
            return null;
        }
        BigDecimal v = n.decimalValue();
        if (v.abs().compareTo(new BigDecimal("1e12")) >= 0) {
            p.add(field, "out of range");
            return null;
        }
        return v;
    }

    /** An ISO-8601 timestamp with an offset or 'Z'; not before 1970 and at most a day in the future. */
    static Instant instant(JsonNode obj, String field, Instant now, boolean required, RecordProblems p) {
        String s = text(obj, field, 64, required, p);
        if (s == null) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(s).toInstant();
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

    static LocalDate date(JsonNode obj, String field, RecordProblems p) {
        String s = text(obj, field, 32, false, p);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        }
        catch (DateTimeParseException ex) {
            p.add(field, "not an ISO-8601 date, e.g. 2026-03-01");
            return null;
        }
    }

    /** A JSON object (or array when {@code array}) serialised back to text, with a size limit. */
    static String json(JsonNode obj, String field, boolean array, int maxChars, RecordProblems p) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (array ? !n.isArray() : !n.isObject()) {
            p.add(field, array ? "must be an array" : "must be an object");
            return null;
        }
        String s = n.toString();
        if (s.length() > maxChars) {
            p.add(field, "at most " + maxChars + " characters of JSON");
            return null;
        }
        // PostgreSQL's jsonb rejects the NUL character even escaped.
        if (s.contains("\\u0000")) {
            p.add(field, "must not contain NUL characters");
            return null;
        }
        return s;
    }

    static Map<String, String> stringMap(JsonNode obj, String field, RecordProblems p) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return Map.of();
        }
        if (!n.isObject()) {
            p.add(field, "must be an object of source system to id");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : n.properties()) {
            if (!e.getValue().isString()) {
                p.add(field + "." + e.getKey(), "must be a string");
            }
            else {
                out.put(e.getKey(), e.getValue().stringValue());
            }
        }
        return out;
    }
}
