package io.touchpoint.app.catalog;

/** What a user submits to create or edit a touchpoint; validated by {@link TouchpointCatalog}. */
public record TouchpointDraft(String key, String name, String channel, String phase, String property,
        String description, Boolean active, String stage) {
}
