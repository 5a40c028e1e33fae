package io.touchpoint.app.shared.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the module listeners' work that failed: a rollup cell, a comment's analysis, a merged customer's feedback.
 * A listener that throws (a dropped connection, a deadlock the database broke, the pool exhausted for too long)
 * leaves its event publication marked failed in the registry; without this the work would wait for the next restart
 * ({@code republish-outstanding-events-on-restart}) and the figures stay stale meanwhile. Every listener's work is
 * recomputed from committed data, so running it again is safe.
 *
 * <p>A publication that keeps failing is given up after {@code touchpoint.events.retry-attempts} attempts (default 5)
 * and stays in the registry, logged, for someone to look at; a restart tries it once more.
 */
@Component
public class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final int attempts;
    private int exhaustedBefore;

    FailedEventRetry(FailedEventPublications failed, JdbcClient jdbc,
            @Value("${touchpoint.events.retry-attempts:5}") int attempts) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.attempts = attempts;
    }

    /** Resubmits the failed publications that have attempts left; returns how many were resubmitted. */
    @Scheduled(fixedDelayString = "${touchpoint.events.retry-delay:PT1M}",
            initialDelayString = "${touchpoint.events.retry-delay:PT1M}")
    public synchronized int retryFailed() {
        int resubmitted = 0;
        Counts counts = counts();
        // The registry hands them over in batches of 100; a long outage may have left many.
        for (int batch = 0; batch < 100 && counts.due() > 0; batch++) {
            if (batch == 0) {
                log.info("Retrying {} failed background task(s)", counts.due());
            }
            failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> p.getCompletionAttempts() < attempts));
            Counts after = counts();
            resubmitted += counts.due() - after.due();
            if (after.due() >= counts.due()) {
                break;
            }
            counts = after;
        }
        if (counts.exhausted() > 0 && counts.exhausted() != exhaustedBefore) {
            log.warn("{} background task(s) failed {} times and are no longer retried until the next restart; "
                    + "see the log above for their errors (table event_publication, status FAILED)",
                    counts.exhausted(), attempts);
        }
        exhaustedBefore = counts.exhausted();
        return resubmitted;
    }

    private record Counts(int due, int exhausted) {
    }

    private Counts counts() {
        return jdbc.sql("""
                select count(*) filter (where coalesce(completion_attempts, 0) < ?),
                       count(*) filter (where coalesce(completion_attempts, 0) >= ?)
                from event_publication where status = 'FAILED' and completion_date is null""")
                .params(attempts, attempts).query((rs, i) -> new Counts(rs.getInt(1), rs.getInt(2))).single();
    }
}
