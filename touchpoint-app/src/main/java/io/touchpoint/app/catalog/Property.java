package io.touchpoint.app.catalog;

/** A site of the organisation: a hotel of a group, a restaurant, an office. */
public record Property(long id, String key, String name, String city, String country, String timezone) {
}
