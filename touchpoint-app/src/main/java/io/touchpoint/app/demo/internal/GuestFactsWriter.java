package io.touchpoint.app.demo.internal;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.demo.scenario.GuestFact;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the guests' consents, preferences and custom attributes in bulk.
 *
 * <p>Why not {@link CustomerProfiles#recordConsent} and friends: they take one row per call (about 160,000 rows
 * here, far over the one-minute budget of the demo) and stamp preferences and attributes with the current time, where
 * the demo needs the time the guest said it. So this writes the same tables with the same rules: purposes and
 * statuses as {@code recordConsent} accepts them, values normalised by {@link CustomerProfiles#typedValue}, consent
 * history append-only and in time order, and it never overwrites a preference or attribute that is already there.
 * Partitions run in parallel; each writes only its own guests' profiles.
 * The customer module should offer bulk versions of those methods; then this class goes.
 */
@Component
public class GuestFactsWriter {

    private static final int CHUNK = 5_000;
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Set<String> STATUSES = Set.of("granted", "denied", "revoked");

    public record Written(int consents, int preferences, int attributes) {
    }

    private final JdbcClient jdbc;

    GuestFactsWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the facts of the guests in one partition (guest % parts == part), in one transaction. Safe to repeat:
     * a consent row already there is not added again, stored preferences and attributes are kept.
     *
     * @param profileOf the surviving profile id of each guest, by guest number
     */
    @Transactional
    public Written write(List<GuestFact> facts, long[] profileOf, int part, int parts) {
        List<GuestFact.Consent> consents = new ArrayList<>();
        List<GuestFact.Preference> preferences = new ArrayList<>();
        List<GuestFact.Attribute> attributes = new ArrayList<>();
        for (GuestFact f : facts) {
            if (f.guest() % parts != part) {
                continue;
            }
            if (f instanceof GuestFact.Consent c) {
                check(PURPOSE.matcher(c.purpose()).matches() && STATUSES.contains(c.status()), c);
                consents.add(c);
            }
            else if (f instanceof GuestFact.Preference p) {
                check(!p.key().isBlank() && p.key().length() <= 64 && p.value().length() <= 1000, p);
                preferences.add(p);
            }
            else if (f instanceof GuestFact.Attribute a) {
                check(ATTRIBUTE.matcher(a.name()).matches(), a);
                attributes.add(new GuestFact.Attribute(a.guest(), a.name(), a.type(),
                        CustomerProfiles.typedValue(a.type(), a.value()), a.at()));
            }
        }
        // Ids ascend with time within a customer's history, as the latest-row-wins reading of consents expects.
        consents.sort(Comparator.comparingInt(GuestFact.Consent::guest).thenComparing(GuestFact.Consent::at));
        int c = 0;
        for (List<GuestFact.Consent> chunk : chunks(consents)) {
            int n = chunk.size();
            Long[] customer = new Long[n];
            String[] purpose = new String[n], status = new String[n], source = new String[n];
            Timestamp[] at = new Timestamp[n];
            for (int i = 0; i < n; i++) {
                GuestFact.Consent x = chunk.get(i);
                customer[i] = profileOf[x.guest()];
                purpose[i] = x.purpose();
                status[i] = x.status();
                at[i] = Timestamp.from(x.at());
                source[i] = GuestActivityLoader.SOURCE;
            }
            c += jdbc.sql("""
                    insert into customer_consent (customer_id, purpose, status, recorded_at, source)
                    select c, p, s, a, src
                    from unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])
                      with ordinality as u(c, p, s, a, src, o)
                    where not exists (select 1 from customer_consent x where x.customer_id = u.c
                                      and x.purpose = u.p and x.recorded_at = u.a and x.status = u.s
                                      and x.source = u.src)
                    order by o""")
                    .params(customer, purpose, status, at, source).update();
        }
        int p = 0;
        for (List<GuestFact.Preference> chunk : chunks(preferences)) {
            int n = chunk.size();
            Long[] customer = new Long[n];
            String[] key = new String[n], value = new String[n], source = new String[n];
            Timestamp[] at = new Timestamp[n];
            for (int i = 0; i < n; i++) {
                GuestFact.Preference x = chunk.get(i);
                customer[i] = profileOf[x.guest()];
                key[i] = x.key();
                value[i] = x.value();
                at[i] = Timestamp.from(x.at());
                source[i] = GuestActivityLoader.SOURCE;
            }
            p += jdbc.sql("""
                    insert into customer_preference (customer_id, key, value, source, updated_at)
                    select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                    on conflict (customer_id, key) do nothing""")
                    .params(customer, key, value, source, at).update();
        }
        int a = 0;
        for (List<GuestFact.Attribute> chunk : chunks(attributes)) {
            int n = chunk.size();
            Long[] customer = new Long[n];
            String[] name = new String[n], type = new String[n], value = new String[n], source = new String[n];
            Timestamp[] at = new Timestamp[n];
            for (int i = 0; i < n; i++) {
                GuestFact.Attribute x = chunk.get(i);
                customer[i] = profileOf[x.guest()];
                name[i] = x.name();
                type[i] = x.type();
                value[i] = x.value();
                at[i] = Timestamp.from(x.at());
                source[i] = GuestActivityLoader.SOURCE;
            }
            a += jdbc.sql("""
                    insert into customer_attribute (customer_id, name, type, value, source, updated_at)
                    select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                    on conflict (customer_id, name) do nothing""")
                    .params(customer, name, type, value, source, at).update();
        }
        return new Written(c, p, a);
    }

    private static void check(boolean valid, GuestFact f) {
        if (!valid) {
            throw new IllegalStateException("invalid demo fact " + f);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
