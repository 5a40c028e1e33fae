package io.touchpoint.app.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys for signing public links, one per purpose: {@code TOUCHPOINT_SIGNING_KEY} when set (at least 32 characters;
 * several instances then share it), otherwise 32 random bytes generated on first use and kept in the database, so
 * links survive restarts. Changing the key invalidates every link sent before.
 */
@Component
public class SigningKeys {

    private final JdbcClient jdbc;
    private final String configured;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, @Value("${TOUCHPOINT_SIGNING_KEY:}") String configured) {
        if (configured != null && !configured.isBlank() && configured.length() < 32) {
            throw new IllegalStateException("TOUCHPOINT_SIGNING_KEY must be at least 32 characters long");
        }
        this.jdbc = jdbc;
        this.configured = configured;
    }

    /** The key for a purpose such as "invitation" or "unsubscribe". */
    public byte[] key(String purpose) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return keys.computeIfAbsent(purpose, this::stored).clone();
    }

    private byte[] stored(String purpose) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two instances starting together both try; the first insert wins and both read the same key.
        jdbc.sql("insert into signing_key (name, secret) values (?, ?) on conflict (name) do nothing")
                .params(purpose, fresh).update();
        return jdbc.sql("select secret from signing_key where name = ?").param(purpose).query(byte[].class).single();
    }
}
