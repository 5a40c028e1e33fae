package io.touchpoint.app.feedback;

import io.touchpoint.app.customer.CustomerReference;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A validated review or social comment.
 *
 * @param kind review or social
 * @param source the platform, e.g. tripadvisor, google, facebook
 * @param externalId the platform's id of the post (deduplication key within the source)
 * @param rating normalised to [0, 1], or null
 * @param customer identifiers to link a known customer, or null
 */
public record ExternalFeedback(String kind, String source, String externalId, Instant occurredAt, BigDecimal rating,
        String text, String author, String url, Long propertyId, Long touchpointId, Long stageId, String channel,
        String language, CustomerReference customer) {
}
