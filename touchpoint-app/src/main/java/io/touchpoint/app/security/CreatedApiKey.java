package io.touchpoint.app.security;

/** A new key and its secret, which cannot be shown again. */
public record CreatedApiKey(ApiKey key, String secret) {
}
