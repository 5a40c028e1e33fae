package io.touchpoint.app.ingestion.imports;

import java.util.Locale;

/** queued (file stored, waiting for a worker), running, completed (with or without row errors) or failed. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }

    static ImportStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
