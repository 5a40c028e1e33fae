package io.touchpoint.app.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvReader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the runner commits batches, with a row format whose storing can be made to fail: a batch is all or nothing,
 * a refused row costs only itself, a lock conflict is retried without writing twice, and a crash leaves the job
 * saying how far it got with exactly that much stored.
 */
@IntegrationTest
class ImportRunnerIT {

    @Autowired
    ImportRunner runner;
    @Autowired
    ImportJobStore store;
    @Autowired
    JdbcClient jdbc;

    record Item(long line, String id) {
    }

    /**
     * Stores each row as a "witness" line of another job's error table, inside the batch's transaction, then fails
     * as told: {@code refused} rows break the batch like a constraint would, {@code flaky} once like a deadlock,
     * {@code crash} like a process that dies.
     */
    final class WitnessRows extends RowFormat<Item> {

        final long witness;
        final AtomicInteger flakes = new AtomicInteger();

        WitnessRows(long witness) {
            this.witness = witness;
        }

        @Override
        Item parse(CsvRecord.Row row, RecordProblems p) {
            String id = Columns.value(row, 0);
            if (id.startsWith("invalid")) {
                p.add("id", "invalid on purpose");
                return null;
            }
            return new Item(row.line(), id);
        }

        @Override
        List<Recorded> record(List<Item> items) {
            store.insertErrors(witness, items.stream().map(i -> new RowError(i.line(), null, "stored", i.id())).toList());
            if (items.stream().anyMatch(i -> i.id().equals("crash"))) {
                throw new IllegalStateException("the process died");
            }
            if (items.stream().anyMatch(i -> i.id().equals("flaky")) && flakes.getAndIncrement() == 0) {
                throw new CannotAcquireLockException("deadlock detected");
            }
            if (items.stream().anyMatch(i -> i.id().equals("refused"))) {
                throw new DataIntegrityViolationException("value violates a check constraint");
            }
            return items.stream().map(i -> new Recorded(i.id(), i.id().startsWith("dup")
                    ? Recorded.Outcome.DUPLICATE : Recorded.Outcome.ACCEPTED, 1L)).toList();
        }

        @Override
        String idOf(Item item) {
            return item.id();
        }
    }

    private static CsvReader file(int rows, Map<Integer, String> special) throws Exception {
        StringBuilder sb = new StringBuilder("id\n");
        for (int i = 0; i < rows; i++) {
            sb.append(special.getOrDefault(i, "r-" + i)).append('\n');
        }
        CsvReader reader = new CsvReader(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
        reader.readHeader();
        return reader;
    }

    private long job(ImportStatus status) {
        return store.create(ImportKind.INTERACTIONS, "witness.csv", status, 1, List.of(), null, "it", null,
                Instant.now());
    }

    private List<String> witnessed(long witness) {
        return jdbc.sql("select raw from import_row_error where job_id = ? order by row_number").param(witness)
                .query(String.class).list();
    }

    @Test
    void aRefusedRowCostsOnlyItselfAndALockConflictIsRetriedWithoutWritingTwice() throws Exception {
        long witness = job(ImportStatus.FAILED);
        long id = job(ImportStatus.RUNNING);
        CsvReader reader = file(2_500, Map.of(10, "dup-10", 20, "invalid-20", 700, "flaky", 1700, "refused"));

        runner.importRows(id, reader, new WitnessRows(witness));

        ImportJob job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(job.rowsRead()).isEqualTo(2_500);
        assertThat(job.rowsOk()).isEqualTo(2_497);
        assertThat(job.rowsDuplicate()).isEqualTo(1);
        assertThat(job.rowsFailed()).isEqualTo(2);
        List<String> stored = witnessed(witness);
        assertThat(stored).doesNotHaveDuplicates().hasSize(2_498).contains("flaky", "dup-10")
                .doesNotContain("refused", "invalid-20");
        assertThat(store.firstErrors(id, 10)).extracting(e -> e.line() + " " + e.field() + " " + e.message())
                .containsExactly("12 id duplicate: id 'dup-10' is already stored; the row was not stored again",
                        "22 id invalid on purpose",
                        "1702 null could not be stored: value violates a check constraint");
    }

    @Test
    void aCrashMidImportLeavesExactlyTheCommittedBatchesAndSaysHowFarItGot() throws Exception {
        long witness = job(ImportStatus.FAILED);
        long id = job(ImportStatus.RUNNING);
        CsvReader reader = file(2_500, Map.of(2_100, "crash"));

        runner.importRows(id, reader, new WitnessRows(witness));

        ImportJob job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("Rows up to line 2001 were processed (2000 stored, 0 duplicates, 0 failed)");
        assertThat(job.rowsOk()).isEqualTo(2_000);
        assertThat(job.lastLine()).isEqualTo(2_001);
        assertThat(witnessed(witness)).as("the third batch rolled back whole").hasSize(2_000).doesNotContain("crash");
    }
}
