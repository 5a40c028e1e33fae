package io.touchpoint.app.ingestion.records;

import java.math.BigDecimal;

/**
 * A transaction as received, before its checks. Values are text except those whose type the format already
 * checked: {@code amount} (null when missing or of the wrong type, which the reader reported) and
 * {@code itemsJson} (a JSON array, or null).
 */
public record TransactionDraft(String id, String kind, BigDecimal amount, String currency, String occurredAt,
        String startDate, String endDate, String property, String itemsJson) {
}
