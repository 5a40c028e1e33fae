package io.touchpoint.app.customer;

/**
 * Published after two profiles were merged. Modules that keep their own rows per customer move them to the
 * survivor when they receive it.
 */
public record CustomerMerged(long mergeId, long survivorId, long mergedId) {
}
