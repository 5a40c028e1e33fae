package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            // A third of the guests from non-English-speaking countries review in their own language: kept and
            // counted, not analysed (the insights page says how many).
            String own = g.details().language();
            String[][] pools = own == null ? null : FOREIGN.get(own);
            String text;
            String reviewLang = lang;
            if (pools != null && rnd.nextDouble() < 0.35) {
                text = pick(rnd, nps >= 7 ? pools[0] : pools[1]);
                reviewLang = own;
            } else {
                text = comment(h, nps, mood.slipping(), rnd);
            }
            out.add(new Item("review", source, "rev-" + id, g.number(), h.key(), h.touchpointKey(HotelGroup.REVIEWS),
                    "post-stay", "review_site", after.plusSeconds(86_400L * (1 + rnd.nextInt(6))), null, null, null,
                    rating, text, handle, "https://" + source + ".example/review/" + id, reviewLang));
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

    /**
     * A guest's comment: what stood out, in the guest's mood. Promoters praise one to three things, most often what
     * their hotel does best, and some add a small wish; passives mix praise and a gripe; detractors list one or two
     * of their hotel's weak points (Edinburgh's queue at the desk while its check-in slipped). Some open with a
     * plain fact about the trip, and a few mention things no topic of the taxonomy covers yet (baby cots, loyalty
     * points, turndown service), which the insights page offers as new topics. Draws one number from {@code rnd}.
     */
    static String comment(Hotel h, int nps, boolean slipping, SplittableRandom rnd) {
        SplittableRandom c = new SplittableRandom(rnd.nextLong());
        List<String> parts = new ArrayList<>();
        if (c.nextDouble() < 0.15) {
            parts.add(pick(c, FACTS));
        }
        String[] praised = switch (h.code()) {
            case "lisbon" -> LISBON_STRENGTHS;
            case "boston" -> BOSTON_STRENGTHS;
            default -> EDINBURGH_STRENGTHS;
        };
        String[] weak = switch (h.code()) {
            case "lisbon" -> LISBON_WEAKNESSES;
            case "boston" -> BOSTON_WEAKNESSES;
            default -> EDINBURGH_WEAKNESSES;
        };
        if (nps >= 9) {
            if (h.code().equals("lisbon") && c.nextDouble() < 0.3) {
                parts.add(pick(c, LISBON_GOOD));
            }
            int n = 1 + (c.nextDouble() < 0.5 ? 1 : 0) + (c.nextDouble() < 0.2 ? 1 : 0);
            for (int i = 0; i < n; i++) {
                parts.add(pick(c, PRAISE.get(pick(c, praised))));
            }
            if (c.nextDouble() < 0.25) {
                parts.add(pick(c, WISHES));
            }
            if (c.nextDouble() < 0.06) {
                parts.add(pick(c, UNCOVERED_GOOD));
            }
        } else if (nps >= 7) {
            if (c.nextDouble() < 0.35) {
                parts.add(pick(c, MIXED));
            } else {
                parts.add(pick(c, PRAISE.get(pick(c, praised))));
                parts.add(c.nextBoolean() ? pick(c, WISHES) : pick(c, GRIPES.get(pick(c, weak))));
            }
            if (c.nextDouble() < 0.05) {
                parts.add(pick(c, UNCOVERED_BAD));
            }
        } else {
            if (slipping && c.nextDouble() < 0.7) {
                parts.add(pick(c, CHECKIN_BAD));
            }
            int n = 1 + (c.nextDouble() < 0.4 ? 1 : 0);
            for (int i = 0; i < n; i++) {
                parts.add(pick(c, GRIPES.get(pick(c, weak))));
            }
            if (c.nextDouble() < 0.15) {
                parts.add(pick(c, BAD));
            }
            if (c.nextDouble() < 0.15) {
                parts.add(pick(c, SILVER_LININGS));
            }
            if (c.nextDouble() < 0.06) {
                parts.add(pick(c, UNCOVERED_BAD));
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

    /** Topics a hotel's happy guests mention, repeated by how often. */
    private static final String[] LISBON_STRENGTHS = {"staff", "staff", "staff", "location", "location", "location",
        "breakfast", "view", "view", "clean", "bed", "value", "bar"};
    private static final String[] BOSTON_STRENGTHS = {"spa", "spa", "bed", "bed", "staff", "location", "clean",
        "checkin", "bar", "gym", "wifi", "parking"};
    private static final String[] EDINBURGH_STRENGTHS = {"room", "room", "breakfast", "breakfast", "staff", "staff",
        "location", "location", "clean", "bed", "value", "bar"};
    /** Topics a hotel's unhappy guests complain about, repeated by how often. */
    private static final String[] LISBON_WEAKNESSES = {"wifi", "wifi", "wifi", "size", "size", "bathroom", "parking",
        "price", "noise"};
    private static final String[] BOSTON_WEAKNESSES = {"noise", "noise", "noise", "breakfast", "breakfast", "price",
        "price", "aircon", "dated", "billing", "reception", "location", "view"};
    private static final String[] EDINBURGH_WEAKNESSES = {"clean", "clean", "billing", "reception", "reception",
        "dated", "bathroom", "breakfast", "wifi", "price"};

    private static final Map<String, String[]> PRAISE = Map.ofEntries(
            Map.entry("staff", new String[] {
                "The staff were incredibly friendly and helpful.", "Everyone at reception was so welcoming.",
                "The concierge gave us brilliant tips for dinner.",
                "Staff went out of their way to make our stay special.",
                "Our waiter at breakfast remembered how we take our coffee!",
                "Special thanks to the team at the front desk, always smiling.",
                "The housekeeper left a lovely note for the kids."}),
            Map.entry("location", new String[] {
                "Fantastic location, walking distance to everything.", "Perfect location for exploring the old town.",
                "Great location close to the metro station.", "You cannot beat the location.",
                "Quiet street but only five minutes from the main sights."}),
            Map.entry("breakfast", new String[] {
                "Breakfast was excellent, lots of fresh options.", "The breakfast buffet had something for everyone.",
                "Freshly made omelettes at breakfast, delicious.", "Best breakfast we have had in a hotel.",
                "Loved the pastries and the fresh orange juice at breakfast."}),
            Map.entry("view", new String[] {
                "Loved the view from our room!", "Stunning views over the river from the balcony.",
                "Ask for a room on a high floor, the view is worth it.",
                "Watching the sunset from the terrace was magic."}),
            Map.entry("clean", new String[] {
                "Room was spotless.", "Housekeeping did a wonderful job every day.",
                "Everything was immaculate, from the lobby to the bathroom.", "Very clean and well kept."}),
            Map.entry("bed", new String[] {
                "The bed was very comfortable.", "Slept like a baby, great mattress and pillows.",
                "Super comfy bed and blackout curtains, perfect after a long flight.", "Best night's sleep in ages."}),
            Map.entry("value", new String[] {
                "Great value for money.", "Fair price for what you get.", "Worth every penny.",
                "Very reasonable rates for such a central hotel."}),
            Map.entry("bar", new String[] {
                "The cocktails at the bar were excellent.", "Lovely bar with a great selection of local wines.",
                "The bartender made the best martini I have had in years."}),
            Map.entry("spa", new String[] {
                "The spa was a real treat.", "Booked a massage at the spa, absolutely wonderful.",
                "The pool and sauna were a great way to end the day.",
                "Lovely relaxing spa, very professional therapists."}),
            Map.entry("gym", new String[] {
                "Well equipped gym, open all night.", "The fitness room had everything I needed."}),
            Map.entry("room", new String[] {
                "Our room was spacious and beautifully decorated.", "The suite was gorgeous.",
                "Large room with a lovely bathroom.", "Room was modern, bright and quiet."}),
            Map.entry("checkin", new String[] {
                "Check-in was quick and easy.", "Smooth check-in and a free upgrade!",
                "Check-in took two minutes, lovely welcome."}),
            Map.entry("wifi", new String[] {
                "Fast Wi-Fi everywhere, even by the pool.", "The Wi-Fi was quick and free, handy for work.",
                "Reliable internet, I could take video calls from the room."}),
            Map.entry("parking", new String[] {
                "Easy parking right next to the entrance.", "The valet parking was quick and friendly."}));

    private static final Map<String, String[]> GRIPES = Map.ofEntries(
            Map.entry("wifi", new String[] {
                "Wi-Fi was terrible, could not work from the room.", "Wi-Fi kept dropping in the room.",
                "The internet was painfully slow in the evenings.",
                "Could not even send an email, the Wi-Fi never worked.",
                "Had to use my phone as a hotspot because the Wi-Fi was so poor."}),
            Map.entry("size", new String[] {
                "The room was smaller than in the photos.", "Tiny room, we could barely open our suitcases.",
                "The room was cramped for two people."}),
            Map.entry("bathroom", new String[] {
                "The shower was lukewarm at best.", "Water pressure in the shower was very weak.",
                "The bathroom needs updating, the grout was black.", "No hot water on our second morning."}),
            Map.entry("parking", new String[] {
                "Parking was expensive and hard to find.", "The car park was full every evening."}),
            Map.entry("price", new String[] {
                "Overpriced for what you get.", "Way too expensive for such a tired room.",
                "Very pricey, and breakfast was extra.", "Not worth the money."}),
            Map.entry("noise", new String[] {
                "Very noisy at night, we could hear the street until 2am.",
                "Thin walls, heard the neighbours all night.",
                "Construction noise from 7am every morning.", "The bar downstairs was loud until midnight.",
                "Could not sleep because of the traffic noise."}),
            Map.entry("breakfast", new String[] {
                "Breakfast was cold and the buffet was not refilled.", "Breakfast was nothing to write home about.",
                "Same breakfast every day and the coffee was awful.", "Breakfast queue was 20 minutes long at 9am.",
                "Scrambled eggs were powdery and the bacon was burnt."}),
            Map.entry("aircon", new String[] {
                "The air conditioning was loud and did not cool the room.",
                "Room was stuffy and the heating could not be turned down.",
                "The AC rattled all night."}),
            Map.entry("dated", new String[] {
                "The room felt dated, the carpet was worn.", "Furniture was shabby and the TV did not work.",
                "Half the lifts were out of order.", "The decor needs updating."}),
            Map.entry("billing", new String[] {
                "We were charged twice for the minibar and it took days to get a refund.",
                "Found a charge on my bill for a breakfast we never had.",
                "They took a deposit on my card and it still has not been released."}),
            Map.entry("reception", new String[] {
                "Nobody answered the phone at reception.", "The receptionist was rude and dismissive.",
                "Asked three times for extra towels, nobody came.",
                "Reception staff seemed overwhelmed and unhelpful."}),
            Map.entry("location", new String[] {
                "A bit far from the centre, we needed a taxi everywhere.",
                "The neighbourhood felt unsafe walking back at night."}),
            Map.entry("view", new String[] {
                "Our room looked straight onto a brick wall.", "No view at all, just the back of another building."}),
            Map.entry("clean", new String[] {
                "The room could have been cleaner.", "Hair in the shower and dust under the bed.",
                "Housekeeping skipped our room two days in a row.",
                "The carpet had stains and the room smelled musty."}));

    /** Small wishes of happy guests: the actionable lines a CX team looks for. */
    private static final String[] WISHES = {
        "Only wish the Wi-Fi was a bit faster.", "The pillows could be softer.", "A kettle in the room would be nice.",
        "Breakfast could start a bit earlier at weekends.", "Parking is pricey, take the metro instead.",
        "The shower took a while to get hot.", "Would love a later checkout option."};
    /** Facts a comment opens with, no opinion in them. */
    private static final String[] FACTS = {
        "We stayed three nights for a conference.", "Second stay here, this time with the kids.",
        "Came for a family wedding.", "Booked through the app for a weekend away.",
        "We arrived late on Friday after a long flight.", "Business trip, four nights."};
    /** What no taxonomy topic covers yet, for the suggested topics. */
    private static final String[] UNCOVERED_GOOD = {
        "They had a baby cot ready when we arrived.", "The turndown service with chocolates was a lovely touch.",
        "Dog friendly, they even put out a water bowl for our dog."};
    private static final String[] UNCOVERED_BAD = {
        "My loyalty points were never credited.", "Loyalty points still have not shown up on my account.",
        "We asked for a baby cot in advance and there was none.", "The evening turndown service was skipped twice."};
    /** What unhappy guests still liked. */
    private static final String[] SILVER_LININGS = {
        "The location is great though.", "Lovely staff, to be fair.", "The bed was comfortable at least."};

    /** Reviews written in the guest's own language: praise, then complaints. */
    private static final Map<String, String[][]> FOREIGN = Map.of(
            "de", new String[][] {
                {"Sehr freundliches Personal und ein sauberes Zimmer, wir kommen gerne wieder.",
                    "Das Frühstück war ausgezeichnet und die Lage ist perfekt."},
                {"Das Zimmer war laut und das Frühstück leider enttäuschend.",
                    "Wir mussten lange auf unser Zimmer warten, der Service war nicht gut."}},
            "fr", new String[][] {
                {"Personnel très accueillant et chambre impeccable, nous reviendrons avec plaisir.",
                    "Le petit déjeuner était excellent et l'emplacement est idéal."},
                {"La chambre était bruyante et le petit déjeuner décevant.",
                    "Nous avons attendu longtemps à la réception, le service n'était pas à la hauteur."}},
            "pt", new String[][] {
                {"Funcionários muito simpáticos e o quarto estava impecável, voltaremos com certeza.",
                    "O pequeno-almoço era excelente e a localização é perfeita."},
                {"O quarto era barulhento e o pequeno-almoço foi uma desilusão.",
                    "Esperámos muito tempo na receção e o serviço não foi bom."}},
            "es", new String[][] {
                {"El personal fue muy amable y la habitación estaba impecable, volveremos.",
                    "El desayuno era excelente y la ubicación es perfecta."},
                {"La habitación era ruidosa y el desayuno fue decepcionante.",
                    "Tuvimos que esperar mucho en la recepción y el servicio no fue bueno."}},
            "nl", new String[][] {
                {"Heel vriendelijk personeel en een schone kamer, we komen zeker terug.",
                    "Het ontbijt was uitstekend en de ligging is perfect."},
                {"De kamer was lawaaierig en het ontbijt was een teleurstelling.",
                    "We moesten lang wachten bij de receptie en de service was niet goed."}},
            "it", new String[][] {
                {"Personale molto gentile e camera pulitissima, torneremo sicuramente.",
                    "La colazione era ottima e la posizione è perfetta."},
                {"La camera era rumorosa e la colazione deludente.",
                    "Abbiamo aspettato a lungo alla reception e il servizio non era buono."}});

    private static final String[] LISBON_GOOD = {
        "Fantastic location by the river, walking distance to everything.",
        "The team at reception made us feel so welcome!", "Best breakfast terrace in Lisbon.",
        "Staff went out of their way for our anniversary, thank you!!"};
    static final String[] MIXED = {
        "Decent stay overall, nothing to complain about.", "Room was fine but a bit small.",
        "Breakfast was ok, the coffee could have been better.", "Good location but the room felt dated.",
        "Nice hotel, though the Wi-Fi was slow in the evenings.",
        "Staff were friendly but the room was not ready at 3pm.",
        "Comfortable enough for a night or two.", "Everything was fine, nothing special."};
    static final String[] BAD = {
        "The room could have been cleaner.", "Wi-Fi kept dropping in the room.",
        "Breakfast was nothing to write home about.", "Overpriced for what you get.",
        "We were charged twice for the minibar and it took days to get a refund.",
        "Nobody answered the phone at reception.", "Would not stay here again.",
        "Disappointing for a four-star hotel."};
    static final String[] CHECKIN_BAD = {
        "We waited over 40 minutes to check in.", "Check-in queue was long and only one person at the desk.",
        "Arrived at 4pm and the room still wasn't ready, the wait at reception was ridiculous.",
        "Check-in was chaotic, nobody seemed to know our booking.",
        "Slow check-in, really frustrating after a long flight."};
    static final String[] CHECKIN_GOOD = {
        "Check-in took two minutes, lovely welcome.", "Smooth check-in and a free upgrade!"};
    static final String[] BOOKING_BAD = {
        "The booking website kept crashing on payment.", "Hard to find the breakfast option when booking.",
        "The app logged me out twice while booking."};
    private static final String[] SOCIAL_BAD = {
        "Never again at {hotel}. Waited ages and nobody cared.", "{hotel}: dirty room, rude staff. Avoid.",
        "Disappointed with {hotel}, expected much more for the price.",
        "Two hours to get a room at {hotel} and then it wasn't even clean.",
        "{hotel} charged my card twice and nobody answers emails."};
    private static final String[] SOCIAL_GOOD = {
        "What a stay at {hotel}! Staff are amazing", "{hotel} you were wonderful, thank you for a perfect weekend!",
        "Sunset drinks on the terrace at {hotel}, bliss", "Already planning our next stay at {hotel} :)"};
}
