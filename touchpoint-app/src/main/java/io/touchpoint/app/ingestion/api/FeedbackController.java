package io.touchpoint.app.ingestion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.feedback.ExternalFeedback;
import io.touchpoint.app.feedback.FeedbackIntake;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.records.FeedbackDraft;
import io.touchpoint.app.ingestion.records.FeedbackRules;
import io.touchpoint.app.ingestion.records.FieldNames;
import io.touchpoint.app.ingestion.records.RecordContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
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
                    + "stored normalised to 0-1), text (a text, a rating or both), author, url, property, touchpoint, "
                    + "language, customer (identifiers; links a known customer, never creates one). Same answer shape "
                    + "as /api/v1/events. A CSV file of the same fields goes to /api/v1/imports/feedback.")
    ResponseEntity<?> ingest(@RequestBody JsonNode body, Principal principal) {
        RecordContext ctx = RecordContext.of(catalog, clock.instant(), principal == null ? "api" : principal.getName(),
                FieldNames.JSON);
        return BatchIngest.handle(body, "items", (node, p) -> parse(node, p, ctx), ExternalFeedback::externalId,
                intake::record);
    }

    private ExternalFeedback parse(JsonNode n, RecordProblems p, RecordContext ctx) {
        BigDecimal rating = JsonFields.number(n, "rating", false, p);
        BigDecimal min = JsonFields.number(n, "ratingMin", false, p);
        BigDecimal max = JsonFields.number(n, "ratingMax", false, p);
        // The customer is optional here: a review links to a known customer when it names one.
        RecordProblems customerProblems = new RecordProblems("");
        CustomerReference customer = null;
        JsonNode c = n.get("customer");
        if (c != null && !c.isNull() && !(c.isObject() && c.isEmpty())) {
            customer = JsonFields.customer(n, profiles.defaultPhoneRegion(), customerProblems);
        }
        FeedbackDraft draft = new FeedbackDraft(JsonFields.raw(n, "id", p), JsonFields.raw(n, "kind", p),
                JsonFields.raw(n, "source", p), JsonFields.raw(n, "occurredAt", p), rating, min, max,
                JsonFields.raw(n, "text", p), JsonFields.raw(n, "author", p), JsonFields.raw(n, "url", p),
                JsonFields.raw(n, "property", p), JsonFields.raw(n, "touchpoint", p), JsonFields.raw(n, "language", p));
        ExternalFeedback feedback = FeedbackRules.check(draft, customer, ctx, p);
        JsonFields.append(customerProblems, p);
        return p.any() ? null : feedback;
    }
}
