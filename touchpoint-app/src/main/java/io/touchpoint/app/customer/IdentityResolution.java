package io.touchpoint.app.customer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.touchpoint.app.customer.internal.IdentityLocks;
import io.touchpoint.app.customer.internal.ProfileMerger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the profile each incoming record belongs to, creating and merging profiles as needed.
 *
 * <p>Rules (see docs/adr/0002-identity-resolution.md): a record whose identifiers are all unknown creates a
 * profile; a record with known identifiers attaches to their profile and adds its new identifiers to it; a record
 * (or a group of records in one batch sharing identifiers) whose identifiers belong to several profiles merges them
 * into the oldest one (lowest id). Concurrent batches touching the same identifiers serialise on transaction-scoped
 * advisory locks taken in a global order, so they neither duplicate profiles nor deadlock.
 *
 * <p>Known identifiers are remembered in a bounded in-memory cache (identifier to profile), filled only with
 * committed data, so that steady-state ingestion, where nearly every identifier is known, skips the database look-up.
 * A cached profile can have been merged away since (by another node, or before the cache heard of it): records
 * resolved to it are moved to the survivor by {@link CustomerActivity} in the same transaction, which then calls
 * {@link #forgetProfiles}.
 */
@Service
public class IdentityResolution {

    private final JdbcClient jdbc;
    private final IdentityLocks locks;
    private final ProfileMerger merger;

    private final Cache<Identifier, Long> cache;

    IdentityResolution(JdbcClient jdbc, IdentityLocks locks, ProfileMerger merger,
            @Value("${touchpoint.ingest.identity-cache-size:200000}") long cacheSize) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.merger = merger;
        this.cache = Caffeine.newBuilder().maximumSize(Math.max(0, cacheSize)).build();
    }

    /** Drops every cached identifier that points at one of these profiles (they were merged away). */
    public void forgetProfiles(Set<Long> profiles) {
        if (!profiles.isEmpty()) {
            cache.asMap().values().removeIf(profiles::contains);
        }
    }

    /**
     * The surviving profile that owns any of these identifiers, without creating or merging anything (for sources
     * such as reviews that should link to a known customer but never create one). The oldest wins if several do.
     */
    public java.util.Optional<Long> findExisting(CustomerReference reference) {
        Map<Identifier, Long> known = lookup(new TreeSet<>(reference.identifiers()));
        return known.values().stream().min(Long::compare);
    }

    /** Resolves one record. */
    @Transactional
    public long resolve(CustomerReference reference, String trigger) {
        return resolveAll(List.of(reference), trigger).get(0);
    }

    /**
     * Resolves a batch. Returns the surviving profile id for each reference, in order. Runs in the caller's
     * transaction so that what is recorded against the profiles commits or rolls back with them.
     */
    @Transactional
    public List<Long> resolveAll(List<CustomerReference> references, String trigger) {
        if (references.isEmpty()) {
            return List.of();
        }
        TreeSet<Identifier> all = new TreeSet<>();
        references.forEach(r -> all.addAll(r.identifiers()));
        // Steady state: every identifier is known and each record points at one profile. Nothing is created or
        // merged, so no locks are needed. (A merge committing meanwhile is caught by CustomerActivity, which moves
        // records that landed on a profile merged away.)
        List<Long> fast = allKnown(references, cachedOrLookup(all));
        if (fast != null) {
            return fast;
        }
        locks.lock(all);
        Map<Identifier, Long> known = lookup(all);

        // Union-find over the batch: records sharing an identifier describe the same person.
        int n = references.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Identifier, Integer> firstRecord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Identifier id : references.get(i).identifiers()) {
                Integer j = firstRecord.putIfAbsent(id, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }

        Long[] result = new Long[n];
        // Two groups may reach the same profiles through different identifiers; once a group merged a profile
        // away, later groups must land on its survivor.
        Map<Long, Long> mergedInto = new HashMap<>();
        List<List<Integer>> needNew = new ArrayList<>();
        List<Object[]> newIdentities = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            TreeSet<Long> profiles = new TreeSet<>();
            TreeSet<Identifier> ids = new TreeSet<>();
            for (int i : group) {
                for (Identifier id : references.get(i).identifiers()) {
                    ids.add(id);
                    Long c = known.get(id);
                    if (c != null) {
                        while (mergedInto.containsKey(c)) {
                            c = mergedInto.get(c);
                        }
                        profiles.add(c);
                    }
                }
            }
            if (profiles.isEmpty()) {
                needNew.add(group);
                continue;
            }
            long survivor = profiles.first();
            for (Long other : profiles.tailSet(survivor, false)) {
                List<Identifier> because = ids.stream().filter(id -> other.equals(known.get(id))
                        || Long.valueOf(survivor).equals(known.get(id))).toList();
                merger.merge(survivor, other, trigger, because);
                mergedInto.put(other, survivor);
            }
            for (Identifier id : ids) {
                if (known.get(id) == null) {
                    newIdentities.add(row(survivor, id));
                }
                known.put(id, survivor);
            }
            for (int i : group) {
                result[i] = survivor;
            }
        }

        if (!needNew.isEmpty()) {
            List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('customer', 'id')) from generate_series(1, ?)")
                    .param(needNew.size()).query(Long.class).list();
            List<ProfileDetails> details = new ArrayList<>();
            for (int g = 0; g < needNew.size(); g++) {
                List<Integer> group = needNew.get(g);
                long id = ids.get(g);
                ProfileDetails d = null;
                TreeSet<Identifier> groupIds = new TreeSet<>();
                for (int i : group) {
                    result[i] = id;
                    groupIds.addAll(references.get(i).identifiers());
                    if (d == null && references.get(i).details() != null) {
                        d = references.get(i).details();
                    }
                }
                details.add(d == null ? ProfileDetails.empty() : d);
                groupIds.forEach(x -> newIdentities.add(row(id, x)));
            }
            insertProfiles(ids, details);
        }
        insertIdentities(newIdentities);
        // What this batch settled becomes visible to others at commit; only then may it be cached.
        Map<Identifier, Long> settled = new HashMap<>(known);
        Set<Long> absorbed = Set.copyOf(mergedInto.keySet());
        afterCommit(() -> {
            forgetProfiles(absorbed);
            cache.putAll(settled);
        });
        return List.of(result);
    }

    /** Cached identifiers, and the database for the rest (cached once this transaction commits). */
    private Map<Identifier, Long> cachedOrLookup(TreeSet<Identifier> all) {
        Map<Identifier, Long> known = new HashMap<>(cache.getAllPresent(all));
        if (known.size() == all.size()) {
            return known;
        }
        TreeSet<Identifier> missing = new TreeSet<>();
        for (Identifier id : all) {
            if (!known.containsKey(id)) {
                missing.add(id);
            }
        }
        Map<Identifier, Long> found = lookup(missing);
        known.putAll(found);
        afterCommit(() -> cache.putAll(found));
        return known;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
        else {
            action.run();
        }
    }

    /** The profile of each reference when all identifiers are known and agree, else null. */
    private static List<Long> allKnown(List<CustomerReference> references, Map<Identifier, Long> known) {
        List<Long> out = new ArrayList<>(references.size());
        for (CustomerReference r : references) {
            Long profile = null;
            for (Identifier id : r.identifiers()) {
                Long c = known.get(id);
                if (c == null || (profile != null && !profile.equals(c))) {
                    return null;
                }
                profile = c;
            }
            out.add(profile);
        }
        return out;
    }

    private Map<Identifier, Long> lookup(TreeSet<Identifier> all) {
        String[] types = new String[all.size()];
        String[] sources = new String[all.size()];
        String[] values = new String[all.size()];
        int i = 0;
        for (Identifier id : all) {
            types[i] = id.type().code();
            sources[i] = id.source();
            values[i++] = id.value();
        }
        Map<Identifier, Long> known = new HashMap<>();
        jdbc.sql("""
                select ci.type, ci.source, ci.value, ci.customer_id
                from unnest(?::text[], ?::text[], ?::text[]) as u(type, source, value)
                join customer_identity ci using (type, source, value)""")
                .params(types, sources, values)
                .query((rs, r) -> known.put(new Identifier(IdentityType.parse(rs.getString(1)).orElseThrow(),
                        rs.getString(2), rs.getString(3)), rs.getLong(4)))
                .list();
        return known;
    }

    private void insertProfiles(List<Long> ids, List<ProfileDetails> details) {
        int n = ids.size();
        Long[] id = ids.toArray(Long[]::new);
        String[] first = new String[n], last = new String[n], gender = new String[n], income = new String[n],
                occupation = new String[n], country = new String[n], region = new String[n], city = new String[n],
                education = new String[n], language = new String[n];
        Integer[] birth = new Integer[n];
        for (int i = 0; i < n; i++) {
            ProfileDetails d = details.get(i);
            first[i] = d.firstName();
            last[i] = d.lastName();
            birth[i] = d.birthYear();
            gender[i] = d.gender();
            income[i] = d.incomeBand();
            occupation[i] = d.occupation();
            country[i] = d.country();
            region[i] = d.region();
            city[i] = d.city();
            education[i] = d.education();
            language[i] = d.language();
        }
        // Ethnicity is never set here: it needs a recorded consent first (CustomerProfiles.update).
        jdbc.sql("""
                insert into customer (id, first_name, last_name, birth_year, gender, income_band, occupation, country,
                                      region, city, education, language)
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""")
                .params(id, first, last, birth, gender, income, occupation, country, region, city, education, language)
                .update();
    }

    private void insertIdentities(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] customer = new Long[n];
        String[] type = new String[n], source = new String[n], value = new String[n];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            customer[i] = (Long) r[0];
            type[i] = (String) r[1];
            source[i] = (String) r[2];
            value[i] = (String) r[3];
        }
        jdbc.sql("""
                insert into customer_identity (customer_id, type, source, value)
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[])""")
                .params(customer, type, source, value)
                .update();
    }

    private static Object[] row(long customer, Identifier id) {
        return new Object[] {customer, id.type().code(), id.source(), id.value()};
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
