package io.touchpoint.app.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code feedback_monthly_profile} (feedback by customer attribute, per month) up to date. Database triggers
 * mark a cell stale in the same transaction as whatever changed it: new or moved feedback, an edited profile or
 * segment (migration V6_2). This job recomputes stale cells from the raw records and clears their marks in one
 * transaction, so a cell is never half-written and recomputing it again changes nothing. Readers count a stale cell
 * from the raw records ({@link FeedbackMetrics}), so breakdowns are exact while the job catches up.
 */
@Component
public class ProfileRollups {

    private static final Logger log = LoggerFactory.getLogger(ProfileRollups.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ProfileRollups(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A cell of the rollup; 0 and '' stand for "none", as in {@code feedback_daily}. */
    record Cell(LocalDate month, String kind, long property, long touchpoint, long stage, String channel) {
    }

    /** Recomputes every stale cell, a batch per transaction. Returns the number of cells recomputed. */
    @Scheduled(fixedDelayString = "${touchpoint.analytics.profile-rollup-delay:PT1M}",
            initialDelayString = "${touchpoint.analytics.profile-rollup-delay:PT1M}")
    public int refreshStale() {
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

    private int refreshBatch() {
        record Mark(long id, Cell cell) {
        }
        List<Mark> marks = jdbc.sql("""
                select id, month, kind, property_id, touchpoint_id, stage_id, channel
                from feedback_profile_stale order by id limit ?""")
                .param(BATCH)
                .query((rs, i) -> new Mark(rs.getLong(1), new Cell(rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getString(7))))
                .list();
        Set<Cell> cells = new LinkedHashSet<>();
        marks.forEach(m -> cells.add(m.cell()));
        for (Cell c : cells) {
            recompute(c);
        }
        // Exactly the marks read, not a range: a mark committed meanwhile stays for the next round.
        jdbc.sql("delete from feedback_profile_stale where id = any(?)")
                .param(marks.stream().mapToLong(Mark::id).boxed().toArray(Long[]::new)).update();
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
                """ + ON_CONFLICT)
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
        Integer written = tx.execute(status -> {
            // The marks seen now are settled by the pass below; marks committed after it stay for the job.
            Long[] marks = jdbc.sql("select id from feedback_profile_stale where month >= ? and month < ?")
                    .params(Date.valueOf(first), Date.valueOf(end)).query(Long.class).list().toArray(Long[]::new);
            jdbc.sql("delete from feedback_monthly_profile where month >= ? and month < ?")
                    .params(Date.valueOf(first), Date.valueOf(end)).update();
            int rows = jdbc.sql(INSERT + """
                    where f.occurred_at >= (?::date)::timestamp at time zone 'UTC'
                      and f.occurred_at < (?::date)::timestamp at time zone 'UTC'
                    group by 1, 2, 3, 4, 5, 6, 7, 8
                    """ + ON_CONFLICT).params(Date.valueOf(first), Date.valueOf(end)).update();
            jdbc.sql("delete from feedback_profile_stale where id = any(?)").param(marks).update();
            return rows;
        });
        return written == null ? 0 : written;
    }

    /**
     * A record counts once per dimension under its customer's current value; the age band is the age in the
     * record's (UTC) year, bucketed as {@link FeedbackMetrics} does for the raw records.
     */
    private static final String INSERT = """
            insert into feedback_monthly_profile (month, kind, property_id, touchpoint_id, stage_id, channel, dimension,
                value, n, nps_n, detractors, passives, promoters, csat_n, csat_sum, csat_sumsq, csat_top2, ces_n,
                ces_sum, ces_sumsq, ces_easy)
            select date_trunc('month', f.occurred_at at time zone 'UTC')::date, f.kind, coalesce(f.property_id, 0),
                   coalesce(f.touchpoint_id, 0), coalesce(f.stage_id, 0), coalesce(f.channel, ''), d.dimension, d.value,
                   count(*), count(f.nps), count(*) filter (where f.nps <= 6),
                   count(*) filter (where f.nps between 7 and 8), count(*) filter (where f.nps >= 9),
                   count(f.csat), coalesce(sum(f.csat), 0), coalesce(sum(f.csat * f.csat), 0),
                   count(*) filter (where f.csat >= 4),
                   count(f.ces), coalesce(sum(f.ces), 0), coalesce(sum(f.ces * f.ces), 0),
                   count(*) filter (where f.ces >= 5)
            from feedback f
            left join customer c on c.id = f.customer_id
            left join customer_attribute a on a.customer_id = f.customer_id and a.name = 'segment'
            cross join lateral (values
                ('age_band', coalesce((array['0-17','18-24','25-34','35-44','45-54','55-64','65+'])
                    [width_bucket(extract(year from f.occurred_at at time zone 'UTC')::int - c.birth_year,
                                  array[18,25,35,45,55,65]) + 1], 'unknown')),
                ('gender', coalesce(c.gender, 'unknown')),
                ('income_band', coalesce(c.income_band, 'unknown')),
                ('country', coalesce(c.country, 'unknown')),
                ('segment', coalesce(a.value, 'unknown'))) d (dimension, value)
            """;

    private static final String ON_CONFLICT = """
            on conflict (month, kind, property_id, touchpoint_id, stage_id, channel, dimension, value) do update set
              n = excluded.n, nps_n = excluded.nps_n, detractors = excluded.detractors, passives = excluded.passives,
              promoters = excluded.promoters, csat_n = excluded.csat_n, csat_sum = excluded.csat_sum,
              csat_sumsq = excluded.csat_sumsq, csat_top2 = excluded.csat_top2, ces_n = excluded.ces_n,
              ces_sum = excluded.ces_sum, ces_sumsq = excluded.ces_sumsq, ces_easy = excluded.ces_easy
            """;
}
