package io.touchpoint.app.customer;

import java.time.Instant;

/** An inspectable merge: which identifiers linked the profiles, what moved, how conflicts were settled. */
public record MergeRecord(long id, long survivorId, long mergedId, String trigger, String identifiersJson,
        String movedJson, String conflictsJson, String snapshotJson, Instant mergedAt) {
}
