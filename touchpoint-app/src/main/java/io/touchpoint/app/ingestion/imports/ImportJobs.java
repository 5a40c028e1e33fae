package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.ingestion.csv.CsvHeaderException;
import io.touchpoint.app.ingestion.csv.CsvReader;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * CSV imports of customers, transactions, interactions and feedback (reviews, social comments). An upload is
 * streamed to a file under the data directory (never held in memory), its header is checked at once, and the rows
 * are imported in the background (see {@link ImportRunner}); the job shows the progress and keeps a per-row error
 * report.
 */
@Service
public class ImportJobs {

    private final ImportJobStore store;
    private final ImportFormats formats;
    private final ImportRunner runner;
    private final Clock clock;
    private final Path directory;
    private final long maxBytes;

    ImportJobs(ImportJobStore store, ImportFormats formats, ImportRunner runner, Clock clock,
            @Value("${touchpoint.data-dir}") Path dataDir,
            @Value("${touchpoint.imports.max-file-size:2GB}") DataSize maxFileSize) {
        this.store = store;
        this.formats = formats;
        this.runner = runner;
        this.clock = clock;
        this.directory = dataDir.toAbsolutePath().resolve("imports");
        this.maxBytes = maxFileSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the upload and queues its import. A file whose header is unusable (not UTF-8, missing required
     * columns, ...) gives a job that has already failed, with the reason.
     *
     * @throws InvalidInputException (field {@code file}) for an empty file, or status 413 for one over the limit
     */
    public ImportJob submit(ImportKind kind, String fileName, InputStream content, String createdBy)
            throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "upload-", ".csv");
        try {
            long size = copy(content, file);
            if (size == 0) {
                throw new InvalidInputException("file", "the file is empty");
            }
            Instant now = clock.instant();
            List<String> warnings = List.of();
            String failure = null;
            try (CsvReader reader = new CsvReader(Files.newInputStream(file))) {
                warnings = formats.create(kind, reader.readHeader(), 0, now).warnings();
            }
            catch (CsvHeaderException | ImportFormatException ex) {
                failure = ex.getMessage();
            }
            long id = store.create(kind, displayName(fileName), failure == null ? ImportStatus.QUEUED
                    : ImportStatus.FAILED, size, warnings, failure, createdBy, failure == null ? file.toString() : null,
                    now);
            if (failure == null) {
                runner.enqueue(id);
            }
            else {
                Files.deleteIfExists(file);
            }
            return store.find(id).orElseThrow();
        }
        catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(file);
            throw ex;
        }
    }

    public Optional<ImportJob> job(long id) {
        return store.find(id);
    }

    /** The first problems of a job, for a glance on its page. */
    public List<RowError> firstErrors(long jobId, int limit) {
        return store.firstErrors(jobId, limit);
    }

    public List<ImportJob> recent(int limit) {
        return store.recent(Math.max(1, Math.min(limit, 500)));
    }

    /**
     * Writes the job's error report as CSV: {@code row,field,message,raw}, one line per problem in file order.
     * It starts with a UTF-8 byte order mark so spreadsheet programs read the accents right, and a cell that starts
     * with {@code = + - @} gets a leading apostrophe so they do not run it as a formula (the rows are untrusted).
     */
    public void writeErrorReport(long jobId, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("row", "field", "message", "raw")
                .get());
        try {
            store.eachError(jobId, e -> {
                try {
                    printer.printRecord(e.line(), inert(e.field()), inert(e.message()), inert(e.raw()));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        printer.flush();
    }

    static String inert(String cell) {
        return io.touchpoint.app.shared.SpreadsheetCells.inert(cell);
    }

    /** The name as the user's system gave it, without any directory part, control characters or excess length. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 255) {
            name = name.substring(0, 255);
        }
        return name.isEmpty() ? "upload.csv" : name;
    }

    private long copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException(413, List.of(new FieldError("file",
                            "larger than the limit of " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB")));
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
