package io.touchpoint.app.ingestion.records;

import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.feedback.ExternalFeedback;
import io.touchpoint.app.feedback.FeedbackIntake;
import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks a review or social comment passes before it is recorded (API and CSV alike): a rating on any scale is
 * normalised to 0..1, property and touchpoint keys must exist, text is kept as written (only trimmed; HTML is escaped
 * where it is shown, never here).
 */
public final class FeedbackRules {

    public static final List<String> KINDS = List.of("review", "social");
    public static final int MAX_TEXT = 20_000;
    private static final BigDecimal DEFAULT_MIN = BigDecimal.ONE;
    private static final BigDecimal DEFAULT_MAX = BigDecimal.valueOf(5);
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

    private FeedbackRules() {
    }

    /**
     * Returns the feedback to record, or null with the problems added.
     *
     * @param customer identifiers of the customer the post names (links a known customer), or null
     */
    public static ExternalFeedback check(FeedbackDraft d, CustomerReference customer, RecordContext ctx,
            RecordProblems p) {
        FieldNames n = ctx.names();
        String id = FieldRules.text(d.id(), n.of("id"), 200, true, p);
        String kind = Optional.ofNullable(FieldRules.text(d.kind(), n.of("kind"), 20, false, p)).orElse("review")
                .toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind) && !p.has(n.of("kind"))) {
            p.add(n.of("kind"), "use review or social");
        }
        String source = FieldRules.text(d.source(), n.of("source"), 64, true, p);
        if (source != null) {
            source = source.toLowerCase(Locale.ROOT);
            if (!SOURCE.matcher(source).matches()) {
                p.add(n.of("source"), "use letters, digits, '.', '-' or '_' (e.g. tripadvisor)");
            }
        }
        Instant at = FieldRules.instant(d.occurredAt(), n.of("occurredAt"), ctx.now(), true, p);
        BigDecimal rating = rating(d, n, p);
        String text = FieldRules.text(d.text(), n.of("text"), MAX_TEXT, false, p);
        if (text == null && d.rating() == null && !p.has(n.of("text")) && !p.has(n.of("rating"))) {
            p.add(n.of("text"), "give a text, a rating or both");
        }
        String author = FieldRules.text(d.author(), n.of("author"), 200, false, p);
        String url = FieldRules.text(d.url(), n.of("url"), 2000, false, p);
        if (url != null && !LINK.matcher(url).matches()) {
            p.add(n.of("url"), "must be an http(s) link");
        }
        String language = FieldRules.text(d.language(), n.of("language"), 16, false, p);
        Long propertyId = null;
        String propertyKey = FieldRules.text(d.property(), n.of("property"), 64, false, p);
        if (propertyKey != null) {
            propertyId = ctx.propertyIds().apply(propertyKey).orElse(null);
            if (propertyId == null) {
                p.add(n.of("property"), "unknown property '" + propertyKey + "'");
            }
        }
        Touchpoint touchpoint = null;
        String touchpointKey = FieldRules.text(d.touchpoint(), n.of("touchpoint"), 64, false, p);
        if (touchpointKey != null) {
            touchpoint = ctx.touchpoints().apply(touchpointKey).orElse(null);
            if (touchpoint == null) {
                p.add(n.of("touchpoint"), "unknown touchpoint '" + touchpointKey + "'");
            }
        }
        if (p.any()) {
            return null;
        }
        // A touchpoint belongs to a property and a journey stage: the post inherits them.
        if (propertyId == null && touchpoint != null && touchpoint.propertyKey() != null) {
            propertyId = ctx.propertyIds().apply(touchpoint.propertyKey()).orElse(null);
        }
        Long stageId = touchpoint == null || touchpoint.stageKey() == null ? null
                : ctx.stageIds().apply(touchpoint.stageKey()).orElse(null);
        String channel = touchpoint != null ? touchpoint.channel().code()
                : kind.equals("review") ? "review_site" : "social";
        return new ExternalFeedback(kind, source, id, at, rating, text, author, url, propertyId,
                touchpoint == null ? null : touchpoint.id(), stageId, channel, language, customer);
    }

    /** The rating normalised to 0..1 on its scale (1-5 unless given), or null. */
    private static BigDecimal rating(FeedbackDraft d, FieldNames n, RecordProblems p) {
        BigDecimal min = FieldRules.inRange(d.ratingMin(), n.of("ratingMin"), p);
        BigDecimal max = FieldRules.inRange(d.ratingMax(), n.of("ratingMax"), p);
        BigDecimal rating = FieldRules.inRange(d.rating(), n.of("rating"), p);
        if (rating == null || p.has(n.of("ratingMin")) || p.has(n.of("ratingMax"))) {
            return null;
        }
        try {
            return FeedbackIntake.normalise(rating, min == null ? DEFAULT_MIN : min, max == null ? DEFAULT_MAX : max);
        }
        catch (IllegalArgumentException ex) {
            p.add(n.of("rating"), ex.getMessage());
            return null;
        }
    }
}
