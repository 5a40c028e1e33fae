package io.touchpoint.app.customer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A validated interaction to record.
 *
 * @param clientId the sender's idempotency key
 * @param propertiesJson a JSON object, or null
 */
public record NewEvent(String clientId, String type, Instant occurredAt, String channel, Long touchpointId,
        String propertiesJson, BigDecimal value, String source, CustomerReference customer) {
}
