package io.touchpoint.app.ingestion.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to a batch: counts, then one result per submitted record, in order. */
record IngestResponse(int accepted, int duplicates, int rejected, List<Result> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(int index, String id, String status, Long customerId, String reason, String field,
            List<FieldMessage> errors) {
    }

    record FieldMessage(String field, String message) {
    }
}
