package io.touchpoint.app.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The whole demo data set for one seed and anchor date: the guests, their records in time order, and their
 * consents, preferences and attributes. Pure computation; loading it is the caller's business.
 *
 * @param anchor the first day after the data: the clock's today when the demo was first loaded
 * @param records every event and transaction, sorted by time (ties by guest, then by the guest's counter)
 */
public record DemoScenario(long seed, LocalDate anchor, List<DemoGuest> guests, List<DemoRecord> records,
        List<GuestFact> facts) {

    public static final long DEFAULT_SEED = 20_240_601L;

    // The timeline draws from streams of their own, so changing how guests are drawn does not reshuffle timelines.
    private static final long TIMELINES = 0x7A11_3E5D_0000_0001L;

    public static DemoScenario generate(long seed, LocalDate anchor) {
        return generate(seed, anchor, DemoGuests.DEFAULT_COUNT);
    }

    public static DemoScenario generate(long seed, LocalDate anchor, int guestCount) {
        List<DemoGuest> guests = DemoGuests.generate(seed, anchor, guestCount);
        // Timelines are independent of each other, so they are drawn in parallel and collected in guest order.
        List<GuestTimeline.Result> timelines = guests.parallelStream()
                .map(g -> GuestTimeline.of(g, new SplittableRandom(Draw.mix(seed ^ TIMELINES, g.number())), anchor))
                .toList();
        List<DemoRecord> records = new ArrayList<>(guestCount * 28);
        List<GuestFact> facts = new ArrayList<>(guestCount * 8);
        for (GuestTimeline.Result t : timelines) {
            records.addAll(t.records());
            facts.addAll(t.facts());
        }
        DemoRecord[] sorted = records.toArray(DemoRecord[]::new);
        Arrays.parallelSort(sorted, Comparator.comparing(DemoRecord::at).thenComparingInt(DemoRecord::guest)
                .thenComparingInt(DemoRecord::seq));
        return new DemoScenario(seed, anchor, guests, List.of(sorted), List.copyOf(facts));
    }

    /** The first day of the two-year window. */
    public LocalDate firstDay() {
        return anchor.minusDays(GuestTimeline.WINDOW_DAYS);
    }

    public long events() {
        return records.stream().filter(r -> r instanceof DemoRecord.Event).count();
    }

    public long transactions(String kind) {
        return records.stream().filter(r -> r instanceof DemoRecord.Transaction t && t.kind().equals(kind)).count();
    }
}
