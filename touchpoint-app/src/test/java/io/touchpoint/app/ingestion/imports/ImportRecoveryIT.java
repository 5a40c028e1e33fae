package io.touchpoint.app.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a restart does to imports the previous process left behind. */
@IntegrationTest
class ImportRecoveryIT {

    @Autowired
    ImportJobStore store;
    @Autowired
    ImportRunner runner;
    @Autowired
    JdbcClient jdbc;
    @Value("${touchpoint.data-dir}")
    Path dataDir;
    String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void marksAnInterruptedImportFailedSayingHowFarItGotAndRunsQueuedOnes() throws Exception {
        // The process died after committing the batches up to line 2001 of a running import.
        long interrupted = store.create(ImportKind.TRANSACTIONS, "big.csv", ImportStatus.RUNNING, 9_000_000, List.of(),
                null, "it", null, Instant.now());
        store.progress(interrupted, new ImportJobStore.Progress(4_000_000, 2000, 1990, 4, 6, 2001));
        // A queued job whose file survived, and one whose file did not.
        Path file = dataDir.toAbsolutePath().resolve("imports").resolve("upload-recovery-" + run + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "email,first_name\nrecovered." + run + "@example.com,Rae\n", StandardCharsets.UTF_8);
        long waiting = store.create(ImportKind.CUSTOMERS, "waiting.csv", ImportStatus.QUEUED, Files.size(file),
                List.of(), null, "it", file.toString(), Instant.now());
        long orphan = store.create(ImportKind.CUSTOMERS, "gone.csv", ImportStatus.QUEUED, 10, List.of(), null, "it",
                file.resolveSibling("no-such-file-" + run + ".csv").toString(), Instant.now());

        runner.resumeAfterRestart();

        ImportJob failed = store.find(interrupted).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.message()).startsWith("interrupted: the server stopped during this import.")
                .contains("Rows up to line 2001 were processed (1990 stored, 4 duplicates, 6 failed)");
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(failed.rowsOk()).as("progress stays as committed").isEqualTo(1990);

        assertThat(store.find(orphan).orElseThrow().message()).contains("gone");
        await().atMost(Duration.ofSeconds(60)).until(() -> store.find(waiting).orElseThrow().finished());
        ImportJob done = store.find(waiting).orElseThrow();
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.rowsOk()).isEqualTo(1);
        assertThat(Files.exists(file)).as("the upload is deleted once imported").isFalse();
        assertThat(jdbc.sql("select count(*) from customer_identity where value = ?")
                .param("recovered." + run + "@example.com").query(Long.class).single()).isEqualTo(1);
    }
}
