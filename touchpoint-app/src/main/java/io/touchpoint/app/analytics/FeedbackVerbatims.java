package io.touchpoint.app.analytics;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The comments behind any number on the dashboard, newest first. */
@Service
public class FeedbackVerbatims {

    private final JdbcClient jdbc;
    private final TouchpointCatalog catalog;

    FeedbackVerbatims(JdbcClient jdbc, TouchpointCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /**
     * @param segment "detractors", "passives", "promoters" (NPS), or null for all
     * @param withTextOnly only records with a comment
     */
    public List<Verbatim> list(MetricQuery q, String segment, boolean withTextOnly, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                select f.id, f.kind, f.source, f.occurred_at, p.name, t.name, s.name, f.channel, f.nps, f.csat, f.ces,
                       f.rating, f.text, f.author, f.url, f.customer_id
                from feedback f
                left join property p on p.id = f.property_id
                left join touchpoint t on t.id = f.touchpoint_id
                left join journey_stage s on s.id = f.stage_id
                where f.occurred_at >= ? and f.occurred_at < ?""");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(q.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (q.property() != null) {
            sql.append(" and f.property_id = ?");
            params.add(catalog.property(q.property()).orElseThrow(() -> new InvalidInputException("property",
                    "unknown property '" + q.property() + "'")).id());
        }
        if (q.touchpoint() != null) {
            sql.append(" and f.touchpoint_id = ?");
            params.add(catalog.touchpoint(q.touchpoint()).orElseThrow(() -> new InvalidInputException("touchpoint",
                    "unknown touchpoint '" + q.touchpoint() + "'")).id());
        }
        if (q.stage() != null) {
            sql.append(" and f.stage_id = ?");
            params.add(catalog.stage(q.stage()).orElseThrow(() -> new InvalidInputException("stage",
                    "unknown journey stage '" + q.stage() + "'")).id());
        }
        if (q.channel() != null) {
            sql.append(" and f.channel = ?");
            params.add(q.channel());
        }
        if (q.kind() != null) {
            sql.append(" and f.kind = ?");
            params.add(q.kind());
        }
        if (segment != null) {
            switch (segment) {
                case "detractors" -> sql.append(" and f.nps <= 6");
                case "passives" -> sql.append(" and f.nps between 7 and 8");
                case "promoters" -> sql.append(" and f.nps >= 9");
                default -> throw new InvalidInputException("segment", "use detractors, passives or promoters");
            }
        }
        if (withTextOnly) {
            sql.append(" and f.text is not null and f.text <> ''");
        }
        sql.append(" order by f.occurred_at desc, f.id desc limit ? offset ?");
        params.add(Math.max(1, Math.min(limit, 500)));
        params.add(Math.max(0, offset));
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Verbatim(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), (Integer) rs.getObject(9, Integer.class), (Integer) rs.getObject(10, Integer.class),
                (Integer) rs.getObject(11, Integer.class), rs.getBigDecimal(12), rs.getString(13), rs.getString(14),
                rs.getString(15), (Long) rs.getObject(16, Long.class))).list();
    }

}
