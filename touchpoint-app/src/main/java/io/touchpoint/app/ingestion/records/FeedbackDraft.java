package io.touchpoint.app.ingestion.records;

import java.math.BigDecimal;

/**
 * A review or social comment as received, before its checks. Values are text except the numbers, whose type the
 * format already checked ({@code rating}, {@code ratingMin}, {@code ratingMax}: null when missing or of the wrong
 * type, which the reader reported).
 *
 * @param id the platform's id of the post
 */
public record FeedbackDraft(String id, String kind, String source, String occurredAt, BigDecimal rating,
        BigDecimal ratingMin, BigDecimal ratingMax, String text, String author, String url, String property,
        String touchpoint, String language) {
}
