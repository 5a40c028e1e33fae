package io.touchpoint.app.ingestion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.feedback.ExternalFeedback;
import io.touchpoint.app.feedback.FeedbackIntake;
import io.touchpoint.app.ingestion.records.FieldRules;
import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Ingestion")
class FeedbackController {

    private final FeedbackIntake intake;
    private final TouchpointCatalog catalog;
    private final CustomerProfiles profiles;
    private final Clock clock;

    FeedbackController(FeedbackIntake intake, TouchpointCatalog catalog, CustomerProfiles profiles, Clock clock) {
        this.intake = intake;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Bring in up to 1,000 reviews or social comments",
            description = "items[]: id (the platform's post id), kind (review | social, default review), source "
                    + "(tripadvisor, google, facebook, ...), occurredAt, rating with ratingMin/ratingMax (default 1-5; "
                    + "stored normalised to 0-1), text, author, url, property, touchpoint, language, customer "
                    + "(identifiers; links a known customer, never creates one). Same answer shape as /api/v1/events.")
    ResponseEntity<?> ingest(@RequestBody JsonNode body) {
        Instant now = clock.instant();
        return BatchIngest.handle(body, "items", (node, p) -> parse(node, p, now), ExternalFeedback::externalId,
                intake::record);
    }

    private ExternalFeedback parse(JsonNode n, RecordProblems p, Instant now) {
        String id = JsonFields.text(n, "id", 200, true, p);
        String kind = Optional.ofNullable(JsonFields.text(n, "kind", 20, false, p)).orElse("review")
                .toLowerCase(Locale.ROOT);
        if (!kind.equals("review") && !kind.equals("social")) {
            p.add("kind", "use review or social");
        }
        String source = JsonFields.text(n, "source", 64, true, p);
        if (source != null && !source.toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9_.-]{0,63}")) {
            p.add("source", "use letters, digits, '.', '-' or '_' (e.g. tripadvisor)");
        }
        Instant at = FieldRules.instant(JsonFields.raw(n, "occurredAt", p), "occurredAt", now, true, p);
        BigDecimal rating = JsonFields.number(n, "rating", false, p);
        BigDecimal min = Optional.ofNullable(JsonFields.number(n, "ratingMin", false, p)).orElse(BigDecimal.ONE);
        BigDecimal max = Optional.ofNullable(JsonFields.number(n, "ratingMax", false, p)).orElse(BigDecimal.valueOf(5));
        BigDecimal normalised = null;
        try {
            normalised = FeedbackIntake.normalise(rating, min, max);
        }
        catch (IllegalArgumentException ex) {
            p.add("rating", ex.getMessage());
        }
        String text = JsonFields.text(n, "text", 20_000, false, p);
        if (text != null && text.indexOf('\u0000') >= 0) {
            p.add("text", "must not contain NUL characters");
        }
        String author = JsonFields.text(n, "author", 200, false, p);
        String url = JsonFields.text(n, "url", 2000, false, p);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            p.add("url", "must be an http(s) link");
        }
        String language = JsonFields.text(n, "language", 16, false, p);
        Long propertyId = null;
        String propertyKey = JsonFields.text(n, "property", 64, false, p);
        if (propertyKey != null) {
            propertyId = catalog.property(propertyKey).map(Property::id).orElse(null);
            if (propertyId == null) {
                p.add("property", "unknown property '" + propertyKey + "'");
            }
        }
        Touchpoint touchpoint = null;
        String touchpointKey = JsonFields.text(n, "touchpoint", 64, false, p);
        if (touchpointKey != null) {
            touchpoint = catalog.touchpoint(touchpointKey).orElse(null);
            if (touchpoint == null) {
                p.add("touchpoint", "unknown touchpoint '" + touchpointKey + "'");
            }
        }
        // The customer is optional here: a review links to a known customer when it names one.
        CustomerReference customer = null;
        JsonNode c = n.get("customer");
        if (c != null && !c.isNull() && !(c.isObject() && c.isEmpty())) {
            customer = JsonFields.customer(n, profiles.defaultPhoneRegion(), p);
        }
        if (p.any()) {
            return null;
        }
        if (propertyId == null && touchpoint != null && touchpoint.propertyKey() != null) {
            propertyId = catalog.property(touchpoint.propertyKey()).map(Property::id).orElse(null);
        }
        Long stageId = touchpoint == null || touchpoint.stageKey() == null ? null
                : catalog.stage(touchpoint.stageKey()).map(s -> s.id()).orElse(null);
        return new ExternalFeedback(kind, source.toLowerCase(Locale.ROOT), id, at, normalised, text, author, url,
                propertyId, touchpoint == null ? null : touchpoint.id(), stageId,
                touchpoint == null ? (kind.equals("review") ? "review_site" : "social") : touchpoint.channel().code(),
                language, customer);
    }
}
