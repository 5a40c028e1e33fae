package io.touchpoint.app.customer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.customer.CustomerProfile;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerQuery;
import io.touchpoint.app.customer.CustomerSummary;
import io.touchpoint.app.customer.MergeRecord;
import io.touchpoint.app.customer.TimelineEntry;
import io.touchpoint.app.customer.TimelineFilter;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customers")
class CustomersController {

    private final CustomerProfiles profiles;
    private final JsonMapper json;

    CustomersController(CustomerProfiles profiles, JsonMapper json) {
        this.profiles = profiles;
        this.json = json;
    }

    @GetMapping("/customers")
    @Operation(summary = "Find customers by email, phone (any format), loyalty id, or free text (name, id, identifier)")
    SearchResponse search(@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String loyaltyId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "between 1 and 200");
        }
        List<CustomerSummary> found = profiles.search(new CustomerQuery(email, phone, loyaltyId, q), limit);
        return new SearchResponse(found.size(), found);
    }

    record SearchResponse(int count, List<CustomerSummary> customers) {
    }

    @GetMapping("/customers/{id}")
    @Operation(summary = "A customer's unified profile. An id merged into another profile answers with the survivor.")
    CustomerProfile customer(@PathVariable long id) {
        return profiles.require(id);
    }

    @GetMapping("/customers/{id}/timeline")
    @Operation(summary = "A customer's interactions and transactions across channels, newest first")
    TimelineResponse timeline(@PathVariable long id, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String type, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 5000) {
            throw new InvalidInputException("limit", "between 1 and 5000");
        }
        if (kind != null && !kind.isBlank() && !kind.equals("event") && !kind.equals("transaction")) {
            throw new InvalidInputException("kind", "use event or transaction");
        }
        long survivor = profiles.survivorOf(id).orElseThrow(() -> new NotFoundException("no customer " + id));
        List<TimelineEntry> entries = profiles.timeline(survivor, new TimelineFilter(channel, type, kind,
                instant("from", from), instant("to", to), instant("before", before), limit));
        return new TimelineResponse(survivor, entries.stream().map(this::view).toList());
    }

    @GetMapping("/customers/{id}/merges")
    @Operation(summary = "The merges this profile took part in")
    List<MergeView> merges(@PathVariable long id) {
        long survivor = profiles.survivorOf(id).orElseThrow(() -> new NotFoundException("no customer " + id));
        return profiles.merges(survivor).stream().map(this::view).toList();
    }

    @GetMapping("/merges/{mergeId}")
    @Operation(summary = "One merge record: linking identifiers, what moved, conflicts and their resolution")
    MergeView merge(@PathVariable long mergeId) {
        return profiles.mergeRecord(mergeId).map(this::view)
                .orElseThrow(() -> new NotFoundException("no merge " + mergeId));
    }

    record TimelineResponse(long customerId, List<TimelineView> events) {
    }

    record TimelineView(String kind, String id, String type, Instant occurredAt, String channel, String touchpoint,
            String property, java.math.BigDecimal value, String currency, JsonNode properties, String source) {
    }

    record MergeView(long id, long survivorId, long mergedId, String trigger, JsonNode identifiers, JsonNode moved,
            JsonNode conflicts, JsonNode snapshot, Instant mergedAt) {
    }

    private TimelineView view(TimelineEntry e) {
        return new TimelineView(e.kind(), e.id(), e.type(), e.occurredAt(), e.channel(), e.touchpoint(), e.property(),
                e.value(), e.currency(), e.propertiesJson() == null ? null : json.readTree(e.propertiesJson()), e.source());
    }

    private MergeView view(MergeRecord m) {
        return new MergeView(m.id(), m.survivorId(), m.mergedId(), m.trigger(), json.readTree(m.identifiersJson()),
                json.readTree(m.movedJson()), json.readTree(m.conflictsJson()), json.readTree(m.snapshotJson()),
                m.mergedAt());
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        }
        catch (DateTimeParseException ex) {
            try {
                return java.time.LocalDate.parse(value.trim()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
            catch (DateTimeParseException ex2) {
                throw new InvalidInputException(field, "not an ISO-8601 date or timestamp");
            }
        }
    }
}
