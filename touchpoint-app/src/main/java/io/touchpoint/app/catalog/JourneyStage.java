package io.touchpoint.app.catalog;

/** A stage of the customer journey (e.g. "Arrival & check-in"), ordered by {@code position}. */
public record JourneyStage(long id, String key, String name, int position, Phase phase) {
}
