package io.touchpoint.app.survey;

import java.math.BigDecimal;
import java.time.Instant;

/** A completed response as its feedback row records it. */
public record ResponseSummary(long responseId, int version, Instant completedAt, Long customerId, Integer nps,
        Integer csat, Integer ces, BigDecimal rating, String comment, boolean personal) {
}
