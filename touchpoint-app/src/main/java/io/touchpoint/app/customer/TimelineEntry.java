package io.touchpoint.app.customer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One item of a customer's timeline: an interaction or a transaction.
 *
 * @param kind "event" or "transaction"
 * @param id the sender's id (idempotency key)
 * @param type event type, or transaction kind
 * @param propertiesJson event properties or transaction items as JSON, or null
 */
public record TimelineEntry(String kind, String id, String type, Instant occurredAt, String channel,
        String touchpoint, String touchpointName, String property, BigDecimal value, String currency,
        String propertiesJson, String source) {
}
