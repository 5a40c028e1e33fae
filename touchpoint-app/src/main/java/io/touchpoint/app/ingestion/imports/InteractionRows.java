package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.records.FieldRules;
import io.touchpoint.app.ingestion.records.InteractionDraft;
import io.touchpoint.app.ingestion.records.InteractionRules;
import io.touchpoint.app.ingestion.records.RecordContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Interactions: {@code id, type, occurred_at} (required), {@code channel} and/or {@code touchpoint} (one of them
 * required), {@code value}, {@code prop_<name>} columns (stored as the event's properties) and the identifier
 * columns.
 */
final class InteractionRows extends RowFormat<NewEvent> {

    static final String PROPERTY_PREFIX = "prop_";

    private final int id;
    private final int type;
    private final int occurredAt;
    private final int channel;
    private final int touchpoint;
    private final int value;
    private final List<Integer> properties;
    private final IdentifierColumns identifiers;
    private final RecordContext ctx;
    private final Function<List<NewEvent>, List<Recorded>> recorder;
    private final Columns columns;

    InteractionRows(CsvHeader header, RecordContext ctx, String phoneRegion,
            Function<List<NewEvent>, List<Recorded>> recorder) throws ImportFormatException {
        Columns c = new Columns(header);
        List<String> missing = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        id = TransactionRows.required(c, "id", missing);
        type = TransactionRows.required(c, "type", missing);
        occurredAt = TransactionRows.required(c, "occurred_at", missing);
        channel = c.claim("channel");
        touchpoint = c.claim("touchpoint");
        if (channel < 0 && touchpoint < 0) {
            missing.add("channel or touchpoint");
        }
        value = c.claim("value");
        properties = c.claimPrefixed(PROPERTY_PREFIX);
        for (int i : properties) {
            if (c.name(i).length() == PROPERTY_PREFIX.length()) {
                malformed.add("column '" + c.name(i) + "' needs a property name after 'prop_'");
            }
        }
        identifiers = new IdentifierColumns(c, missing, phoneRegion);
        this.columns = c;
        this.ctx = ctx;
        this.recorder = recorder;
        checkHeader(c, missing, malformed);
    }

    @Override
    NewEvent parse(CsvRecord.Row row, RecordProblems p) {
        BigDecimal v = FieldRules.decimal(Columns.cell(row, value), "value", p);
        Map<String, String> props = new LinkedHashMap<>();
        for (int i : properties) {
            String cell = Columns.value(row, i);
            if (cell != null) {
                props.put(columns.name(i).substring(PROPERTY_PREFIX.length()), cell);
            }
        }
        String propsJson = JsonCells.object(props, "prop_*", 16_384, p);
        InteractionDraft draft = new InteractionDraft(Columns.value(row, id), Columns.value(row, type),
                Columns.value(row, occurredAt), Columns.value(row, channel), Columns.value(row, touchpoint),
                propsJson, v);
        RecordProblems customerProblems = new RecordProblems("");
        CustomerReference customer = identifiers.reference(row, null, customerProblems);
        NewEvent event = InteractionRules.check(draft, customer, ctx, p);
        customerProblems.errors().forEach(e -> p.add(e.field(), e.message()));
        return p.any() ? null : event;
    }

    @Override
    List<Recorded> record(List<NewEvent> records) {
        return recorder.apply(records);
    }

    @Override
    String idOf(NewEvent record) {
        return record.clientId();
    }
}
