package io.touchpoint.app.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener's work that failed is done again by the retry job, from the event registry; one that has failed too
 * often is left alone. Completed publications are deleted after a week.
 */
@IntegrationTest
class FailedEventRetryIT {

    @Autowired
    FailedEventRetry retry;
    @Autowired
    CompletedEventPurge purge;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TouchpointCatalog catalog;

    final String run = UUID.randomUUID().toString().substring(0, 6);

    long cell(long property) {
        return jdbc.sql("select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(property)
                .query(Long.class).single();
    }

    String status(UUID publication) {
        return jdbc.sql("select status from event_publication where id = ?").param(publication)
                .query(String.class).single();
    }

    /** A survey answer of the property, announced as the intake does; returns its id. */
    long record(long property, String externalId, int nps, String day) {
        return tx.execute(s -> {
            long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, property_id, channel, occurred_at, nps)
                    values ('survey', 'test', ?, ?, 'email', ?, ?) returning id""")
                    .params(externalId, property, Timestamp.from(Instant.parse(day + "T10:00:00Z")), nps)
                    .query(Long.class).single();
            events.publishEvent(new FeedbackRecorded(id));
            return id;
        });
    }

    /** The registry's publication of the rollup listener for one feedback record. */
    UUID rollupPublicationOf(long feedback) {
        return jdbc.sql("""
                select id from event_publication
                where listener_id like '%FeedbackRollups%' and event_type like '%FeedbackRecorded'
                  and serialized_event::jsonb ->> 'feedbackId' = ?""")
                .param(Long.toString(feedback)).query(UUID.class).single();
    }

    @Test
    void aFailedRollupIsRecomputedByTheRetryAndAnExhaustedOneIsNot() {
        long property = catalog.createProperty("fr-" + run, "Retry Hotel " + run, null, null, null).id();
        long feedback = record(property, "fr-" + run, 9, "2026-06-03");
        await().atMost(Duration.ofSeconds(20)).until(() -> cell(property) == 1);
        UUID publication = rollupPublicationOf(feedback);
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(publication)));

        // As if the recomputation had failed: no cell, the publication failed after its first attempt.
        jdbc.sql("delete from feedback_daily where property_id = ?").param(property).update();
        jdbc.sql("""
                update event_publication set status = 'FAILED', completion_date = null, completion_attempts = 1
                where id = ?""").param(publication).update();
        assertThat(retry.retryFailed()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> cell(property) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(publication)));

        // Failed as often as allowed: left for someone to look at, not retried every minute.
        jdbc.sql("delete from feedback_daily where property_id = ?").param(property).update();
        jdbc.sql("""
                update event_publication set status = 'FAILED', completion_date = null, completion_attempts = 5
                where id = ?""").param(publication).update();
        retry.retryFailed();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> cell(property) == 0);
        assertThat(status(publication)).isEqualTo("FAILED");
        // Tidy up: no other test should find this one failed.
        jdbc.sql("update event_publication set status = 'COMPLETED', completion_date = now() where id = ?")
                .param(publication).update();
    }

    @Test
    void completedPublicationsAreDeletedAfterAWeekAndFailedOnesAreKept() {
        long property = catalog.createProperty("fp-" + run, "Purge Hotel " + run, null, null, null).id();
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = record(property, "fp-" + run + "-" + i, 7, "2026-06-04");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> cell(property) == 3);
        UUID old = rollupPublicationOf(ids[0]);
        UUID recent = rollupPublicationOf(ids[1]);
        UUID failedLongAgo = rollupPublicationOf(ids[2]);
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(old))
                && "COMPLETED".equals(status(recent)) && "COMPLETED".equals(status(failedLongAgo)));
        jdbc.sql("update event_publication set completion_date = now() - interval '8 days' where id = ?")
                .param(old).update();
        jdbc.sql("""
                update event_publication set status = 'FAILED', completion_date = null, completion_attempts = 5,
                  publication_date = now() - interval '30 days' where id = ?""").param(failedLongAgo).update();

        purge.purge();

        assertThat(jdbc.sql("select count(*) from event_publication where id = ?").param(old).query(Long.class)
                .single()).isZero();
        assertThat(status(recent)).isEqualTo("COMPLETED");
        assertThat(status(failedLongAgo)).isEqualTo("FAILED");
        jdbc.sql("update event_publication set status = 'COMPLETED', completion_date = now() where id = ?")
                .param(failedLongAgo).update();
    }
}
