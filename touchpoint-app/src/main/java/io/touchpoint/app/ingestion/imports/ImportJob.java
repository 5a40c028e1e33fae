package io.touchpoint.app.ingestion.imports;

import java.time.Instant;
import java.util.List;

/**
 * One uploaded CSV file and how far its import got. Counts cover committed batches only: what they say was
 * stored is stored.
 *
 * @param rowsRead rows read after the header (blank rows not counted)
 * @param rowsOk rows stored
 * @param rowsDuplicate rows whose id was already stored (stored once; listed in the error report)
 * @param rowsFailed rows not stored because of an error (listed in the error report)
 * @param lastLine the line of the file up to which rows are committed
 * @param warnings notes about the header, e.g. unknown columns that were ignored
 * @param message why the import failed, or a summary when it completed
 */
public record ImportJob(long id, ImportKind kind, String fileName, ImportStatus status, long totalBytes,
        long readBytes, long rowsRead, long rowsOk, long rowsDuplicate, long rowsFailed, long lastLine,
        List<String> warnings, String message, String createdBy, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    /** Share of the file read, 0 to 100. */
    public int percent() {
        if (status == ImportStatus.COMPLETED) {
            return 100;
        }
        if (totalBytes <= 0) {
            return 0;
        }
        return (int) Math.min(100, readBytes * 100 / totalBytes);
    }

    public boolean finished() {
        return status.finished();
    }
}
