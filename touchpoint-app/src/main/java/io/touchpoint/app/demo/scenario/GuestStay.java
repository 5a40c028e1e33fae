package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.demo.scenario.DemoRecord.Event;
import io.touchpoint.app.demo.scenario.DemoRecord.Transaction;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stay as the records show it: its check-in, its checkout and the stay transaction, tied together by the booking
 * reference the timeline writes into the events. Any part can be missing: a stay that began before the window has
 * no check-in, one still going on at the anchor has no checkout and no stay transaction.
 *
 * @param index the stay's number among the guest's bookings, from 1 (the end of the booking reference)
 * @param checkIn the {@code check_in} event, at the front desk or in the app
 */
record GuestStay(int guest, Hotel hotel, String bookingRef, int index, Event checkIn, Event checkOut,
        Transaction stay) {

    /** The day the guest arrived, as far as the records tell. */
    LocalDate arrival() {
        if (stay != null) {
            return stay.startDate();
        }
        if (checkIn != null) {
            return checkIn.at().atZone(hotel.zone()).toLocalDate();
        }
        return checkOut.at().atZone(hotel.zone()).toLocalDate().minusDays(1);
    }

    boolean frontDeskCheckIn() {
        return checkIn != null && checkIn.touchpoint().equals(hotel.touchpointKey(HotelGroup.CHECK_IN));
    }

    /** Minutes the guest queued at the front desk; 0 for an app check-in or none. */
    int waitMinutes() {
        return frontDeskCheckIn() ? intProperty(checkIn.propertiesJson(), "waitMinutes") : 0;
    }

    /** The stays of every guest, ordered by guest and stay number. */
    static List<GuestStay> of(DemoScenario scenario) {
        Map<String, Parts> byRef = new HashMap<>();
        // The stay transaction directly follows its checkout event in the guest's counter.
        Map<Integer, Event> lastCheckOut = new HashMap<>();
        for (DemoRecord r : scenario.records()) {
            if (r instanceof Event e && (e.type().equals("check_in") || e.type().equals("check_out"))) {
                String ref = stringProperty(e.propertiesJson(), "bookingRef");
                Parts p = byRef.computeIfAbsent(ref, k -> new Parts(e.guest(), ref));
                if (e.type().equals("check_in")) {
                    p.checkIn = e;
                }
                else {
                    p.checkOut = e;
                    lastCheckOut.put(e.guest(), e);
                }
            }
            else if (r instanceof Transaction t && t.kind().equals("stay")) {
                Event out = lastCheckOut.get(t.guest());
                if (out == null || out.seq() + 1 != t.seq()) {
                    throw new IllegalStateException("stay " + t.clientId() + " has no checkout event before it");
                }
                byRef.get(stringProperty(out.propertiesJson(), "bookingRef")).stay = t;
            }
        }
        List<GuestStay> out = new ArrayList<>(byRef.size());
        for (Parts p : byRef.values()) {
            Event any = p.checkIn != null ? p.checkIn : p.checkOut;
            Hotel h = HotelGroup.HOTELS.stream().filter(x -> any.touchpoint().startsWith(x.code() + "."))
                    .findFirst().orElseThrow();
            int index = Integer.parseInt(p.ref.substring(p.ref.lastIndexOf('-') + 1));
            out.add(new GuestStay(p.guest, h, p.ref, index, p.checkIn, p.checkOut, p.stay));
        }
        out.sort(Comparator.comparingInt(GuestStay::guest).thenComparingInt(GuestStay::index));
        return out;
    }

    private static final class Parts {

        final int guest;
        final String ref;
        Event checkIn;
        Event checkOut;
        Transaction stay;

        Parts(int guest, String ref) {
            this.guest = guest;
            this.ref = ref;
        }
    }

    /** A string value of the flat objects {@link Json} writes (no escapes in the values read here). */
    static String stringProperty(String json, String key) {
        String marker = "\"" + key + "\":\"";
        int from = json.indexOf(marker);
        if (from < 0) {
            throw new IllegalArgumentException("no " + key + " in " + json);
        }
        from += marker.length();
        return json.substring(from, json.indexOf('"', from));
    }

    static int intProperty(String json, String key) {
        String marker = "\"" + key + "\":";
        int from = json.indexOf(marker);
        if (from < 0) {
            throw new IllegalArgumentException("no " + key + " in " + json);
        }
        from += marker.length();
        int to = from;
        while (to < json.length() && (Character.isDigit(json.charAt(to)) || json.charAt(to) == '-')) {
            to++;
        }
        return Integer.parseInt(json.substring(from, to));
    }
}
