package io.touchpoint.app.ingestion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.records.FieldNames;
import io.touchpoint.app.ingestion.records.InteractionDraft;
import io.touchpoint.app.ingestion.records.InteractionRules;
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
@RequestMapping("/api/v1/events")
@Tag(name = "Ingestion")
class EventsController {

    private final CustomerActivity activity;
    private final TouchpointCatalog catalog;
    private final CustomerProfiles profiles;
    private final Clock clock;

    EventsController(CustomerActivity activity, TouchpointCatalog catalog, CustomerProfiles profiles, Clock clock) {
        this.activity = activity;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Record a batch of up to 1,000 interactions",
            description = "Each event is answered accepted, duplicate (its id was seen before) or rejected with the "
                    + "reason. Accepted events are durable before the answer is sent.")
    ResponseEntity<?> ingest(@RequestBody JsonNode body, Principal principal) {
        RecordContext ctx = RecordContext.of(catalog, clock.instant(), principal == null ? "api" : principal.getName(),
                FieldNames.JSON);
        return BatchIngest.handle(body, "events", (node, p) -> parse(node, p, ctx), NewEvent::clientId,
                activity::recordEvents);
    }

    private NewEvent parse(JsonNode e, RecordProblems p, RecordContext ctx) {
        // Typed fields and the customer are read on the side so problems keep the order of the fields.
        RecordProblems typed = new RecordProblems("");
        String properties = JsonFields.json(e, "properties", false, 16_384, typed);
        BigDecimal value = JsonFields.number(e, "value", false, typed);
        RecordProblems customerProblems = new RecordProblems("");
        CustomerReference customer = JsonFields.customer(e, profiles.defaultPhoneRegion(), customerProblems);
        InteractionDraft draft = new InteractionDraft(JsonFields.raw(e, "id", p), JsonFields.raw(e, "type", p),
                JsonFields.raw(e, "occurredAt", p), JsonFields.raw(e, "channel", p), JsonFields.raw(e, "touchpoint", p),
                properties, value);
        NewEvent event = InteractionRules.check(draft, customer, ctx, p);
        JsonFields.append(typed, p);
        JsonFields.append(customerProblems, p);
        return p.any() ? null : event;
    }
}
