package io.touchpoint.app.shared;

/** The addressed resource does not exist; rendered as a 404 problem detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
