package io.touchpoint.app.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions of work done after a request was answered commit without waiting for PostgreSQL to flush the WAL
 * ({@code synchronous_commit = off} for that transaction only).
 *
 * <p>That work is what application-module listeners do on the task executor: recompute a rollup cell, analyse a
 * comment, move a merged customer's feedback, and the event registry's own bookkeeping around each of them (marking
 * the publication processing, then completed). Every piece is derived from data that was already committed durably by
 * the request, and replaying it changes nothing. If the server crashes within the WAL writer's delay (well under a
 * second), the newest of these commits are lost together with everything after them in WAL order; the event
 * publication then still reads incomplete and is republished at start-up ({@code republish-outstanding-events-on-restart}).
 * What a person submitted (a survey answer, an event, an import row) keeps committing synchronously.
 *
 * <p>Why: with two listeners per completed survey response, each listener costs three commits (mark processing,
 * its own work, mark completed). Waiting for six WAL flushes in the background made the respondents' own commits
 * queue behind them (JFR: more time in background commits than in all request threads' database calls).
 */
@Configuration(proxyBeanMethods = false)
public class BackgroundCommits {

    private static final ThreadLocal<Boolean> BACKGROUND = new ThreadLocal<>();

    /** Whether the current thread is running background work (a task decorated by {@link #backgroundTasks()}). */
    public static boolean active() {
        return Boolean.TRUE.equals(BACKGROUND.get());
    }

    /** Applied by Spring Boot to the application task executor, which runs the module listeners. */
    @Bean
    TaskDecorator backgroundTasks() {
        return task -> () -> {
            BACKGROUND.set(Boolean.TRUE);
            try {
                task.run();
            }
            finally {
                BACKGROUND.remove();
            }
        };
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource) {
            @Override
            protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
                    throws SQLException {
                super.prepareTransactionalConnection(con, definition);
                if (active() && !definition.isReadOnly()) {
                    try (Statement s = con.createStatement()) {
                        s.execute("set local synchronous_commit = off");
                    }
                }
            }
        };
    }
}
