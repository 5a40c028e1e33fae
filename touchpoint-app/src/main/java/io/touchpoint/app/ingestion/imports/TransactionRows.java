package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewTransaction;
import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.records.FieldRules;
import io.touchpoint.app.ingestion.records.RecordContext;
import io.touchpoint.app.ingestion.records.TransactionDraft;
import io.touchpoint.app.ingestion.records.TransactionRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Transactions: {@code id, kind, amount, currency, occurred_at} (required), {@code start_date, end_date,
 * property, items} (optional; items is a JSON array), and the identifier columns.
 */
final class TransactionRows extends RowFormat<NewTransaction> {

    private final int id;
    private final int kind;
    private final int amount;
    private final int currency;
    private final int occurredAt;
    private final int startDate;
    private final int endDate;
    private final int property;
    private final int items;
    private final IdentifierColumns identifiers;
    private final RecordContext ctx;
    private final Function<List<NewTransaction>, List<Recorded>> recorder;

    TransactionRows(CsvHeader header, RecordContext ctx, String phoneRegion,
            Function<List<NewTransaction>, List<Recorded>> recorder) throws ImportFormatException {
        Columns c = new Columns(header);
        List<String> missing = new ArrayList<>();
        id = required(c, "id", missing);
        kind = required(c, "kind", missing);
        amount = required(c, "amount", missing);
        currency = required(c, "currency", missing);
        occurredAt = required(c, "occurred_at", missing);
        startDate = c.claim("start_date");
        endDate = c.claim("end_date");
        property = c.claim("property");
        items = c.claim("items");
        identifiers = new IdentifierColumns(c, missing, phoneRegion);
        this.ctx = ctx;
        this.recorder = recorder;
        checkHeader(c, missing, List.of());
    }

    static int required(Columns c, String name, List<String> missing) {
        int i = c.claim(name);
        if (i < 0) {
            missing.add(name);
        }
        return i;
    }

    @Override
    NewTransaction parse(CsvRecord.Row row, RecordProblems p) {
        BigDecimal amountValue = FieldRules.decimal(Columns.cell(row, amount), "amount", p);
        String itemsJson = JsonCells.array(Columns.value(row, items), "items", 65_536, p);
        TransactionDraft draft = new TransactionDraft(Columns.value(row, id), Columns.value(row, kind), amountValue,
                Columns.value(row, currency), Columns.value(row, occurredAt), Columns.value(row, startDate),
                Columns.value(row, endDate), Columns.value(row, property), itemsJson);
        RecordProblems customerProblems = new RecordProblems("");
        CustomerReference customer = identifiers.reference(row, null, customerProblems);
        NewTransaction tx = TransactionRules.check(draft, customer, ctx, p);
        customerProblems.errors().forEach(e -> p.add(e.field(), e.message()));
        return p.any() ? null : tx;
    }

    @Override
    List<Recorded> record(List<NewTransaction> records) {
        return recorder.apply(records);
    }

    @Override
    String idOf(NewTransaction record) {
        return record.clientId();
    }
}
