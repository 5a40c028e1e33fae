package io.touchpoint.app.ingestion.records;

import java.math.BigDecimal;

/**
 * An interaction as received, before its checks. {@code propertiesJson} is a JSON object (or null) and
 * {@code value} a number (null when missing or of the wrong type, which the reader reported).
 */
public record InteractionDraft(String id, String type, String occurredAt, String channel, String touchpoint,
        String propertiesJson, BigDecimal value) {
}
