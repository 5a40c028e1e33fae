package io.touchpoint.app.ingestion.api;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.ingestion.CustomerFields;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.records.FieldRules;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Typed reads of JSON fields that report wrong types to {@link RecordProblems} instead of throwing. */
final class JsonFields {

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
        return FieldRules.text(n.stringValue(), field, maxLength, required, p);
    }

    /** A string field's raw text for the shared rules: null when absent; a wrong JSON type is reported here. */
    static String raw(JsonNode obj, String field, RecordProblems p) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            p.add(field, "must be a string");
            return null;
        }
        return n.stringValue();
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
        return FieldRules.inRange(n.decimalValue(), field, p);
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

    /**
     * The {@code customer} object of a record: its identifiers as a reference, or null with the problems added
     * (named {@code customer.email}, {@code customer.externalIds.pms}, ...).
     */
    static CustomerReference customer(JsonNode record, String phoneRegion, RecordProblems p) {
        JsonNode c = record.get("customer");
        if (c == null || !c.isObject()) {
            p.add("customer", "required: an object with email, phone, loyaltyId or externalIds");
            return null;
        }
        RecordProblems cp = new RecordProblems("");
        String email = text(c, "email", 254, false, cp);
        String phone = text(c, "phone", 40, false, cp);
        String loyalty = text(c, "loyaltyId", 64, false, cp);
        var external = stringMap(c, "externalIds", cp);
        cp.errors().forEach(err -> p.add("customer." + err.field(), err.message()));
        if (cp.any()) {
            return null;
        }
        return CustomerFields.reference(email, phone, loyalty, external, null, phoneRegion, p, "customer.");
    }

    /** Adds problems collected on the side, keeping their field names. */
    static void append(RecordProblems from, RecordProblems to) {
        from.errors().forEach(e -> to.add(e.field(), e.message()));
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
