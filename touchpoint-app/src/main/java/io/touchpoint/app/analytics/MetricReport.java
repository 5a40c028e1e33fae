package io.touchpoint.app.analytics;

import java.time.LocalDate;
import java.util.List;

/** A metric for a period: the overall figure and one row per group. */
public record MetricReport(Metric metric, LocalDate from, LocalDate to, Dimension groupBy, double confidenceLevel,
        MetricRow overall, List<MetricRow> groups) {
}
