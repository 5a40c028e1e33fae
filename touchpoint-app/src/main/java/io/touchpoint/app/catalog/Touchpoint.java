package io.touchpoint.app.catalog;

/** A moment where the customer meets the business, e.g. "front-desk check-in" at one hotel. */
public record Touchpoint(long id, String key, String name, Channel channel, Phase phase, String propertyKey,
        String description, boolean active, String stageKey) {
}
