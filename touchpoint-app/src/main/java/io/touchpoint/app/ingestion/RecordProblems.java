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

    /** Whether a problem was already noted for this field, so a later check does not report it twice. */
    public boolean has(String field) {
        String f = prefix + field;
        return errors.stream().anyMatch(e -> e.field().equals(f));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** "field: message; field: message". */
    public String reason() {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
