package io.touchpoint.app.analytics.web;

import io.touchpoint.app.analytics.Breakdown;
import io.touchpoint.app.analytics.Dimension;
import io.touchpoint.app.analytics.Metric;
import io.touchpoint.app.analytics.MetricQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/** Turns the dashboard's query parameters into a period and metric queries; shared by its pages and exports. */
@Component
class DashboardFilters {

    private final Clock clock;

    DashboardFilters(Clock clock) {
        this.clock = clock;
    }

    /** The dashboard's filters, as query parameters; blank means "all". */
    record Filters(String from, String to, String grain, String property, String touchpoint, String stage,
            String channel, String kind, String breakdown, String metric) {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    /** The chosen period, by default the last 90 days. */
    Period period(Filters f) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate to = day(f.to(), today);
        LocalDate from = day(f.from(), to.minusDays(89));
        if (from.isAfter(to)) {
            from = to.minusDays(89);
        }
        return new Period(from, to);
    }

    MetricQuery query(Metric m, LocalDate from, LocalDate to, Dimension by, Filters f) {
        return query(m, from, to, Breakdown.of(by), f);
    }

    MetricQuery query(Metric m, LocalDate from, LocalDate to, Breakdown by, Filters f) {
        return new MetricQuery(m, from, to, by, blank(f.property()), blank(f.touchpoint()), blank(f.stage()),
                blank(f.channel()), blank(f.kind()), 0.95);
    }

    private static LocalDate day(String s, LocalDate fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(s.trim());
        }
        catch (DateTimeParseException ex) {
            return fallback;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
