package io.touchpoint.app.demo.internal;

import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.customer.NewTransaction;
import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.demo.scenario.DemoRecord;
import io.touchpoint.app.demo.scenario.DemoRecord.IdentityUse;
import io.touchpoint.app.demo.scenario.DemoScenario;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends the demo's events and transactions through {@link CustomerActivity}, the path every ingested record takes,
 * so identity resolution creates the profiles, attaches identifiers and merges the guests who showed up under two
 * identities.
 *
 * <p>Records go in time order, in batches of 1,000 of each kind, on a few workers that share out the guests
 * ({@link Partitions}): each guest's records still arrive in order. Events and transactions are batched apart; that
 * cannot spoil a merge, because both identities of an aliased guest are first seen in events (the website booking,
 * the check-in) and the link is an event too.
 */
@Component
public class GuestActivityLoader {

    static final int BATCH = 1_000;
    static final String SOURCE = "demo";

    /**
     * What the database accepted; duplicates are records an interrupted earlier load already stored.
     *
     * @param profiles the surviving profile of each guest, by guest number
     */
    public record Sent(long events, long transactions, long duplicates, long[] profiles) {
    }

    private final CustomerActivity activity;
    private final IdentityResolution identities;

    GuestActivityLoader(CustomerActivity activity, IdentityResolution identities) {
        this.activity = activity;
        this.identities = identities;
    }

    public Sent send(DemoScenario scenario, DemoCatalogue.Ids ids, int parts) {
        GuestReferences refs = new GuestReferences(scenario.guests());
        // Each worker writes only its own guests' slots; Future.get makes the writes visible here.
        long[] profiles = new long[scenario.guests().size()];
        List<long[]> counts = Partitions.run(parts, part -> send(scenario, ids, refs, part, parts, profiles));
        long[] total = new long[3];
        counts.forEach(c -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
        });
        resolve(refs, profiles, total[2] > 0);
        return new Sent(total[0], total[1], total[2], profiles);
    }

    private long[] send(DemoScenario scenario, DemoCatalogue.Ids ids, GuestReferences refs, int part, int parts,
            long[] profiles) {
        Batch<NewEvent> events = new Batch<>();
        Batch<NewTransaction> txs = new Batch<>();
        long[] counts = new long[3];
        for (DemoRecord r : scenario.records()) {
            if (r.guest() % parts != part) {
                continue;
            }
            CustomerReference ref = refs.of(r.guest(), r.identity());
            if (r instanceof DemoRecord.Event e) {
                events.add(r.guest(), new NewEvent(e.clientId(), e.type(), e.at(), e.channel(),
                        touchpoint(ids, e.touchpoint()), e.propertiesJson(), e.value(), SOURCE, ref));
                if (events.full()) {
                    events.tally(activity.recordEvents(events.records), counts, 0, profiles);
                }
            }
            else if (r instanceof DemoRecord.Transaction t) {
                txs.add(r.guest(), new NewTransaction(t.clientId(), t.kind(), t.amount(), t.currency(), t.at(),
                        t.startDate(), t.endDate(), ids.properties().get(t.hotel()), t.itemsJson(), SOURCE, ref));
                if (txs.full()) {
                    txs.tally(activity.recordTransactions(txs.records), counts, 1, profiles);
                }
            }
        }
        if (!events.records.isEmpty()) {
            events.tally(activity.recordEvents(events.records), counts, 0, profiles);
        }
        if (!txs.records.isEmpty()) {
            txs.tally(activity.recordTransactions(txs.records), counts, 1, profiles);
        }
        return counts;
    }

    /**
     * When a resumed load met records stored before, they came back as duplicates without a profile id, and an id
     * seen before a merge may be stale: then look every guest up. All of a guest's identifiers are known by now, so
     * this finds profiles and creates or merges nothing.
     */
    private void resolve(GuestReferences refs, long[] profiles, boolean all) {
        List<Integer> missing = new ArrayList<>();
        for (int g = 0; g < profiles.length; g++) {
            if (all || profiles[g] == 0) {
                missing.add(g);
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Integer> chunk = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Long> found = identities.resolveAll(chunk.stream().map(g -> refs.of(g, IdentityUse.ALL)).toList(),
                    "demo");
            for (int i = 0; i < chunk.size(); i++) {
                profiles[chunk.get(i)] = found.get(i);
            }
        }
    }

    /** Records waiting to be sent, with the guest each belongs to. */
    private static final class Batch<T> {

        final List<T> records = new ArrayList<>(BATCH);
        final int[] guests = new int[BATCH];

        void add(int guest, T record) {
            guests[records.size()] = guest;
            records.add(record);
        }

        boolean full() {
            return records.size() == BATCH;
        }

        /**
         * Counts outcomes and notes each guest's profile. Records go in time order, so the last id seen for a guest
         * is its surviving profile: the one after any merge.
         */
        void tally(List<Recorded> recorded, long[] counts, int slot, long[] profiles) {
            for (int i = 0; i < recorded.size(); i++) {
                Recorded r = recorded.get(i);
                if (r.outcome() == Recorded.Outcome.ACCEPTED) {
                    counts[slot]++;
                    profiles[guests[i]] = r.customerId();
                }
                else {
                    counts[2]++;
                }
            }
            records.clear();
        }
    }

    private static Long touchpoint(DemoCatalogue.Ids ids, String key) {
        Long id = ids.touchpoints().get(key);
        if (id == null) {
            throw new IllegalStateException("no demo touchpoint " + key);
        }
        return id;
    }
}
