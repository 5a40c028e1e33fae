package io.touchpoint.app.demo.internal;

import io.touchpoint.app.analytics.FeedbackRollups;
import io.touchpoint.app.demo.scenario.GuestFeedback.Item;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo's reviews and social posts in bulk (keys resolved to ids in SQL), and rebuilds the rollups of the
 * period once all feedback is in, instead of announcing tens of thousands of records one by one. Re-running it
 * changes nothing: (kind, source, external id) is unique. Survey answers come with their responses
 * ({@link SurveyHistoryWriter}).
 */
@Component
public class DemoFeedbackWriter {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final FeedbackRollups rollups;

    DemoFeedbackWriter(JdbcClient jdbc, FeedbackRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    public int write(List<Item> items, long[] profileOf) {
        int written = 0;
        for (int i = 0; i < items.size(); i += BATCH) {
            written += batch(items.subList(i, Math.min(items.size(), i + BATCH)), profileOf);
        }
        return written;
    }

    /** The dashboards' daily rollups of the demo's period, from all its feedback. */
    public void rebuildRollups(LocalDate from, LocalDate to) {
        rollups.rebuild(from, to);
    }

    int batch(List<Item> items, long[] profileOf) {
        int n = items.size();
        String[] kind = new String[n], source = new String[n], ext = new String[n], hotel = new String[n],
                touchpoint = new String[n], stage = new String[n], channel = new String[n], text = new String[n],
                author = new String[n], url = new String[n], lang = new String[n];
        Long[] customer = new Long[n];
        Timestamp[] at = new Timestamp[n];
        Integer[] nps = new Integer[n], csat = new Integer[n], ces = new Integer[n];
        BigDecimal[] rating = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Item f = items.get(i);
            kind[i] = f.kind();
            source[i] = f.source();
            ext[i] = f.externalId();
            customer[i] = profileOf[f.guest()] > 0 ? profileOf[f.guest()] : null;
            hotel[i] = f.hotel();
            touchpoint[i] = f.touchpoint();
            stage[i] = f.stage();
            channel[i] = f.channel();
            at[i] = Timestamp.from(f.at());
            nps[i] = f.nps();
            csat[i] = f.csat();
            ces[i] = f.ces();
            rating[i] = f.rating();
            text[i] = f.text();
            author[i] = f.author();
            url[i] = f.url();
            lang[i] = f.language();
        }
        return jdbc.sql("""
                insert into feedback (kind, source, external_id, customer_id, property_id, touchpoint_id, stage_id,
                                      channel, occurred_at, nps, csat, ces, rating, text, author, url, language)
                select u.kind, u.source, u.ext, u.customer, p.id, t.id, s.id, u.channel, u.at, u.nps, u.csat, u.ces,
                       u.rating, u.text, u.author, u.url, u.lang
                from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::timestamptz[], ?::int[], ?::int[], ?::int[], ?::numeric[], ?::text[], ?::text[], ?::text[],
                            ?::text[])
                     as u(kind, source, ext, customer, hotel, touchpoint, stage, channel, at, nps, csat, ces, rating,
                          text, author, url, lang)
                left join property p on p.key = u.hotel
                left join touchpoint t on t.key = u.touchpoint
                left join journey_stage s on s.key = u.stage
                on conflict (kind, source, external_id) do nothing""")
                .params(kind, source, ext, customer, hotel, touchpoint, stage, channel, at, nps, csat, ces, rating, text,
                        author, url, lang)
                .update();
    }
}
