package io.touchpoint.app.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A validated booking, stay, order, cancellation or refund to record.
 *
 * @param clientId the sender's idempotency key
 * @param itemsJson a JSON array of line items, or null
 */
public record NewTransaction(String clientId, String kind, BigDecimal amount, String currency, Instant occurredAt,
        LocalDate startDate, LocalDate endDate, Long propertyId, String itemsJson, String source,
        CustomerReference customer) {
}
