package io.touchpoint.stats.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input handed to the command stays open for its owner when the reader is closed. */
final class NonClosingInputStream extends FilterInputStream {

    NonClosingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // Deliberately empty.
    }
}
