package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What demo guests said after their stays, and how each stay felt to them. The feeling of a stay (its NPS) is drawn
 * once and shared: the survey answers ({@link SurveyHistory}), reviews and social posts all follow from it. The data
 * tells a story a CX manager can find on the dashboard: Lisbon's staff and location delight; Boston struggles with
 * noise, breakfast and price; and in the last four months Edinburgh's check-in slipped (a long queue at the front
 * desk), dragging its NPS down.
 */
public final class GuestFeedback {

    /** One published feedback record. {@code touchpoint} and {@code stage} are keys; scores are null when not given. */
    public record Item(String kind, String source, String externalId, int guest, String hotel, String touchpoint,
            String stage, String channel, Instant at, Integer nps, Integer csat, Integer ces, BigDecimal rating,
            String text, String author, String url, String language) {
    }

    /**
     * How a stay felt to the guest.
     *
     * @param nps how likely the guest is to recommend the hotel after this stay
     * @param slipping whether the stay fell in the months Edinburgh's check-in slipped
     */
    record Mood(int nps, boolean slipping) {
    }

    private static final long STREAM = 0x5EED_FEED_BAC4_0001L;
    static final int SLIP_DAYS = 120;

    private GuestFeedback() {
    }

    /** Whether a stay arriving on {@code arrival} at {@code h} met the slipping check-in. */
    static boolean slipping(Hotel h, LocalDate arrival, LocalDate anchor) {
        return h == HotelGroup.EDINBURGH && arrival.isAfter(anchor.minusDays(SLIP_DAYS));
    }

    /** The stay's feeling, and the stream the stay's reviews and posts go on drawing from. */
    static SplittableRandom stream(DemoScenario scenario, GuestStay s) {
        return new SplittableRandom(Draw.mix(scenario.seed() ^ STREAM, (long) s.guest() * 1_000 + s.index()));
    }

    static Mood mood(DemoScenario scenario, GuestStay s) {
        return mood(scenario, s, stream(scenario, s));
    }

    private static Mood mood(DemoScenario scenario, GuestStay s, SplittableRandom rnd) {
        Hotel h = s.hotel();
        boolean slipping = slipping(h, s.arrival(), scenario.anchor());
        double mean = switch (h.code()) {
            case "lisbon" -> 8.7;
            case "edinburgh" -> slipping ? 6.6 : 8.4;
            default -> 7.4;
        };
        if (scenario.guests().get(s.guest()).persona() == Persona.BUSINESS) {
            mean -= 0.5;
        }
        return new Mood(clamp((int) Math.round(mean + rnd.nextGaussian() * 1.7), 0, 10), slipping);
    }

    /** Reviews and social posts about the stays that ended before the anchor. */
    public static List<Item> of(DemoScenario scenario) {
        List<Item> out = new ArrayList<>();
        for (GuestStay s : GuestStay.of(scenario)) {
            if (s.stay() != null && s.stay().endDate().isBefore(scenario.anchor())) {
                SplittableRandom rnd = stream(scenario, s);
                Mood mood = mood(scenario, s, rnd);
                published(out, scenario.guests().get(s.guest()), s, mood, rnd);
            }
        }
        return out;
    }

    private static void published(List<Item> out, DemoGuest g, GuestStay s, Mood mood, SplittableRandom rnd) {
        Hotel h = s.hotel();
        int nps = mood.nps();
        String id = g.number() + "-" + s.stay().seq();
        String lang = "en";
        Instant after = s.stay().endDate().plusDays(1).atTime(9 + rnd.nextInt(10), rnd.nextInt(60))
                .toInstant(ZoneOffset.UTC);
        // Reviews: about one stay in nine.
        if (rnd.nextDouble() < 0.11) {
            // How guests who would score a hotel so translate it into stars on review sites: 9-10 five, 7-8 four,
            // 5-6 three, and the unhappy ones one or two.
            int stars = nps <= 2 ? 1 : nps <= 4 ? 2 : nps <= 6 ? 3 : nps <= 8 ? 4 : 5;
            String source = pick(rnd, new String[] {"tripadvisor", "google", "booking"});
            BigDecimal rating = BigDecimal.valueOf(stars - 1).divide(BigDecimal.valueOf(4), 4, RoundingMode.HALF_UP);
            String handle = "@" + g.details().firstName().toLowerCase() + (g.number() % 97);
            out.add(new Item("review", source, "rev-" + id, g.number(), h.key(), h.touchpointKey(HotelGroup.REVIEWS),
                    "post-stay", "review_site", after.plusSeconds(86_400L * (1 + rnd.nextInt(6))), null, null, null,
                    rating, comment(h, nps, mood.slipping(), rnd), handle,
                    "https://" + source + ".example/review/" + id, lang));
        }
        // Social posts: a few, mostly when something stood out.
        if ((nps <= 4 || nps == 10) && rnd.nextDouble() < 0.12) {
            String source = pick(rnd, new String[] {"facebook", "instagram", "x"});
            out.add(new Item("social", source, "post-" + id, g.number(), h.key(), h.touchpointKey(HotelGroup.SOCIAL),
                    "post-stay", "social", after.plusSeconds(3_600L * rnd.nextInt(48)), null, null, null, null,
                    nps <= 4 ? pick(rnd, SOCIAL_BAD).replace("{hotel}", h.name())
                            : pick(rnd, SOCIAL_GOOD).replace("{hotel}", h.name()),
                    "@" + g.details().firstName().toLowerCase() + "_" + (g.number() % 89), null, lang));
        }
    }

    static String comment(Hotel h, int nps, boolean slipping, SplittableRandom rnd) {
        List<String> parts = new ArrayList<>();
        if (nps >= 9) {
            parts.add(pick(rnd, h.code().equals("lisbon") ? LISBON_GOOD : GOOD));
            if (rnd.nextBoolean()) {
                parts.add(pick(rnd, GOOD));
            }
        }
        else if (nps >= 7) {
            parts.add(pick(rnd, MIXED));
        }
        else {
            if (slipping && rnd.nextDouble() < 0.7) {
                parts.add(pick(rnd, CHECKIN_BAD));
            }
            parts.add(pick(rnd, switch (h.code()) {
                case "boston" -> BOSTON_BAD;
                case "lisbon" -> LISBON_BAD;
                default -> BAD;
            }));
            if (rnd.nextDouble() < 0.3) {
                parts.add(pick(rnd, BAD));
            }
        }
        return String.join(" ", parts.stream().distinct().toList());
    }

    static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static String pick(SplittableRandom r, String[] items) {
        return items[r.nextInt(items.length)];
    }

    private static final String[] GOOD = {
        "The staff were incredibly friendly and helpful.", "Room was spotless and the bed very comfortable.",
        "Breakfast was excellent, lots of fresh options.", "Check-in was quick and easy.",
        "Loved the view from our room!", "Great value for money.", "The spa was a real treat.",
        "Housekeeping did a wonderful job every day.", "The concierge gave us brilliant tips for dinner.",
        "Everything was perfect, we will definitely be back :)"};
    private static final String[] LISBON_GOOD = {
        "Fantastic location by the river, walking distance to everything.",
        "The team at reception made us feel so welcome!", "Best breakfast terrace in Lisbon.",
        "Staff went out of their way for our anniversary, thank you!!"};
    static final String[] MIXED = {
        "Decent stay overall, nothing to complain about.", "Room was fine but a bit small.",
        "Breakfast was ok, the coffee could have been better.", "Good location but the room felt dated.",
        "Nice hotel, though the Wi-Fi was slow in the evenings.", "Staff were friendly but the room was not ready at 3pm."};
    static final String[] BAD = {
        "The room could have been cleaner.", "Wi-Fi kept dropping in the room.",
        "Breakfast was nothing to write home about.", "Overpriced for what you get.",
        "We were charged twice for the minibar and it took days to get a refund.",
        "Nobody answered the phone at reception."};
    private static final String[] BOSTON_BAD = {
        "Very noisy at night, we could hear the street until 2am.", "Thin walls, heard the neighbours all night.",
        "Breakfast was cold and the buffet was not refilled.", "Way too expensive for such a tired room.",
        "The air conditioning was loud and did not cool the room."};
    private static final String[] LISBON_BAD = {
        "Wi-Fi was terrible, could not work from the room.", "The room was smaller than in the photos."};
    static final String[] CHECKIN_BAD = {
        "We waited over 40 minutes to check in.", "Check-in queue was long and only one person at the desk.",
        "Arrived at 4pm and the room still wasn't ready, the wait at reception was ridiculous.",
        "Check-in was chaotic, nobody seemed to know our booking.", "Slow check-in, really frustrating after a long flight."};
    static final String[] CHECKIN_GOOD = {
        "Check-in took two minutes, lovely welcome.", "Smooth check-in and a free upgrade!"};
    static final String[] BOOKING_BAD = {
        "The booking website kept crashing on payment.", "Hard to find the breakfast option when booking.",
        "The app logged me out twice while booking."};
    private static final String[] SOCIAL_BAD = {
        "Never again at {hotel}. Waited ages and nobody cared.", "{hotel}: dirty room, rude staff. Avoid.",
        "Disappointed with {hotel}, expected much more for the price."};
    private static final String[] SOCIAL_GOOD = {
        "What a stay at {hotel}! Staff are amazing", "{hotel} you were wonderful, thank you for a perfect weekend!"};
}
