package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.ingestion.RecordProblems;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON held in CSV cells (transaction items) or built from columns (interaction properties). */
final class JsonCells {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonCells() {
    }

    /** A cell holding a JSON array, re-serialised compactly; null when blank. */
    static String array(String cell, String field, int maxChars, RecordProblems p) {
        if (cell == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(cell);
        }
        catch (JacksonException ex) {
            p.add(field, "not valid JSON: " + ex.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isArray()) {
            p.add(field, "must be a JSON array, e.g. [{\"sku\":\"room\",\"qty\":2}]");
            return null;
        }
        return checked(node.toString(), field, maxChars, p);
    }

    /** A JSON object of string values; null when empty. */
    static String object(Map<String, String> values, String field, int maxChars, RecordProblems p) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        values.forEach(node::put);
        return checked(node.toString(), field, maxChars, p);
    }

    private static String checked(String json, String field, int maxChars, RecordProblems p) {
        if (json.length() > maxChars) {
            p.add(field, "at most " + maxChars + " characters of JSON");
            return null;
        }
        // PostgreSQL's jsonb rejects the NUL character even escaped.
        if (json.contains("\\u0000")) {
            p.add(field, "must not contain NUL characters");
            return null;
        }
        return json;
    }
}
