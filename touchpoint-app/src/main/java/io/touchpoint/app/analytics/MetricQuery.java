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
 * @param attribute the custom attribute to break down by when {@code groupBy} is {@link Dimension#ATTRIBUTE}
 */
public record MetricQuery(Metric metric, LocalDate from, LocalDate to, Dimension groupBy, String property,
        String touchpoint, String stage, String channel, String kind, double confidenceLevel, String attribute) {

    public MetricQuery {
        new Breakdown(groupBy, attribute);
    }

    /** A query by a dimension that needs no attribute name. */
    public MetricQuery(Metric metric, LocalDate from, LocalDate to, Dimension groupBy, String property,
            String touchpoint, String stage, String channel, String kind, double confidenceLevel) {
        this(metric, from, to, groupBy, property, touchpoint, stage, channel, kind, confidenceLevel, null);
    }

    /** A query broken down by any breakdown, custom attributes included. */
    public MetricQuery(Metric metric, LocalDate from, LocalDate to, Breakdown by, String property, String touchpoint,
            String stage, String channel, String kind, double confidenceLevel) {
        this(metric, from, to, by.dimension(), property, touchpoint, stage, channel, kind, confidenceLevel,
                by.attribute());
    }

    public Breakdown breakdown() {
        return new Breakdown(groupBy, attribute);
    }
}
