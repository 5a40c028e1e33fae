package io.touchpoint.app.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code feedback_monthly_profile} (feedback by customer attribute, per month) up to date. Database triggers
 * mark a cell stale in the same transaction as whatever changed it: new or moved feedback, an edited profile or
 * segment (migration V6_2). This job recomputes stale cells from the raw records and clears their marks in one
 * repeatable-read transaction, so a cell is never half-written, no change is lost, and recomputing it again changes
 * nothing. Readers count a stale cell
 * from the raw records ({@link FeedbackMetrics}), so breakdowns are exact while the job catches up.
 */
@Component
public class ProfileRollups {

    private static final Logger log = LoggerFactory.getLogger(ProfileRollups.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    /** The job and a rebuild both delete marks; one at a time (one application instance per database). */
    private final ReentrantLock writer = new ReentrantLock();

    ProfileRollups(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // Repeatable read: the marks a transaction clears are exactly those its snapshot saw, and the raw records it
        // recomputes from are from that same snapshot. A change committed meanwhile keeps its own mark for next time.
        // A transaction of its own even when called inside another.
        this.tx = new TransactionTemplate(transactions);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A cell of the rollup; 0 and '' stand for "none", as in {@code feedback_daily}. */
    record Cell(LocalDate month, String kind, long property, long touchpoint, long stage, String channel) {
    }

    /** Recomputes every stale cell, a batch of cells per transaction. Returns the number of cells recomputed. */
    @Scheduled(fixedDelayString = "${touchpoint.analytics.profile-rollup-delay:PT1M}",
            initialDelayString = "${touchpoint.analytics.profile-rollup-delay:PT1M}")
    public int refreshStale() {
        writer.lock();
        try {
            int cells = 0;
            int done;
            do {
                done = tx.execute(status -> refreshBatch());
                cells += done;
            } while (done > 0);
            if (cells > 0) {
                log.debug("Recomputed {} stale profile rollup cells", cells);
            }
            return cells;
        }
        finally {
            writer.unlock();
        }
    }

    private int refreshBatch() {
        // A cell may carry many marks (every change marks it); it is recomputed once.
        List<Cell> cells = jdbc.sql("""
                select distinct month, kind, property_id, touchpoint_id, stage_id, channel
                from feedback_profile_stale order by 1, 2, 3, 4, 5, 6 limit ?""")
                .param(BATCH)
                .query((rs, i) -> new Cell(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6)))
                .list();
        for (Cell c : cells) {
            recompute(c);
            jdbc.sql("""
                    delete from feedback_profile_stale where month = ? and kind = ? and property_id = ?
                      and touchpoint_id = ? and stage_id = ? and channel = ?""")
                    .params(Date.valueOf(c.month()), c.kind(), c.property(), c.touchpoint(), c.stage(), c.channel())
                    .update();
        }
        return cells.size();
    }

    private void recompute(Cell c) {
        jdbc.sql("""
                delete from feedback_monthly_profile where month = ? and kind = ? and property_id = ?
                  and touchpoint_id = ? and stage_id = ? and channel = ?""")
                .params(Date.valueOf(c.month()), c.kind(), c.property(), c.touchpoint(), c.stage(), c.channel())
                .update();
        // The touchpoint's index (touchpoint_id, occurred_at) finds the month's records of the cell.
        String touchpoint = c.touchpoint() == 0 ? "f.touchpoint_id is null and 0 = ?" : "f.touchpoint_id = ?";
        jdbc.sql(INSERT + """
                where f.occurred_at >= (?::date)::timestamp at time zone 'UTC'
                  and f.occurred_at < ((?::date) + interval '1 month') at time zone 'UTC'
                  and f.kind = ? and coalesce(f.property_id, 0) = ? and\s""" + touchpoint + """
                 and coalesce(f.stage_id, 0) = ? and coalesce(f.channel, '') = ?
                group by 1, 2, 3, 4, 5, 6, 7, 8
                """)
                .params(Date.valueOf(c.month()), Date.valueOf(c.month()), c.kind(), c.property(), c.touchpoint(),
                        c.stage(), c.channel())
                .update();
    }

    /**
     * Recomputes every month from {@code from}'s to {@code toInclusive}'s in one pass over the raw records, e.g. after
     * a bulk load. Returns the number of rollup rows written.
     */
    public int rebuild(LocalDate from, LocalDate toInclusive) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate end = toInclusive.withDayOfMonth(1).plusMonths(1);
        writer.lock();
        try {
            Integer written = tx.execute(status -> {
                jdbc.sql("delete from feedback_monthly_profile where month >= ? and month < ?")
                        .params(Date.valueOf(first), Date.valueOf(end)).update();
                int rows = jdbc.sql(INSERT + """
                        where f.occurred_at >= (?::date)::timestamp at time zone 'UTC'
                          and f.occurred_at < (?::date)::timestamp at time zone 'UTC'
                        group by 1, 2, 3, 4, 5, 6, 7, 8
                        """).params(Date.valueOf(first), Date.valueOf(end)).update();
                jdbc.sql("delete from feedback_profile_stale where month >= ? and month < ?")
                        .params(Date.valueOf(first), Date.valueOf(end)).update();
                return rows;
            });
            return written == null ? 0 : written;
        }
        finally {
            writer.unlock();
        }
    }

    /**
     * A record counts once per dimension under its customer's current value; the age band is the age in the
     * record's (UTC) year, bucketed as {@link FeedbackMetrics} does for the raw records.
     */
    private static final String INSERT = "insert into feedback_monthly_profile (month, kind, property_id, "
            + "touchpoint_id, stage_id, channel, dimension, value, " + RollupSql.SUFFICIENT_COLUMNS + ")\n"
            + """
            select date_trunc('month', f.occurred_at at time zone 'UTC')::date, f.kind, coalesce(f.property_id, 0),
                   coalesce(f.touchpoint_id, 0), coalesce(f.stage_id, 0), coalesce(f.channel, ''), d.dimension, d.value,
            """ + RollupSql.SUFFICIENT_STATISTICS + """

            from feedback f
            left join customer c on c.id = f.customer_id
            left join customer_attribute a on a.customer_id = f.customer_id and a.name = 'segment'
            cross join lateral (values
                ('age_band', """ + RollupSql.ageBand(
                    "extract(year from f.occurred_at at time zone 'UTC')::int - c.birth_year") + """
            ),
                ('gender', coalesce(c.gender, 'unknown')),
                ('income_band', coalesce(c.income_band, 'unknown')),
                ('country', coalesce(c.country, 'unknown')),
                ('segment', coalesce(a.value, 'unknown'))) d (dimension, value)
            """;
}
