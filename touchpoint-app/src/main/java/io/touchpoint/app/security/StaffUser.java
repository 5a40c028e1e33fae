package io.touchpoint.app.security;

import java.time.Instant;

/** A member of staff who signs in to the UI. */
public record StaffUser(long id, String username, String displayName, String email, StaffRole role, boolean enabled,
        Instant createdAt) {
}
