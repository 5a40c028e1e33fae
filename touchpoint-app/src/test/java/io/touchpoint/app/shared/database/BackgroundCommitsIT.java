package io.touchpoint.app.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.IntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Background work commits without waiting for the WAL flush; everything else keeps synchronous commits. */
@IntegrationTest
class BackgroundCommitsIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier("applicationTaskExecutor")
    AsyncTaskExecutor tasks;

    private String settingInTransaction(boolean readOnly) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(readOnly);
        return tx.execute(s -> jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single());
    }

    @Test
    void listenerTransactionsCommitAsynchronouslyAndRequestTransactionsDoNot() throws Exception {
        assertThat(settingInTransaction(false)).isEqualTo("on");
        CompletableFuture<String> background = CompletableFuture.supplyAsync(() -> settingInTransaction(false), tasks);
        assertThat(background.get(30, TimeUnit.SECONDS)).isEqualTo("off");
        // Only for the transaction: the pooled connection goes back as it was.
        CompletableFuture<String> after = CompletableFuture.supplyAsync(
                () -> jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single(), tasks);
        assertThat(after.get(30, TimeUnit.SECONDS)).isEqualTo("on");
        assertThat(settingInTransaction(false)).isEqualTo("on");
        assertThat(BackgroundCommits.active()).isFalse();
    }
}
