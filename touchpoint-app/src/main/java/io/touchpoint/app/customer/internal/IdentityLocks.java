package io.touchpoint.app.customer.internal;

import io.touchpoint.app.customer.Identifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped advisory locks on identifiers. Taken in ascending order of a stable 64-bit hash, so two
 * transactions never wait on each other in a cycle; a hash collision only costs some extra waiting.
 */
@Component
public class IdentityLocks {

    private final JdbcClient jdbc;

    IdentityLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void lock(Collection<Identifier> identifiers) {
        long[] keys = identifiers.stream().mapToLong(IdentityLocks::key).distinct().sorted().toArray();
        if (keys.length == 0) {
            return;
        }
        Long[] boxed = Arrays.stream(keys).boxed().toArray(Long[]::new);
        jdbc.sql("select count(pg_advisory_xact_lock(k)) from (select unnest(?::bigint[]) as k order by 1) s")
                .param(boxed).query(Long.class).single();
    }

    /** FNV-1a over "type|source|value". */
    static long key(Identifier id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (id.type().code() + '|' + id.source() + '|' + id.value()).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
