package io.touchpoint.app.ingestion.records;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewTransaction;
import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks a booking, stay, order, cancellation or refund passes before it is recorded (API and CSV alike). */
public final class TransactionRules {

    public static final List<String> KINDS = List.of("booking", "stay", "order", "cancellation", "refund");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private TransactionRules() {
    }

    /** Returns the transaction to record, or null with the problems added. */
    public static NewTransaction check(TransactionDraft d, CustomerReference customer, RecordContext ctx,
            RecordProblems p) {
        FieldNames n = ctx.names();
        String id = FieldRules.text(d.id(), n.of("id"), 200, true, p);
        String kind = FieldRules.text(d.kind(), n.of("kind"), 40, true, p);
        if (kind != null) {
            kind = kind.toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                p.add(n.of("kind"), "unknown kind '" + d.kind().trim() + "'; use one of " + String.join(", ", KINDS));
            }
        }
        BigDecimal amount = amount(d.amount(), n.of("amount"), p);
        String currency = currency(d.currency(), n.of("currency"), p);
        Instant at = FieldRules.instant(d.occurredAt(), n.of("occurredAt"), ctx.now(), true, p);
        LocalDate start = FieldRules.date(d.startDate(), n.of("startDate"), p);
        LocalDate end = FieldRules.date(d.endDate(), n.of("endDate"), p);
        if (start != null && end != null && end.isBefore(start)) {
            p.add(n.of("endDate"), "must not be before " + n.of("startDate"));
        }
        Long propertyId = null;
        String propertyKey = FieldRules.text(d.property(), n.of("property"), 64, false, p);
        if (propertyKey != null) {
            propertyId = ctx.propertyIds().apply(propertyKey).orElse(null);
            if (propertyId == null) {
                p.add(n.of("property"), "unknown property '" + propertyKey + "'");
            }
        }
        if (p.any() || customer == null) {
            return null;
        }
        return new NewTransaction(id, kind, amount, currency, at, start, end, propertyId, d.itemsJson(), ctx.source(),
                customer);
    }

    private static BigDecimal amount(BigDecimal v, String field, RecordProblems p) {
        if (v == null) {
            if (!p.has(field)) {
                p.add(field, "required");
            }
            return null;
        }
        if (v.signum() < 0) {
            p.add(field, "must not be negative (record money paid back as kind refund)");
            return null;
        }
        if (v.stripTrailingZeros().scale() > 2) {
            p.add(field, "at most 2 decimal places");
            return null;
        }
        return FieldRules.inRange(v, field, p);
    }

    private static String currency(String raw, String field, RecordProblems p) {
        String c = FieldRules.text(raw, field, 10, true, p);
        if (c == null) {
            return null;
        }
        c = c.toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(c)) {
            p.add(field, "not an ISO 4217 currency code, e.g. EUR");
            return null;
        }
        return c;
    }
}
