package io.touchpoint.app.shared;

import java.util.List;

/**
 * Input that cannot be accepted. Rendered as an RFC 9457 problem detail naming each offending field.
 */
public class InvalidInputException extends RuntimeException {

    /** One problem with one field; {@code field} is a JSON-pointer-like path such as {@code events[3].occurredAt}. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;
    private final int status;

    public InvalidInputException(String field, String message) {
        this(400, List.of(new FieldError(field, message)));
    }

    public InvalidInputException(int status, List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
