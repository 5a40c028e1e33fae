package io.touchpoint.app.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A metric for a period: the overall figure and one row per group.
 *
 * @param attribute the custom attribute whose values are the groups (for {@code segment} and
 *        {@code attribute:<name>}), else null
 */
public record MetricReport(Metric metric, LocalDate from, LocalDate to, Dimension groupBy, double confidenceLevel,
        MetricRow overall, List<MetricRow> groups,
        @JsonInclude(JsonInclude.Include.NON_NULL) String attribute) {

    public Breakdown breakdown() {
        return groupBy == Dimension.ATTRIBUTE ? new Breakdown(groupBy, attribute) : Breakdown.of(groupBy);
    }
}
