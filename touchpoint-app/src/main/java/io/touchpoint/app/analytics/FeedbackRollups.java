package io.touchpoint.app.analytics;

import io.touchpoint.app.feedback.FeedbackBatchRecorded;
import io.touchpoint.app.feedback.FeedbackRecorded;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code feedback_daily} up to date. Each new record causes its cell to be recomputed from the raw records of
 * that day and those dimensions, so a replayed or duplicated event changes nothing.
 *
 * <p>Listeners run concurrently, and two of them may recompute the same cell: one that read the day's records before
 * another record was committed would otherwise write its older count over the newer one. So a recomputation first
 * takes a transaction-scoped advisory lock on its cell (the cells of a batch in ascending key order, so two batches
 * never wait on each other in a cycle). Under read committed the statement after the lock sees every record whose own
 * recomputation went before, so the last writer of a cell has counted them all.
 */
@Component
public class FeedbackRollups {

    /** The first key of this class's two-key advisory locks, apart from other modules' locks. */
    static final int LOCK_SPACE = 0x74706431; // "tpd1"

    private final JdbcClient jdbc;
    private final ProfileRollups profiles;

    FeedbackRollups(JdbcClient jdbc, ProfileRollups profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    @ApplicationModuleListener
    void on(FeedbackRecorded event) {
        refreshCellOf(event.feedbackId());
    }

    /** A batch: each daily cell its rows touch is recomputed once, in one transaction. */
    @ApplicationModuleListener
    void on(FeedbackBatchRecorded event) {
        List<Cell> cells = jdbc.sql("""
                select distinct (occurred_at at time zone 'UTC')::date, kind, coalesce(property_id, 0),
                       coalesce(touchpoint_id, 0), coalesce(stage_id, 0), coalesce(channel, '')
                from feedback where id = any(?::bigint[])""")
                .param(event.feedbackIds().toArray(Long[]::new))
                .query(FeedbackRollups::cell)
                .list();
        lock(cells);
        cells.forEach(this::refresh);
    }

    @Transactional
    public void refreshCellOf(long feedbackId) {
        jdbc.sql("""
                select (occurred_at at time zone 'UTC')::date, kind, coalesce(property_id, 0), coalesce(touchpoint_id, 0),
                       coalesce(stage_id, 0), coalesce(channel, '') from feedback where id = ?""")
                .param(feedbackId)
                .query(FeedbackRollups::cell)
                .optional()
                .ifPresent(c -> {
                    lock(List.of(c));
                    refresh(c);
                });
    }

    /** A cell of the daily rollup; 0 and '' stand for "none". */
    record Cell(LocalDate day, String kind, long property, long touchpoint, long stage, String channel) {

        String key() {
            return day + "|" + kind + "|" + property + "|" + touchpoint + "|" + stage + "|" + channel;
        }
    }

    private static Cell cell(ResultSet rs, int row) throws SQLException {
        return new Cell(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getString(6));
    }

    /** Advisory locks on the cells, in ascending key order; held until the transaction ends. */
    private void lock(List<Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        jdbc.sql("""
                select count(pg_advisory_xact_lock(?, k)) from (
                  select distinct hashtext(c) as k from unnest(?::text[]) c order by 1) s""")
                .params(LOCK_SPACE, cells.stream().map(Cell::key).toArray(String[]::new))
                .query(Long.class).single();
    }

    private void refresh(Cell c) {
        int written = jdbc.sql(UPSERT + """
                where occurred_at >= ?::date and occurred_at < ?::date + 1 and kind = ?
                  and coalesce(property_id, 0) = ? and coalesce(touchpoint_id, 0) = ? and coalesce(stage_id, 0) = ?
                  and coalesce(channel, '') = ?
                group by 1, 2, 3, 4, 5, 6
                """ + ON_CONFLICT)
                .params(Date.valueOf(c.day()), Date.valueOf(c.day()), c.kind(), c.property(), c.touchpoint(),
                        c.stage(), c.channel()).update();
        if (written == 0) {
            jdbc.sql("""
                    delete from feedback_daily where day = ? and kind = ? and property_id = ? and touchpoint_id = ?
                      and stage_id = ? and channel = ?""")
                    .params(Date.valueOf(c.day()), c.kind(), c.property(), c.touchpoint(), c.stage(), c.channel())
                    .update();
        }
    }

    /**
     * Recomputes every cell of a period, e.g. after a bulk load, and the profile rollup of the months it touches.
     * Returns the number of daily cells written.
     */
    @Transactional
    public int rebuild(LocalDate from, LocalDate toInclusive) {
        // Waits for recomputations under way and holds new ones until this commits; they then start from its result.
        jdbc.sql("lock table feedback_daily in share row exclusive mode").update();
        jdbc.sql("delete from feedback_daily where day between ? and ?")
                .params(Date.valueOf(from), Date.valueOf(toInclusive)).update();
        int cells = jdbc.sql(UPSERT + """
                where occurred_at >= ?::date and occurred_at < ?::date + 1
                group by 1, 2, 3, 4, 5, 6
                """ + ON_CONFLICT).params(Date.valueOf(from), Date.valueOf(toInclusive)).update();
        profiles.rebuild(from, toInclusive);
        return cells;
    }

    /** rating_sum (normalised ratings, kept for the daily cells' own use) comes after the shared statistics. */
    private static final String UPSERT = "insert into feedback_daily (day, kind, property_id, touchpoint_id, stage_id, "
            + "channel, " + RollupSql.SUFFICIENT_COLUMNS + ", rating_sum)\n"
            + """
            select (f.occurred_at at time zone 'UTC')::date, f.kind, coalesce(f.property_id, 0),
                   coalesce(f.touchpoint_id, 0), coalesce(f.stage_id, 0), coalesce(f.channel, ''),
            """ + RollupSql.SUFFICIENT_STATISTICS + """
            , coalesce(sum(f.rating), 0)
            from feedback f
            """;

    private static final String ON_CONFLICT = """
            on conflict (day, kind, property_id, touchpoint_id, stage_id, channel) do update set
              n = excluded.n, nps_n = excluded.nps_n, detractors = excluded.detractors, passives = excluded.passives,
              promoters = excluded.promoters, csat_n = excluded.csat_n, csat_sum = excluded.csat_sum,
              csat_sumsq = excluded.csat_sumsq, csat_top2 = excluded.csat_top2, ces_n = excluded.ces_n,
              ces_sum = excluded.ces_sum, ces_sumsq = excluded.ces_sumsq, ces_easy = excluded.ces_easy,
              rating_n = excluded.rating_n, rating_sum = excluded.rating_sum,
              rating_pct_sum = excluded.rating_pct_sum, rating_pct_sumsq = excluded.rating_pct_sumsq,
              rating_favourable = excluded.rating_favourable
            """;
}
