package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.feedback.ExternalFeedback;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.records.FeedbackDraft;
import io.touchpoint.app.ingestion.records.FeedbackRules;
import io.touchpoint.app.ingestion.records.FieldRules;
import io.touchpoint.app.ingestion.records.RecordContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reviews and social comments, the fields of {@code POST /api/v1/feedback} as columns: {@code id, source,
 * occurred_at} (required), {@code rating} and/or {@code text} (one of them required), {@code kind, rating_min,
 * rating_max, author, url, property, touchpoint, language} (optional), and the identifier columns, which are optional
 * here: they link a known customer and never create one.
 */
final class FeedbackRows extends RowFormat<ExternalFeedback> {

    private final int id;
    private final int kind;
    private final int source;
    private final int occurredAt;
    private final int rating;
    private final int ratingMin;
    private final int ratingMax;
    private final int text;
    private final int author;
    private final int url;
    private final int property;
    private final int touchpoint;
    private final int language;
    private final IdentifierColumns identifiers;
    private final RecordContext ctx;
    private final Function<List<ExternalFeedback>, List<Recorded>> recorder;

    FeedbackRows(CsvHeader header, RecordContext ctx, String phoneRegion,
            Function<List<ExternalFeedback>, List<Recorded>> recorder) throws ImportFormatException {
        Columns c = new Columns(header);
        List<String> missing = new ArrayList<>();
        id = TransactionRows.required(c, "id", missing);
        source = TransactionRows.required(c, "source", missing);
        occurredAt = TransactionRows.required(c, "occurred_at", missing);
        rating = c.claim("rating");
        text = c.claim("text");
        if (rating < 0 && text < 0) {
            missing.add("rating or text");
        }
        kind = c.claim("kind");
        ratingMin = c.claim("rating_min");
        ratingMax = c.claim("rating_max");
        author = c.claim("author");
        url = c.claim("url");
        property = c.claim("property");
        touchpoint = c.claim("touchpoint");
        language = c.claim("language");
        identifiers = new IdentifierColumns(c, missing, phoneRegion, true);
        this.ctx = ctx;
        this.recorder = recorder;
        checkHeader(c, missing, List.of());
    }

    @Override
    ExternalFeedback parse(CsvRecord.Row row, RecordProblems p) {
        BigDecimal ratingValue = FieldRules.decimal(Columns.cell(row, rating), "rating", p);
        BigDecimal min = FieldRules.decimal(Columns.cell(row, ratingMin), "rating_min", p);
        BigDecimal max = FieldRules.decimal(Columns.cell(row, ratingMax), "rating_max", p);
        // Text goes to the rules as written, HTML and all; like every value it is only trimmed.
        FeedbackDraft draft = new FeedbackDraft(Columns.value(row, id), Columns.value(row, kind),
                Columns.value(row, source), Columns.value(row, occurredAt), ratingValue, min, max,
                Columns.cell(row, text), Columns.value(row, author), Columns.value(row, url),
                Columns.value(row, property), Columns.value(row, touchpoint), Columns.value(row, language));
        RecordProblems customerProblems = new RecordProblems("");
        CustomerReference customer = identifiers.reference(row, null, customerProblems);
        ExternalFeedback feedback = FeedbackRules.check(draft, customer, ctx, p);
        customerProblems.errors().forEach(e -> p.add(e.field(), e.message()));
        return p.any() ? null : feedback;
    }

    @Override
    List<Recorded> record(List<ExternalFeedback> records) {
        return recorder.apply(records);
    }

    @Override
    String idOf(ExternalFeedback record) {
        return record.externalId();
    }
}
