package io.touchpoint.app.demo;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a demo load did, or what an earlier one did when the demo was loaded already.
 *
 * @param anchorDate the first day after the data: the clock's date when the demo was first loaded
 * @param guests synthetic people generated
 * @param profiles surviving customer profiles they ended up in
 * @param events interactions in the data set; bookings, stays, cancellations, consents (history rows), preferences
 *        and attributes count the data set too
 * @param merges guests who appeared under two identities whose profiles identity resolution merged
 * @param took wall time of the load that wrote the data
 */
public record DemoLoadReport(Outcome outcome, LocalDate anchorDate, int properties, int touchpoints, int guests,
        int profiles, long events, int bookings, int stays, int cancellations, int merges, int consents,
        int preferences, int attributes, Duration took) {

    public enum Outcome {
        /** This call wrote the data (or finished an interrupted load). */
        LOADED,
        /** The data was there already; nothing was written. */
        ALREADY_LOADED
    }
}
