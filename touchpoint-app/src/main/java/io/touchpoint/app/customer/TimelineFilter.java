package io.touchpoint.app.customer;

import java.time.Instant;

/** Narrows a timeline; null fields do not filter. {@code before} pages backwards in time. */
public record TimelineFilter(String channel, String type, String kind, Instant from, Instant to, Instant before,
        int limit) {

    public static TimelineFilter latest(int limit) {
        return new TimelineFilter(null, null, null, null, null, null, limit);
    }
}
