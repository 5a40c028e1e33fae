package io.touchpoint.app.demo.internal;

import io.touchpoint.app.demo.DemoLoadReport;
import io.touchpoint.app.demo.DemoLoadReport.Outcome;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one-row record in {@code demo_load} of whether, when and with what result the demo was loaded. */
@Component
public class DemoLoadLog {

    /** @param report the stored totals, present once the load finished */
    public record Entry(long seed, LocalDate anchorDate, boolean loaded, DemoLoadReport report) {
    }

    private final JdbcClient jdbc;

    DemoLoadLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> find() {
        return jdbc.sql("""
                select seed, anchor_date, status, guests, profiles, events, bookings, stays, cancellations, merges,
                       consents, preferences, attributes, load_millis
                from demo_load where id = 1""")
                .query((rs, i) -> {
                    LocalDate anchor = rs.getDate("anchor_date").toLocalDate();
                    boolean loaded = rs.getString("status").equals("loaded");
                    DemoLoadReport report = loaded ? new DemoLoadReport(Outcome.ALREADY_LOADED, anchor,
                            DemoCatalogue.PROPERTIES, DemoCatalogue.TOUCHPOINTS, rs.getInt("guests"),
                            rs.getInt("profiles"), rs.getLong("events"), rs.getInt("bookings"), rs.getInt("stays"),
                            rs.getInt("cancellations"), rs.getInt("merges"), rs.getInt("consents"),
                            rs.getInt("preferences"), rs.getInt("attributes"),
                            Duration.ofMillis(rs.getLong("load_millis"))) : null;
                    return new Entry(rs.getLong("seed"), anchor, loaded, report);
                })
                .optional();
    }

    /**
     * Starts a load, or finds the one that was started before (which then wins: an interrupted load resumes with
     * its own seed and date).
     */
    public Entry claim(long seed, LocalDate anchorDate) {
        jdbc.sql("""
                insert into demo_load (id, seed, anchor_date, status) values (1, ?, ?, 'loading')
                on conflict do nothing""")
                .params(seed, Date.valueOf(anchorDate)).update();
        return find().orElseThrow();
    }

    /** Runs in the transaction that writes the last part of the data, so "loaded" means all of it is there. */
    public void complete(DemoLoadReport r) {
        jdbc.sql("""
                update demo_load set status = 'loaded', finished_at = now(), guests = ?, profiles = ?, events = ?,
                       bookings = ?, stays = ?, cancellations = ?, merges = ?, consents = ?, preferences = ?,
                       attributes = ?, load_millis = ?
                where id = 1""")
                .params(r.guests(), r.profiles(), r.events(), r.bookings(), r.stays(), r.cancellations(), r.merges(),
                        r.consents(), r.preferences(), r.attributes(), r.took().toMillis())
                .update();
    }
}
