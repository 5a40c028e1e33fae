package io.touchpoint.app.ingestion.records;

/**
 * How a record's fields are named where it came from, so a problem names the field the sender wrote: the JSON API
 * uses {@code occurredAt}, CSV headers use {@code occurred_at}.
 */
public enum FieldNames {
    JSON, CSV;

    /** The name of a field given in camel case. */
    public String of(String camel) {
        if (this == JSON) {
            return camel;
        }
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            }
            else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
