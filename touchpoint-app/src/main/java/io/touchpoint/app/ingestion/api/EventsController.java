package io.touchpoint.app.ingestion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.ingestion.CustomerFields;
import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
        Instant now = clock.instant();
        String source = principal == null ? "api" : principal.getName();
        return BatchIngest.handle(body, "events", (node, p) -> parse(node, p, now, source), NewEvent::clientId,
                activity::recordEvents);
    }

    private NewEvent parse(JsonNode e, RecordProblems p, Instant now, String source) {
        String id = JsonFields.text(e, "id", 200, true, p);
        String type = JsonFields.text(e, "type", 100, true, p);
        Instant at = JsonFields.instant(e, "occurredAt", now, true, p);
        String channelRaw = JsonFields.text(e, "channel", 40, false, p);
        String touchpointKey = JsonFields.text(e, "touchpoint", 64, false, p);
        Optional<Touchpoint> touchpoint = Optional.empty();
        if (touchpointKey != null) {
            touchpoint = catalog.touchpoint(touchpointKey);
            if (touchpoint.isEmpty()) {
                p.add("touchpoint", "unknown touchpoint '" + touchpointKey + "'");
            }
        }
        Channel channel = null;
        if (channelRaw != null) {
            channel = Channel.parse(channelRaw).orElse(null);
            if (channel == null) {
                p.add("channel", "unknown channel '" + channelRaw + "'; use one of " + Channel.codes());
            }
        }
        else if (touchpoint.isPresent()) {
            channel = touchpoint.get().channel();
        }
        else if (touchpointKey == null) {
            p.add("channel", "required (or give a touchpoint)");
        }
        String properties = JsonFields.json(e, "properties", false, 16_384, p);
        BigDecimal value = JsonFields.number(e, "value", false, p);
        CustomerReference customer = null;
        JsonNode c = e.get("customer");
        if (c == null || !c.isObject()) {
            p.add("customer", "required: an object with email, phone, loyaltyId or externalIds");
        }
        else {
            RecordProblems cp = new RecordProblems("");
            String email = JsonFields.text(c, "email", 254, false, cp);
            String phone = JsonFields.text(c, "phone", 40, false, cp);
            String loyalty = JsonFields.text(c, "loyaltyId", 64, false, cp);
            var external = JsonFields.stringMap(c, "externalIds", cp);
            cp.errors().forEach(err -> p.add("customer." + err.field(), err.message()));
            if (!cp.any()) {
                customer = CustomerFields.reference(email, phone, loyalty, external, null,
                        profiles.defaultPhoneRegion(), p, "customer.");
            }
        }
        if (p.any()) {
            return null;
        }
        return new NewEvent(id, type, at, channel.code(), touchpoint.map(Touchpoint::id).orElse(null), properties,
                value, source, customer);
    }
}
