package io.touchpoint.stats.cli;

/** Input that cannot be processed as a whole (unreadable file, missing column, broken CSV): exit code 1. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
