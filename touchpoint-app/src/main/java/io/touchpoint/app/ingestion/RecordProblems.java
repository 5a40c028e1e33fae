package io.touchpoint.app.ingestion;

import io.touchpoint.app.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one incoming record (an API event or a CSV row), each naming its field. */
public final class RecordProblems {

    private final String prefix;
    private final List<FieldError> errors = new ArrayList<>();

    public RecordProblems(String prefix) {
        this.prefix = prefix;
    }

    public void add(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** "field: message; field: message". */
    public String reason() {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
