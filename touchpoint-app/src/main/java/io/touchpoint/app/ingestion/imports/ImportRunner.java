package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvHeaderException;
import io.touchpoint.app.ingestion.csv.CsvReader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.imports.ImportJobStore.Progress;
import io.touchpoint.app.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one file per worker (one worker by default: imports queue rather than compete
 * with live traffic for the database).
 *
 * <p>A file is read row by row and stored in batches of {@value #BATCH_ROWS} rows. Each batch commits in one
 * transaction together with its row errors and the job's progress, so the job never claims more than is stored:
 * after a crash the job says how far it got, and on the next start it is marked failed with that line.
 */
@Component
class ImportRunner {

    static final int BATCH_ROWS = 1000;
    /** A batch also ends at this many characters of raw rows, so huge rows cannot pile up in memory. */
    static final long BATCH_CHARS = 8L << 20;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobStore store;
    private final ImportFormats formats;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxStoredErrors;
    private final ExecutorService executor;
    private volatile boolean stopping;

    ImportRunner(ImportJobStore store, ImportFormats formats, PlatformTransactionManager transactions, Clock clock,
            @Value("${touchpoint.imports.workers:1}") int workers,
            @Value("${touchpoint.imports.max-stored-errors:100000}") int maxStoredErrors) {
        this.store = store;
        this.formats = formats;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxStoredErrors = maxStoredErrors;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, workers),
                r -> new Thread(r, "csv-import-" + n.incrementAndGet()));
    }

    void enqueue(long jobId) {
        executor.execute(() -> run(jobId));
    }

    /**
     * After a restart: a job that was running was cut off (the process died or stopped), so it is marked failed,
     * saying how far it got; queued jobs whose file is still there are run.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterRestart() {
        for (ImportJob job : store.withStatus(ImportStatus.RUNNING)) {
            store.finish(job.id(), ImportStatus.FAILED, "interrupted: the server stopped during this import. "
                    + committed(job) + " Upload the file again to import the rest (rows already stored are reported "
                    + "as duplicates).", clock.instant());
            store.storedFile(job.id()).ifPresent(ImportRunner::delete);
            log.warn("Import {} was interrupted by a restart; marked failed at line {}", job.id(), job.lastLine());
        }
        for (ImportJob job : store.withStatus(ImportStatus.QUEUED)) {
            String file = store.storedFile(job.id()).orElse(null);
            if (file != null && Files.exists(Path.of(file))) {
                enqueue(job.id());
            }
            else {
                store.finish(job.id(), ImportStatus.FAILED, "the uploaded file is gone; upload it again",
                        clock.instant());
            }
        }
    }

    /**
     * Stops between batches: the running job is marked failed with how far it got; queued jobs wait for the next
     * start.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
            log.warn("An import was still running at shutdown; it will be marked failed on the next start");
        }
    }

    private static String committed(ImportJob job) {
        return "Rows up to line " + job.lastLine() + " were processed (" + job.rowsOk() + " stored, "
                + job.rowsDuplicate() + " duplicates, " + job.rowsFailed() + " failed).";
    }

    /** Running totals of a job. */
    private static final class Totals {
        long rowsRead;
        long ok;
        long duplicate;
        long failed;
        long errorsStored;
        long errorsDropped;
    }

    private record Pending<T>(long line, String raw, T value) {
    }

    /** What a committed batch changes in the totals; applied only once its transaction has committed. */
    private record Applied(Progress progress, long errorsKept, long errorsDropped) {

        void to(Totals t) {
            t.rowsRead = progress.rowsRead();
            t.ok = progress.ok();
            t.duplicate = progress.duplicate();
            t.failed = progress.failed();
            t.errorsStored += errorsKept;
            t.errorsDropped += errorsDropped;
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    void run(long jobId) {
        if (stopping) {
            return;
        }
        String file = store.storedFile(jobId).orElse(null);
        if (file == null || !store.start(jobId, clock.instant())) {
            return;
        }
        try (CsvReader reader = new CsvReader(Files.newInputStream(Path.of(file)))) {
            ImportJob job = store.find(jobId).orElseThrow();
            CsvHeader header = reader.readHeader();
            importRows(jobId, reader, formats.create(job.kind(), header, jobId, job.startedAt()));
        }
        catch (CsvHeaderException | ImportFormatException ex) {
            store.finish(jobId, ImportStatus.FAILED, ex.getMessage(), clock.instant());
        }
        catch (Exception ex) {
            failed(jobId, ex);
        }
        finally {
            delete(file);
        }
    }

    /** Imports the rows after the header and ends the job: completed, or failed saying how far it got. */
    void importRows(long jobId, CsvReader reader, RowFormat<?> format) {
        Totals totals = new Totals();
        try {
            consume(jobId, reader, format, totals);
            store.finish(jobId, ImportStatus.COMPLETED, summary(totals), clock.instant());
        }
        catch (Stopped ex) {
            store.finish(jobId, ImportStatus.FAILED, "stopped because the server shut down. "
                    + committed(store.find(jobId).orElseThrow()) + " Upload the file again to import the rest "
                    + "(rows already stored are reported as duplicates).", clock.instant());
        }
        catch (Exception ex) {
            failed(jobId, ex);
        }
    }

    private void failed(long jobId, Exception ex) {
        log.error("Import {} failed", jobId, ex);
        try {
            store.finish(jobId, ImportStatus.FAILED, "stopped by an unexpected error (" + ex.getClass().getSimpleName()
                    + "; see the server log). " + committed(store.find(jobId).orElseThrow()), clock.instant());
        }
        catch (RuntimeException again) {
            log.error("Could not mark import {} failed; it will be on the next start", jobId, again);
        }
    }

    private <T> void consume(long jobId, CsvReader reader, RowFormat<T> format, Totals totals) throws IOException {
        List<Pending<T>> values = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long chars = 0;
        long failed = 0;
        long rows = 0;
        long line = 0;
        CsvRecord rec;
        while ((rec = reader.next()) != null) {
            rows++;
            line = rec.line();
            if (rec instanceof CsvRecord.Broken b) {
                failed++;
                errors.add(new RowError(b.line(), b.column(), b.message(), b.raw()));
            }
            else {
                CsvRecord.Row row = (CsvRecord.Row) rec;
                RecordProblems p = new RecordProblems("");
                T value = format.parse(row, p);
                if (value == null || p.any()) {
                    failed++;
                    if (!p.any()) {
                        p.add("", "rejected");
                    }
                    for (var e : p.errors()) {
                        errors.add(new RowError(row.line(), e.field().isEmpty() ? null : e.field(), e.message(),
                                row.raw()));
                    }
                }
                else {
                    values.add(new Pending<>(row.line(), row.raw(), value));
                    chars += row.raw().length();
                }
            }
            if (values.size() >= BATCH_ROWS || errors.size() >= BATCH_ROWS || chars >= BATCH_CHARS) {
                flush(jobId, format, values, errors, rows, failed, reader.bytesRead(), line, totals);
                values = new ArrayList<>();
                errors = new ArrayList<>();
                chars = 0;
                failed = 0;
                rows = 0;
                if (stopping) {
                    throw new Stopped();
                }
            }
        }
        flush(jobId, format, values, errors, rows, failed, reader.bytesRead(), line, totals);
    }

    /**
     * Commits a batch: its records, its errors and the job's progress in one transaction. A lock conflict is
     * retried; a row the database refuses sends the batch through row by row, so the other rows are kept.
     */
    private <T> void flush(long jobId, RowFormat<T> format, List<Pending<T>> values, List<RowError> errors, long rows,
            long failed, long bytes, long line, Totals totals) {
        for (int attempt = 1; ; attempt++) {
            try {
                Applied applied = tx.execute(s -> {
                    List<Recorded> outcomes = values.isEmpty() ? List.of()
                            : format.record(values.stream().map(Pending::value).toList());
                    return commit(jobId, format, values, outcomes, new ArrayList<>(errors), rows, failed, bytes, line,
                            totals);
                });
                applied.to(totals);
                return;
            }
            catch (TransientDataAccessException ex) {
                if (attempt >= 3) {
                    throw ex;
                }
                log.info("Import {}: batch ending at line {} hit {}; retrying", jobId, line,
                        ex.getClass().getSimpleName());
            }
            catch (DataIntegrityViolationException | InvalidInputException | IllegalArgumentException ex) {
                log.info("Import {}: batch ending at line {} refused ({}); storing its rows one by one", jobId, line,
                        NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
                oneByOne(jobId, format, values, errors, rows, failed, bytes, line, totals);
                return;
            }
        }
    }

    private <T> void oneByOne(long jobId, RowFormat<T> format, List<Pending<T>> values, List<RowError> errors,
            long rows, long failed, long bytes, long line, Totals totals) {
        List<Pending<T>> stored = new ArrayList<>();
        List<Recorded> outcomes = new ArrayList<>();
        List<RowError> all = new ArrayList<>(errors);
        long moreFailed = failed;
        for (Pending<T> v : values) {
            try {
                List<Recorded> one = tx.execute(s -> format.record(List.of(v.value())));
                stored.add(v);
                outcomes.add(one.get(0));
            }
            catch (DataIntegrityViolationException | InvalidInputException | IllegalArgumentException ex) {
                moreFailed++;
                String cause = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
                all.add(new RowError(v.line(), null, "could not be stored: "
                        + (cause == null ? ex.getClass().getSimpleName() : cause.lines().findFirst().orElse("")),
                        v.raw()));
            }
        }
        long f = moreFailed;
        tx.execute(s -> commit(jobId, format, stored, outcomes, all, rows, f, bytes, line, totals)).to(totals);
    }

    /** Within the batch's transaction: duplicates into the report, errors stored, progress updated. */
    private <T> Applied commit(long jobId, RowFormat<T> format, List<Pending<T>> values, List<Recorded> outcomes,
            List<RowError> errors, long rows, long failed, long bytes, long line, Totals totals) {
        long ok = 0;
        long duplicate = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).outcome() == Recorded.Outcome.ACCEPTED) {
                ok++;
            }
            else {
                duplicate++;
                Pending<T> v = values.get(i);
                errors.add(new RowError(v.line(), "id", "duplicate: id '" + format.idOf(v.value())
                        + "' is already stored; the row was not stored again", v.raw()));
            }
        }
        errors.sort(Comparator.comparingLong(RowError::line));
        long room = Math.max(0, maxStoredErrors - totals.errorsStored);
        List<RowError> kept = errors.size() <= room ? errors : errors.subList(0, (int) room);
        store.insertErrors(jobId, kept);
        Progress p = new Progress(bytes, totals.rowsRead + rows, totals.ok + ok, totals.duplicate + duplicate,
                totals.failed + failed, line);
        store.progress(jobId, p);
        return new Applied(p, kept.size(), errors.size() - kept.size());
    }

    private String summary(Totals t) {
        String s = t.rowsRead + " rows read: " + t.ok + " stored, " + t.duplicate + " duplicates, " + t.failed
                + " failed.";
        if (t.errorsDropped > 0) {
            s += " The error report lists the first " + maxStoredErrors + " problems; " + t.errorsDropped
                    + " more are not listed.";
        }
        return s;
    }

    private static void delete(String file) {
        try {
            Files.deleteIfExists(Path.of(file));
        }
        catch (IOException ex) {
            log.warn("Could not delete the uploaded file {}", file, ex);
        }
    }
}
