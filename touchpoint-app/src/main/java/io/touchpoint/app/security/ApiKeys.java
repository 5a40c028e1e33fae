package io.touchpoint.app.security;

import io.touchpoint.app.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for machine clients. The secret is 32 random bytes shown once; only its SHA-256 is stored (a fast hash
 * is right here: the secret has 256 bits of entropy, unlike a password). Verified keys are cached in memory and
 * the cache entry is dropped when a key is revoked, so revocation takes effect at once.
 */
@Service
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, ApiKey> verified = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiKey create(String name, Set<ApiScope> scopes, String createdBy) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "name is required, at most 100 characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "choose at least one of ingest, read, admin");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String body = HexFormat.of().formatHex(bytes);
        String prefix = "tp_" + body.substring(0, 8);
        String secret = prefix + "_" + body.substring(8);
        insert(name.trim(), prefix, secret, scopes, createdBy);
        return new CreatedApiKey(byPrefix(prefix).orElseThrow(), secret);
    }

    /** Creates the key given by TOUCHPOINT_BOOTSTRAP_API_KEY with every scope, once. */
    @Transactional
    public boolean ensureBootstrapKey(String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        if (secret.length() < 20) {
            throw new IllegalStateException("TOUCHPOINT_BOOTSTRAP_API_KEY must be at least 20 characters");
        }
        String hash = hash(secret);
        boolean exists = jdbc.sql("select exists(select 1 from api_key where secret_hash = ?)").param(hash)
                .query(Boolean.class).single();
        if (exists) {
            return false;
        }
        insert("bootstrap (TOUCHPOINT_BOOTSTRAP_API_KEY)", "bootstrap-" + hash.substring(0, 8), secret,
                EnumSet.allOf(ApiScope.class), "system");
        return true;
    }

    private void insert(String name, String prefix, String secret, Set<ApiScope> scopes, String createdBy) {
        jdbc.sql("insert into api_key (name, prefix, secret_hash, scopes, created_by) values (?, ?, ?, ?::text[], ?)")
                .params(name, prefix, hash(secret), scopes.stream().map(ApiScope::code).sorted().toArray(String[]::new),
                        createdBy)
                .update();
    }

    /** The active key with this secret, if any. */
    public Optional<ApiKey> verify(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(secret);
        ApiKey cached = verified.get(hash);
        if (cached != null) {
            touch(cached);
            return Optional.of(cached);
        }
        Optional<ApiKey> key = jdbc.sql(SELECT + " where secret_hash = ? and revoked_at is null").param(hash)
                .query((rs, i) -> map(rs)).optional();
        key.ifPresent(k -> {
            verified.put(hash, k);
            touch(k);
        });
        return key;
    }

    public List<ApiKey> list() {
        return jdbc.sql(SELECT + " order by revoked_at nulls first, created_at desc").query((rs, i) -> map(rs)).list();
    }

    @Transactional
    public void revoke(long id) {
        jdbc.sql("update api_key set revoked_at = now() where id = ? and revoked_at is null").param(id).update();
        verified.values().removeIf(k -> k.id() == id);
    }

    private Optional<ApiKey> byPrefix(String prefix) {
        return jdbc.sql(SELECT + " where prefix = ?").param(prefix).query((rs, i) -> map(rs)).optional();
    }

    private final Map<Long, Instant> lastTouched = new ConcurrentHashMap<>();

    private void touch(ApiKey key) {
        Instant now = clock.instant();
        Instant last = lastTouched.get(key.id());
        if (last == null || last.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            lastTouched.put(key.id(), now);
            jdbc.sql("update api_key set last_used_at = ? where id = ?").params(Timestamp.from(now), key.id()).update();
        }
    }

    private static final String SELECT = """
            select id, name, prefix, scopes, created_by, created_at, last_used_at, revoked_at from api_key""";

    private static ApiKey map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] scopes = (String[]) rs.getArray("scopes").getArray();
        Set<ApiScope> set = Arrays.stream(scopes).map(s -> ApiScope.parse(s).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
        Timestamp used = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), set,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                used == null ? null : used.toInstant(), revoked == null ? null : revoked.toInstant());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
