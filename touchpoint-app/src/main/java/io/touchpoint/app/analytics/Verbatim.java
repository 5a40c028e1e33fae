package io.touchpoint.app.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/** One piece of feedback as read behind a number: who said what, where, with which score. */
public record Verbatim(long id, String kind, String source, Instant occurredAt, String property, String touchpoint,
        String stage, String channel, Integer nps, Integer csat, Integer ces, BigDecimal rating, String text,
        String author, String url, Long customerId) {
}
