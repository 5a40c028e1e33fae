package io.touchpoint.app.ingestion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewTransaction;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.records.FieldNames;
import io.touchpoint.app.ingestion.records.RecordContext;
import io.touchpoint.app.ingestion.records.TransactionDraft;
import io.touchpoint.app.ingestion.records.TransactionRules;
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
@RequestMapping("/api/v1/transactions")
@Tag(name = "Ingestion")
class TransactionsController {

    static final int MAX_ITEMS_JSON = 65_536;

    private final CustomerActivity activity;
    private final TouchpointCatalog catalog;
    private final CustomerProfiles profiles;
    private final Clock clock;

    TransactionsController(CustomerActivity activity, TouchpointCatalog catalog, CustomerProfiles profiles,
            Clock clock) {
        this.activity = activity;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Record a batch of up to 1,000 bookings, stays, orders, cancellations or refunds",
            description = "Body: {\"transactions\": [{id, kind, amount, currency, occurredAt, startDate, endDate, "
                    + "property, items, customer: {email, phone, loyaltyId, externalIds}}]}. Each transaction is "
                    + "answered accepted, duplicate (its id was seen before; stored once) or rejected with the reason "
                    + "and field. Accepted transactions are durable before the answer is sent.")
    ResponseEntity<?> ingest(@RequestBody JsonNode body, Principal principal) {
        RecordContext ctx = RecordContext.of(catalog, clock.instant(), principal == null ? "api" : principal.getName(),
                FieldNames.JSON);
        return BatchIngest.handle(body, "transactions", (node, p) -> parse(node, p, ctx), NewTransaction::clientId,
                activity::recordTransactions);
    }

    private NewTransaction parse(JsonNode t, RecordProblems p, RecordContext ctx) {
        BigDecimal amount = JsonFields.number(t, "amount", false, p);
        RecordProblems typed = new RecordProblems("");
        String items = JsonFields.json(t, "items", true, MAX_ITEMS_JSON, typed);
        RecordProblems customerProblems = new RecordProblems("");
        CustomerReference customer = JsonFields.customer(t, profiles.defaultPhoneRegion(), customerProblems);
        TransactionDraft draft = new TransactionDraft(JsonFields.raw(t, "id", p), JsonFields.raw(t, "kind", p), amount,
                JsonFields.raw(t, "currency", p), JsonFields.raw(t, "occurredAt", p), JsonFields.raw(t, "startDate", p),
                JsonFields.raw(t, "endDate", p), JsonFields.raw(t, "property", p), items);
        NewTransaction tx = TransactionRules.check(draft, customer, ctx, p);
        JsonFields.append(typed, p);
        JsonFields.append(customerProblems, p);
        return p.any() ? null : tx;
    }
}
