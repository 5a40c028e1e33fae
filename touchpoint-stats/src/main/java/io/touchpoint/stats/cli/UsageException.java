package io.touchpoint.stats.cli;

/** Bad command-line arguments: reported with the usage text, exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
