package io.touchpoint.app.analytics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.touchpoint.app.analytics.Breakdown;
import io.touchpoint.app.analytics.FeedbackMetrics;
import io.touchpoint.app.analytics.FeedbackRollups;
import io.touchpoint.app.analytics.Metric;
import io.touchpoint.app.analytics.MetricQuery;
import io.touchpoint.app.analytics.MetricReport;
import io.touchpoint.app.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Metrics")
class MetricsController {

    private final FeedbackMetrics metrics;
    private final Clock clock;
    private final FeedbackRollups rollups;

    MetricsController(FeedbackMetrics metrics, Clock clock, FeedbackRollups rollups) {
        this.metrics = metrics;
        this.clock = clock;
        this.rollups = rollups;
    }

    @GetMapping("/{metric}")
    @Operation(summary = "NPS, CSAT, CES or review rating for a period, overall and per group, with standard error "
            + "and interval",
            description = "metric: nps | csat | ces | rating. groupBy: none, property, touchpoint, stage, channel, "
                    + "kind, day, week, month, age_band, gender, income_band, country, segment, attribute:<name>. "
                    + "segment groups by the customer's custom attribute 'segment', attribute:<name> by any custom "
                    + "attribute held as text (e.g. attribute:tier); feedback without a customer, or whose customer "
                    + "lacks the attribute, is in the group 'unknown', and the report names the attribute read. Dates "
                    + "are ISO days (UTC), 'to' inclusive; the default period is the last 90 days. NPS figures are on "
                    + "the -100..100 scale; CSAT and CES shares (top-2-box, 'easy' = 5-7) in percent with Wilson "
                    + "intervals, means with t intervals. rating: reviews and posts rated on any scale (stored "
                    + "normalised to 0..1), feedback without a rating not counted; mean in stars (1 + 4 x normalised, "
                    + "so 1..5) with its t interval, share = ratings of 4 stars or more (normalised >= 0.75) in "
                    + "percent with its Wilson interval. Bad parameters are answered 400 with a problem detail "
                    + "naming the field.")
    MetricReport metric(@PathVariable String metric, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @Parameter(description = "none, property, touchpoint, stage, channel, kind, day, week, month, age_band, "
                    + "gender, income_band, country, segment or attribute:<name> (a custom attribute held as text; "
                    + "an unknown or non-text attribute is answered 400 naming groupBy)", example = "segment")
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String property, @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0.95") double confidence) {
        Metric m = Metric.parse(metric).orElseThrow(() -> new InvalidInputException("metric", "use " + Metric.CODES));
        Breakdown by = Breakdown.parse(groupBy);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = day("to", to, today);
        LocalDate start = day("from", from, end.minusDays(89));
        return metrics.report(new MetricQuery(m, start, end, by, property, touchpoint, stage, channel, kind, confidence));
    }

    @org.springframework.web.bind.annotation.PostMapping("/rollups/rebuild")
    @Operation(summary = "Recompute the daily rollups of a period from the raw feedback (admin scope)",
            description = "For after a bulk load or a restore; normal operation keeps rollups current by itself.")
    java.util.Map<String, Object> rebuild(@RequestParam String from, @RequestParam String to) {
        LocalDate start = day("from", from, null);
        LocalDate end = day("to", to, null);
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        int cells = rollups.rebuild(start, end);
        return java.util.Map.of("from", start, "to", end, "cells", cells);
    }

    private static LocalDate day(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidInputException(field, "required");
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
        }
        catch (DateTimeParseException ex) {
            throw new InvalidInputException(field, "not an ISO date such as 2026-03-01");
        }
    }
}
