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
 * identities. Records go in time order in batches of at most 1,000; both kinds are flushed together so that a
 * batch never runs ahead of records that happened before it.
 */
@Component
public class GuestActivityLoader {

    static final int BATCH = 1_000;
    static final String SOURCE = "demo";

    /** What the database accepted; duplicates are records an interrupted earlier load already stored. */
    public record Sent(long events, long transactions, long duplicates) {
    }

    private final CustomerActivity activity;
    private final IdentityResolution identities;

    GuestActivityLoader(CustomerActivity activity, IdentityResolution identities) {
        this.activity = activity;
        this.identities = identities;
    }

    public Sent send(DemoScenario scenario, DemoCatalogue.Ids ids) {
        GuestReferences refs = new GuestReferences(scenario.guests());
        List<NewEvent> events = new ArrayList<>(BATCH);
        List<NewTransaction> txs = new ArrayList<>(BATCH);
        long[] counts = new long[3];
        for (DemoRecord r : scenario.records()) {
            CustomerReference ref = refs.of(r.guest(), r.identity());
            if (r instanceof DemoRecord.Event e) {
                events.add(new NewEvent(e.clientId(), e.type(), e.at(), e.channel(),
                        touchpoint(ids, e.touchpoint()), e.propertiesJson(), e.value(), SOURCE, ref));
            }
            else if (r instanceof DemoRecord.Transaction t) {
                txs.add(new NewTransaction(t.clientId(), t.kind(), t.amount(), t.currency(), t.at(), t.startDate(),
                        t.endDate(), ids.properties().get(t.hotel()), t.itemsJson(), SOURCE, ref));
            }
            if (events.size() == BATCH || txs.size() == BATCH) {
                flush(events, txs, counts);
            }
        }
        flush(events, txs, counts);
        return new Sent(counts[0], counts[1], counts[2]);
    }

    /**
     * The surviving profile of every guest, by guest number. Every identifier of a guest is known by now, so this
     * finds profiles and creates or merges nothing.
     */
    public long[] profiles(DemoScenario scenario) {
        GuestReferences refs = new GuestReferences(scenario.guests());
        int n = scenario.guests().size();
        long[] out = new long[n];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            List<CustomerReference> batch = new ArrayList<>(to - from);
            for (int g = from; g < to; g++) {
                batch.add(refs.of(g, IdentityUse.ALL));
            }
            List<Long> ids = identities.resolveAll(batch, "demo");
            for (int g = from; g < to; g++) {
                out[g] = ids.get(g - from);
            }
        }
        return out;
    }

    private void flush(List<NewEvent> events, List<NewTransaction> txs, long[] counts) {
        if (!txs.isEmpty()) {
            tally(activity.recordTransactions(txs), counts, 1);
            txs.clear();
        }
        if (!events.isEmpty()) {
            tally(activity.recordEvents(events), counts, 0);
            events.clear();
        }
    }

    private static void tally(List<Recorded> recorded, long[] counts, int slot) {
        for (Recorded r : recorded) {
            if (r.outcome() == Recorded.Outcome.ACCEPTED) {
                counts[slot]++;
            }
            else {
                counts[2]++;
            }
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
