package io.touchpoint.app.analytics;

import java.time.LocalDate;

/**
 * A metric over a period, optionally filtered and broken down.
 *
 * @param from first day, inclusive (UTC)
 * @param to last day, inclusive (UTC)
 * @param property property key filter, or null
 * @param touchpoint touchpoint key filter, or null
 * @param stage journey stage key filter, or null
 * @param channel channel code filter, or null
 * @param kind survey, review or social, or null for all
 */
public record MetricQuery(Metric metric, LocalDate from, LocalDate to, Dimension groupBy, String property,
        String touchpoint, String stage, String channel, String kind, double confidenceLevel) {
}
