package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Phase;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The fictional hotel group of the demo: three hotels in different cities, currencies and seasons, and a touchpoint
 * catalogue that walks a guest from the first website visit to the review after checkout.
 */
public final class HotelGroup {

    public static final String ORGANISATION = "Aurora Hotels";

    /**
     * One hotel.
     *
     * @param code short code used in touchpoint keys and booking references
     * @param monthWeights relative arrivals per month (January first): each city has its own season
     * @param baseRate a standard room per night in the hotel's currency
     * @param breakfastRate breakfast per person per night
     * @param rating the average review rating the hotel earns when nothing goes wrong
     */
    public record Hotel(String key, String code, String name, String city, String country, ZoneId zone,
            String currency, List<Double> monthWeights, BigDecimal baseRate, BigDecimal breakfastRate, double rating) {

        public String touchpointKey(String suffix) {
            return code + "." + suffix;
        }
    }

    /** A touchpoint of the catalogue; {@code hotel} is null for group-wide touchpoints. */
    public record TouchpointSpec(String key, String name, Channel channel, Phase phase, Hotel hotel,
            String description) {
    }

    public static final Hotel LISBON = new Hotel("aurora-lisbon", "lisbon", "Aurora Lisbon Riverside", "Lisbon", "PT",
            ZoneId.of("Europe/Lisbon"), "EUR",
            List.of(0.60, 0.65, 0.80, 1.00, 1.10, 1.25, 1.45, 1.50, 1.20, 1.00, 0.70, 0.75),
            new BigDecimal("145.00"), new BigDecimal("18.00"), 4.45);
    public static final Hotel EDINBURGH = new Hotel("aurora-edinburgh", "edinburgh", "Aurora Edinburgh Old Town",
            "Edinburgh", "GB", ZoneId.of("Europe/London"), "GBP",
            List.of(0.55, 0.60, 0.70, 0.85, 1.00, 1.15, 1.30, 1.60, 1.00, 0.85, 0.70, 1.05),
            new BigDecimal("155.00"), new BigDecimal("19.50"), 4.25);
    public static final Hotel BOSTON = new Hotel("aurora-boston", "boston", "Aurora Boston Harbor", "Boston", "US",
            ZoneId.of("America/New_York"), "USD",
            List.of(0.60, 0.60, 0.75, 0.90, 1.10, 1.20, 1.25, 1.20, 1.20, 1.30, 0.90, 0.80),
            new BigDecimal("245.00"), new BigDecimal("28.00"), 4.05);

    public static final List<Hotel> HOTELS = List.of(LISBON, EDINBURGH, BOSTON);

    // Suffixes of each hotel's touchpoints, used by the timeline.
    static final String WEBSITE = "website";
    static final String APP_BOOKING = "app-booking";
    static final String RESERVATIONS = "reservations-phone";
    static final String CONFIRMATION_EMAIL = "confirmation-email";
    static final String PRE_ARRIVAL_EMAIL = "pre-arrival-email";
    static final String CONCIERGE_CHAT = "concierge-chat";
    static final String APP_STAY = "app-stay";
    static final String CHECK_IN = "front-desk-checkin";
    static final String FRONT_DESK = "front-desk";
    static final String HOUSEKEEPING = "housekeeping";
    static final String BREAKFAST = "breakfast";
    static final String RESTAURANT = "restaurant";
    static final String ROOM_SERVICE = "room-service";
    static final String SPA = "spa";
    static final String GUEST_CHAT = "guest-chat";
    static final String CHECKOUT = "checkout";
    static final String POST_STAY_EMAIL = "post-stay-email";
    static final String GUEST_RELATIONS = "guest-relations-phone";
    static final String REVIEWS = "reviews";
    static final String SOCIAL = "social";
    static final String NEWSLETTER = "aurora.newsletter";
    static final String LOYALTY_APP = "aurora.circle-app";

    private HotelGroup() {
    }

    public static List<TouchpointSpec> touchpoints() {
        List<TouchpointSpec> out = new ArrayList<>();
        out.add(new TouchpointSpec(NEWSLETTER, "Aurora newsletter", Channel.EMAIL, Phase.PRE, null,
                "Monthly offers and stories sent to guests who opted in to marketing email"));
        out.add(new TouchpointSpec(LOYALTY_APP, "Aurora Circle app", Channel.MOBILE_APP, Phase.PRE, null,
                "Loyalty programme app: points, member rates, linking a stay to an account"));
        for (Hotel h : HOTELS) {
            String at = " at " + h.name();
            add(out, h, WEBSITE, "Website & online booking", Channel.WEB, Phase.PRE,
                    "Room pages, offers and the booking engine" + at);
            add(out, h, APP_BOOKING, "App booking", Channel.MOBILE_APP, Phase.PRE,
                    "Booking a stay in the Aurora app" + at);
            add(out, h, RESERVATIONS, "Reservations line", Channel.PHONE, Phase.PRE,
                    "Calls to reservations: new bookings, changes, special requests" + at);
            add(out, h, CONFIRMATION_EMAIL, "Booking confirmation email", Channel.EMAIL, Phase.PRE,
                    "Sent right after a booking" + at);
            add(out, h, PRE_ARRIVAL_EMAIL, "Pre-arrival email", Channel.EMAIL, Phase.PRE,
                    "Sent three days before arrival: online check-in, upgrades, breakfast" + at);
            add(out, h, CONCIERGE_CHAT, "Pre-arrival concierge chat", Channel.CHAT, Phase.PRE,
                    "Questions before the stay: parking, transfers, late arrival" + at);
            add(out, h, APP_STAY, "App check-in, digital key & express checkout", Channel.MOBILE_APP, Phase.DURING,
                    "Self-service during the stay in the Aurora app" + at);
            add(out, h, CHECK_IN, "Front-desk check-in", Channel.IN_PERSON, Phase.DURING, "Arrival" + at);
            add(out, h, FRONT_DESK, "Front desk & concierge", Channel.IN_PERSON, Phase.DURING,
                    "Requests and issues raised in person" + at);
            add(out, h, HOUSEKEEPING, "Housekeeping", Channel.IN_PERSON, Phase.DURING,
                    "Room cleaning and guest requests" + at);
            add(out, h, BREAKFAST, "Breakfast room", Channel.IN_PERSON, Phase.DURING, "Breakfast service" + at);
            add(out, h, RESTAURANT, "Restaurant & bar", Channel.IN_PERSON, Phase.DURING, "Dinner and drinks" + at);
            add(out, h, ROOM_SERVICE, "In-room dining", Channel.PHONE, Phase.DURING,
                    "Room service ordered by phone" + at);
            add(out, h, SPA, "Spa & wellness", Channel.IN_PERSON, Phase.DURING, "Treatments and pool" + at);
            add(out, h, GUEST_CHAT, "In-stay guest chat", Channel.CHAT, Phase.DURING,
                    "Messaging the hotel during the stay" + at);
            add(out, h, CHECKOUT, "Front-desk checkout", Channel.IN_PERSON, Phase.DURING, "Departure" + at);
            add(out, h, POST_STAY_EMAIL, "Post-stay thank-you & survey email", Channel.EMAIL, Phase.POST,
                    "Sent the day after checkout with a link to the guest survey" + at);
            add(out, h, GUEST_RELATIONS, "Guest relations follow-up call", Channel.PHONE, Phase.POST,
                    "Calls after a complaint or a lost item" + at);
            add(out, h, REVIEWS, "Review sites", Channel.REVIEW_SITE, Phase.POST,
                    "Reviews on Tripadvisor, Google and Booking.com" + at);
            add(out, h, SOCIAL, "Social media", Channel.SOCIAL, Phase.POST, "Posts and mentions" + at);
        }
        return out;
    }

    private static void add(List<TouchpointSpec> out, Hotel h, String suffix, String name, Channel channel,
            Phase phase, String description) {
        out.add(new TouchpointSpec(h.touchpointKey(suffix), name, channel, phase, h, description));
    }

    static Hotel hotel(String key) {
        return HOTELS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    /** The journey stage of a touchpoint key (see the catalogue's default stages). */
    public static String stageOf(String touchpointKey) {
        String suffix = touchpointKey.substring(touchpointKey.indexOf('.') + 1);
        return switch (suffix) {
            case "newsletter", "circle-app" -> "inspiration";
            case WEBSITE, APP_BOOKING, RESERVATIONS, CONFIRMATION_EMAIL -> "booking";
            case PRE_ARRIVAL_EMAIL, CONCIERGE_CHAT -> "pre-arrival";
            case CHECK_IN -> "arrival";
            case CHECKOUT -> "departure";
            case POST_STAY_EMAIL, GUEST_RELATIONS, REVIEWS, SOCIAL -> "post-stay";
            default -> "stay";
        };
    }
}
