package io.touchpoint.app.ingestion.api;

import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.api.IngestResponse.FieldMessage;
import io.touchpoint.app.ingestion.api.IngestResponse.Result;
import io.touchpoint.app.shared.InvalidInputException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The batch contract shared by the event and transaction endpoints: validate each record on its own, record the
 * valid ones in one transaction, answer accepted / duplicate / rejected per record. A batch whose every record is
 * rejected is answered 400 with a problem detail naming the first offending field (and the per-record results).
 */
final class BatchIngest {

    static final int MAX_BATCH = 1000;

    private BatchIngest() {
    }

    record Parsed<T>(int index, String id, T value, RecordProblems problems) {
    }

    static <T> ResponseEntity<?> handle(JsonNode body, String arrayField,
            BiFunction<JsonNode, RecordProblems, T> parse, Function<T, String> idOf,
            Function<List<T>, List<Recorded>> record) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object with an '" + arrayField + "' array");
        }
        JsonNode array = body.get(arrayField);
        if (array == null || !array.isArray()) {
            throw new InvalidInputException(arrayField, "required: an array of records");
        }
        if (array.size() > MAX_BATCH) {
            throw new InvalidInputException(HttpStatus.CONTENT_TOO_LARGE.value(), List.of(
                    new InvalidInputException.FieldError(arrayField,
                            "at most " + MAX_BATCH + " per request, got " + array.size())));
        }
        List<Parsed<T>> parsed = new ArrayList<>();
        int i = 0;
        for (JsonNode node : array.values()) {
            RecordProblems problems = new RecordProblems(arrayField + "[" + i + "].");
            T value = null;
            String id = null;
            if (!node.isObject()) {
                problems.add("", "must be an object");
            }
            else {
                JsonNode idNode = node.get("id");
                id = idNode != null && idNode.isString() ? idNode.stringValue() : null;
                value = parse.apply(node, problems);
            }
            parsed.add(new Parsed<>(i++, id, problems.any() ? null : value, problems));
        }
        List<T> valid = parsed.stream().filter(p -> p.value() != null).map(Parsed::value).toList();
        List<Recorded> recorded = valid.isEmpty() ? List.of() : record.apply(valid);

        List<Result> results = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        int r = 0;
        for (Parsed<T> p : parsed) {
            if (p.value() == null) {
                rejected++;
                var errors = p.problems().errors();
                results.add(new Result(p.index(), p.id(), "rejected", null, p.problems().reason(),
                        errors.get(0).field(), errors.stream().map(e -> new FieldMessage(e.field(), e.message())).toList()));
            }
            else {
                Recorded rec = recorded.get(r++);
                if (rec.outcome() == Recorded.Outcome.ACCEPTED) {
                    accepted++;
                }
                else {
                    duplicates++;
                }
                results.add(new Result(p.index(), idOf.apply(p.value()), rec.outcome().name().toLowerCase(Locale.ROOT),
                        rec.customerId(), null, null, null));
            }
        }
        IngestResponse response = new IngestResponse(accepted, duplicates, rejected, results);
        if (rejected > 0 && rejected == parsed.size()) {
            Result first = results.get(0);
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "every record was rejected; first: " + first.reason());
            pd.setType(URI.create("https://touchpoint.io/problems/invalid-input"));
            pd.setTitle("Invalid input");
            pd.setProperty("field", first.field());
            pd.setProperty("errors", results.stream().flatMap(x -> x.errors().stream()).toList());
            pd.setProperty("results", results);
            return ResponseEntity.badRequest().body(pd);
        }
        return ResponseEntity.ok(response);
    }
}
