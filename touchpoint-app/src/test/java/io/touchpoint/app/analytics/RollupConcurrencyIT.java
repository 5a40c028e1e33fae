package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.feedback.FeedbackBatchRecorded;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many records of one daily cell committed at once, each recomputing the cell from its own listener: the cell ends
 * with every record counted. (Before the cell lock, a listener that had counted fewer records could write last; the
 * weekly digest test then waited for a count that never came.)
 */
@IntegrationTest
class RollupConcurrencyIT {

    static final int WRITERS = 8;
    static final int EACH = 30;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TouchpointCatalog catalog;

    final String run = UUID.randomUUID().toString().substring(0, 6);

    long insert(long property, Instant at, int nps) {
        return jdbc.sql("""
                insert into feedback (kind, source, external_id, property_id, channel, occurred_at, nps)
                values ('survey', 'test', ?, ?, 'email', ?, ?) returning id""")
                .params(UUID.randomUUID().toString(), property, Timestamp.from(at), nps)
                .query(Long.class).single();
    }

    long cellCount(long property) {
        return jdbc.sql("select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(property)
                .query(Long.class).single();
    }

    @Autowired
    FeedbackRollups rollups;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * The interleaving that lost a count, made to happen: a recomputation (A) starts while another transaction (T) is
     * recomputing the same cell; a second record is committed; T recomputes again, now counting both, and commits;
     * then A goes on. A must not write the one record it could have counted over T's two.
     */
    @Test
    void aRecomputationThatHadToWaitCountsWhatWasCommittedMeanwhile() throws Exception {
        long property = catalog.createProperty("rw-" + run, "Wait Hotel " + run, null, null, null).id();
        Instant day = Instant.parse("2081-05-01T09:00:00Z").plusSeconds(86_400L * Math.floorMod(run.hashCode(), 3000));
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long first = own.execute(s -> insert(property, day, 10));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            own.executeWithoutResult(t -> {
                rollups.refreshCellOf(first);
                Future<?> a = other.submit(() -> rollups.refreshCellOf(first));
                await().atMost(Duration.ofSeconds(20)).until(() -> waiting() > 0);
                long second = own.execute(s -> insert(property, day, 0));
                rollups.refreshCellOf(second);
                assertThat(a).isNotDone();
            });
            other.submit(() -> null).get(); // A has finished
        }
        finally {
            other.shutdownNow();
        }
        assertThat(cellCount(property)).isEqualTo(2);
        assertThat(jdbc.sql("select promoters || '/' || detractors from feedback_daily where property_id = ?")
                .param(property).query(String.class).single()).isEqualTo("1/1");
    }

    /** Backends of this database waiting for a lock while recomputing a cell. */
    long waiting() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                  and (query like '%feedback_daily%' or query like '%pg_advisory_xact_lock%')""")
                .query(Long.class).single();
    }

    @Test
    void concurrentRecomputationsOfOneCellCountEveryRecord() throws Exception {
        long property = catalog.createProperty("rc-" + run, "Race Hotel " + run, null, null, null).id();
        // A day of its own, far ahead, so no other test writes into this cell.
        Instant day = Instant.parse("2071-03-01T09:00:00Z").plusSeconds(86_400L * Math.floorMod(run.hashCode(), 3000));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < EACH; i++) {
                        int nps = (writer + i) % 11;
                        if (i % 10 == 9) {
                            // Now and then a batch of two, as the intake API publishes them.
                            tx.executeWithoutResult(s -> events.publishEvent(new FeedbackBatchRecorded(List.of(
                                    insert(property, day, nps), insert(property, day.plusSeconds(60), nps)))));
                        }
                        else {
                            tx.executeWithoutResult(s -> events.publishEvent(
                                    new FeedbackRecorded(insert(property, day, nps))));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        long expected = (long) WRITERS * (EACH + EACH / 10);
        assertThat(jdbc.sql("select count(*) from feedback where property_id = ?").param(property)
                .query(Long.class).single()).isEqualTo(expected);
        await().atMost(Duration.ofSeconds(60)).until(() -> cellCount(property) == expected);
        // And it stays so once the listeners are done.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> cellCount(property) == expected);
        String promoters = "select promoters from feedback_daily where property_id = ?";
        long actualPromoters = jdbc.sql("select count(*) from feedback where property_id = ? and nps >= 9")
                .param(property).query(Long.class).single();
        assertThat(jdbc.sql(promoters).param(property).query(Long.class).single()).isEqualTo(actualPromoters);
    }
}
