package io.touchpoint.app.security;

import java.time.Instant;
import java.util.Set;

/** An API key as listed: never the secret, which is shown once at creation and stored only as a hash. */
public record ApiKey(long id, String name, String prefix, Set<ApiScope> scopes, String createdBy, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
