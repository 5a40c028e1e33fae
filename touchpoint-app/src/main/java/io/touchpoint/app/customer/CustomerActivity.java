package io.touchpoint.app.customer;

import io.touchpoint.app.customer.Recorded.Outcome;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records interactions and transactions against resolved profiles. A batch is one transaction: when this returns,
 * every accepted record is committed (and, with synchronous commit, on disk). The client's id makes a replay a
 * no-op: a record whose id was seen before is reported as a duplicate and stored once.
 */
@Service
public class CustomerActivity {

    private final JdbcClient jdbc;
    private final IdentityResolution identities;

    CustomerActivity(JdbcClient jdbc, IdentityResolution identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    @Transactional
    public List<Recorded> recordEvents(List<NewEvent> events) {
        return record(events, NewEvent::clientId, NewEvent::customer, "customer_event", (fresh, customers) -> {
            int n = fresh.size();
            String[] client = new String[n], type = new String[n], channel = new String[n], props = new String[n],
                    source = new String[n];
            Long[] customer = new Long[n], touchpoint = new Long[n];
            Timestamp[] at = new Timestamp[n];
            BigDecimal[] value = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                NewEvent e = fresh.get(i);
                client[i] = e.clientId();
                customer[i] = customers.get(i);
                type[i] = e.type();
                at[i] = Timestamp.from(e.occurredAt());
                channel[i] = e.channel();
                touchpoint[i] = e.touchpointId();
                props[i] = e.propertiesJson();
                value[i] = e.value();
                source[i] = e.source();
            }
            return jdbc.sql("""
                    insert into customer_event (client_id, customer_id, type, occurred_at, channel, touchpoint_id,
                                                properties, value, source)
                    select c, cu, t, a, ch, tp, p::jsonb, v, s
                    from unnest(?::text[], ?::bigint[], ?::text[], ?::timestamptz[], ?::text[], ?::bigint[], ?::text[],
                                ?::numeric[], ?::text[]) as u(c, cu, t, a, ch, tp, p, v, s)
                    on conflict (client_id) do nothing
                    returning client_id""")
                    .params(client, customer, type, at, channel, touchpoint, props, value, source)
                    .query(String.class).set();
        });
    }

    @Transactional
    public List<Recorded> recordTransactions(List<NewTransaction> txs) {
        return record(txs, NewTransaction::clientId, NewTransaction::customer, "customer_transaction", (fresh, customers) -> {
            int n = fresh.size();
            String[] client = new String[n], kind = new String[n], currency = new String[n], items = new String[n],
                    source = new String[n];
            Long[] customer = new Long[n], property = new Long[n];
            BigDecimal[] amount = new BigDecimal[n];
            Timestamp[] at = new Timestamp[n];
            Date[] start = new Date[n], end = new Date[n];
            for (int i = 0; i < n; i++) {
                NewTransaction t = fresh.get(i);
                client[i] = t.clientId();
                customer[i] = customers.get(i);
                kind[i] = t.kind();
                amount[i] = t.amount();
                currency[i] = t.currency();
                at[i] = Timestamp.from(t.occurredAt());
                start[i] = t.startDate() == null ? null : Date.valueOf(t.startDate());
                end[i] = t.endDate() == null ? null : Date.valueOf(t.endDate());
                property[i] = t.propertyId();
                items[i] = t.itemsJson();
                source[i] = t.source();
            }
            return jdbc.sql("""
                    insert into customer_transaction (client_id, customer_id, kind, amount, currency, occurred_at,
                                                      start_date, end_date, property_id, items, source)
                    select c, cu, k, am, cur, a, sd, ed, p, it::jsonb, s
                    from unnest(?::text[], ?::bigint[], ?::text[], ?::numeric[], ?::text[], ?::timestamptz[], ?::date[],
                                ?::date[], ?::bigint[], ?::text[], ?::text[]) as u(c, cu, k, am, cur, a, sd, ed, p, it, s)
                    on conflict (client_id) do nothing
                    returning client_id""")
                    .params(client, customer, kind, amount, currency, at, start, end, property, items, source)
                    .query(String.class).set();
        });
    }

    @FunctionalInterface
    private interface Inserter<T> {
        Set<String> insert(List<T> fresh, List<Long> customers);
    }

    private <T> List<Recorded> record(List<T> records, Function<T, String> clientId,
            Function<T, CustomerReference> ref, String table, Inserter<T> inserter) {
        if (records.isEmpty()) {
            return List.of();
        }
        String[] ids = records.stream().map(clientId).toArray(String[]::new);
        // Repeats within the batch are settled here; ids stored earlier are caught by ON CONFLICT in the insert
        // (one round trip fewer than asking first; a replayed record costs only an identifier lookup).
        Set<String> seen = new HashSet<>();
        List<T> fresh = new ArrayList<>();
        boolean[] duplicate = new boolean[records.size()];
        for (int i = 0; i < records.size(); i++) {
            if (!seen.add(ids[i])) {
                duplicate[i] = true;
            }
            else {
                fresh.add(records.get(i));
            }
        }
        List<Long> customers = identities.resolveAll(fresh.stream().map(ref).toList(), "ingest:" + table);
        Set<String> inserted = fresh.isEmpty() ? Set.of() : inserter.insert(fresh, customers);
        Map<Long, Long> survivors = Map.of();
        if (!inserted.isEmpty()) {
            // A merge that committed while this batch was being resolved (or one the identifier cache has not seen)
            // leaves its records on the absorbed profile; move them to the survivor (merged_into always names the
            // final survivor). Transactions keep their customers row-locked by the foreign key, so no merge slips in
            // after this check; events have no such key (V2_6, for throughput), and the rare event a merge commits
            // past is moved by MergedRecordSweep within a minute.
            survivors = new HashMap<>();
            for (var row : jdbc.sql("select id, merged_into from customer where id = any(?::bigint[]) and merged_into is not null")
                    .param(customers.stream().distinct().toArray(Long[]::new))
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()) {
                survivors.put(row[0], row[1]);
            }
            if (!survivors.isEmpty()) {
                jdbc.sql("update " + table + " r set customer_id = c.merged_into from customer c "
                        + "where c.id = r.customer_id and r.customer_id = any(?::bigint[]) and r.client_id = any(?::text[])")
                        .params(survivors.keySet().toArray(Long[]::new), inserted.toArray(String[]::new)).update();
                identities.forgetProfiles(survivors.keySet());
            }
        }
        List<Recorded> out = new ArrayList<>(records.size());
        int f = 0;
        for (int i = 0; i < records.size(); i++) {
            if (duplicate[i]) {
                out.add(new Recorded(ids[i], Outcome.DUPLICATE, null));
            }
            else {
                long c = survivors.getOrDefault(customers.get(f), customers.get(f));
                f++;
                // A concurrent batch may have stored the same id between our check and our insert.
                out.add(new Recorded(ids[i], inserted.contains(ids[i]) ? Outcome.ACCEPTED : Outcome.DUPLICATE,
                        inserted.contains(ids[i]) ? c : null));
            }
        }
        return out;
    }
}
