package io.touchpoint.app.demo.scenario;

import static io.touchpoint.app.demo.scenario.HotelGroup.APP_BOOKING;
import static io.touchpoint.app.demo.scenario.HotelGroup.APP_STAY;
import static io.touchpoint.app.demo.scenario.HotelGroup.BREAKFAST;
import static io.touchpoint.app.demo.scenario.HotelGroup.CHECKOUT;
import static io.touchpoint.app.demo.scenario.HotelGroup.CHECK_IN;
import static io.touchpoint.app.demo.scenario.HotelGroup.CONCIERGE_CHAT;
import static io.touchpoint.app.demo.scenario.HotelGroup.CONFIRMATION_EMAIL;
import static io.touchpoint.app.demo.scenario.HotelGroup.FRONT_DESK;
import static io.touchpoint.app.demo.scenario.HotelGroup.GUEST_CHAT;
import static io.touchpoint.app.demo.scenario.HotelGroup.GUEST_RELATIONS;
import static io.touchpoint.app.demo.scenario.HotelGroup.HOUSEKEEPING;
import static io.touchpoint.app.demo.scenario.HotelGroup.LOYALTY_APP;
import static io.touchpoint.app.demo.scenario.HotelGroup.NEWSLETTER;
import static io.touchpoint.app.demo.scenario.HotelGroup.POST_STAY_EMAIL;
import static io.touchpoint.app.demo.scenario.HotelGroup.PRE_ARRIVAL_EMAIL;
import static io.touchpoint.app.demo.scenario.HotelGroup.RESERVATIONS;
import static io.touchpoint.app.demo.scenario.HotelGroup.RESTAURANT;
import static io.touchpoint.app.demo.scenario.HotelGroup.REVIEWS;
import static io.touchpoint.app.demo.scenario.HotelGroup.ROOM_SERVICE;
import static io.touchpoint.app.demo.scenario.HotelGroup.SOCIAL;
import static io.touchpoint.app.demo.scenario.HotelGroup.SPA;
import static io.touchpoint.app.demo.scenario.HotelGroup.WEBSITE;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.demo.scenario.DemoRecord.Event;
import io.touchpoint.app.demo.scenario.DemoRecord.IdentityUse;
import io.touchpoint.app.demo.scenario.DemoRecord.Transaction;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Two years in the life of one guest: stays with everything around them (booking, emails, check-in, breakfast,
 * complaints, reviews), browsing and app use between stays, newsletters while subscribed, consents, preferences and
 * attributes. Everything lies in the window [anchor - 730 days, anchor); a stay booked before the window keeps its
 * in-window part, a booking for after the anchor keeps its pre-arrival part.
 */
final class GuestTimeline {

    static final int WINDOW_DAYS = 730;

    private static final List<Double> BUSINESS_MONTHS = List.of(0.9, 1.0, 1.1, 1.1, 1.1, 1.0, 0.8, 0.6, 1.1, 1.15,
            1.1, 0.55);
    private static final List<Double> FAMILY_MONTHS = List.of(0.3, 0.6, 0.5, 1.0, 0.5, 0.9, 1.8, 1.8, 0.4, 0.8, 0.3,
            1.0);
    private static final Map<Persona, double[]> ARRIVAL_DAYS = Map.of(
            Persona.BUSINESS, new double[] {1.4, 1.5, 1.2, 0.8, 0.2, 0.15, 1.0},
            Persona.LEISURE, new double[] {0.5, 0.5, 0.6, 0.9, 1.6, 1.2, 0.6},
            Persona.FAMILY, new double[] {0.7, 0.7, 0.7, 0.8, 1.0, 1.5, 1.2},
            Persona.EVENT, new double[] {0.3, 0.3, 0.4, 0.8, 1.6, 1.4, 0.3});
    private static final String[] PAGES = {"/", "/rooms", "/offers", "/location", "/restaurant", "/spa", "/meetings",
        "/gallery", "/faq"};
    private static final String[] CHAT_TOPICS = {"parking", "late_arrival", "airport_transfer", "early_check_in",
        "dietary_request", "cot_for_baby", "restaurant_booking", "luggage_storage"};
    private static final String[] STAY_CHAT_TOPICS = {"extra_towels", "taxi", "restaurant_booking", "wifi",
        "late_checkout", "iron", "recommendations"};
    private static final String[] HOUSEKEEPING_REQUESTS = {"extra_towels", "extra_pillows", "cleaning_time",
        "iron", "toiletries", "do_not_disturb_missed"};
    private static final String[] TREATMENTS = {"massage", "facial", "pool_and_sauna", "hot_stone_massage"};
    private static final String[] APP_SCREENS = {"points", "offers", "bookings", "member_rates", "profile"};
    private static final String[] SITES = {"tripadvisor", "tripadvisor", "google", "google", "booking_com"};
    private static final String[] NETWORKS = {"instagram", "instagram", "facebook", "x", "tiktok"};
    private static final String[] ACQUISITION = {"organic_search", "organic_search", "paid_search", "direct",
        "direct", "booking_com", "expedia", "social", "referral", "newsletter"};
    private static final String[] OFFERS = {"winter-escape", "city-break", "spring-offers", "easter-family",
        "may-long-weekend", "early-summer", "summer-nights", "late-summer", "autumn-weekends", "culture-season",
        "black-friday", "festive-season"};

    private final DemoGuest g;
    private final SplittableRandom r;
    private final LocalDate start;
    private final LocalDate anchor;
    private final Instant from;
    private final Instant until;
    private final Hotel home;
    private final ZoneId homeZone;
    private final List<DemoRecord> records = new ArrayList<>();
    private final List<GuestFact> facts = new ArrayList<>();
    private int seq;
    private Instant linkAt;
    private int nightsStayed;
    private Instant firstCheckIn;
    private Instant lastCheckout;
    private BigDecimal roomSpend = BigDecimal.ZERO;
    private int children;

    private GuestTimeline(DemoGuest guest, SplittableRandom random, LocalDate anchor) {
        this.g = guest;
        this.r = random;
        this.anchor = anchor;
        this.start = anchor.minusDays(WINDOW_DAYS);
        this.from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.until = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.home = HotelGroup.hotel(guest.homeHotel());
        this.homeZone = Places.country(guest.details().country()).zone();
    }

    /** A guest's records (in no particular order) and facts. */
    record Result(List<DemoRecord> records, List<GuestFact> facts) {
    }

    static Result of(DemoGuest guest, SplittableRandom random, LocalDate anchor) {
        GuestTimeline t = new GuestTimeline(guest, random, anchor);
        t.generate();
        return new Result(t.records, t.facts);
    }

    private record StayPlan(Hotel hotel, LocalDate arrival, int nights, Instant bookedAt, String bookingChannel,
            String roomType, double roomFactor, boolean breakfast, int adults, int children, boolean cancelled) {

        LocalDate departure() {
            return arrival.plusDays(nights);
        }
    }

    private void generate() {
        List<StayPlan> stays = planStays();
        if (g.hasAlias()) {
            linkAt = linkTime(stays);
        }
        int n = 0;
        for (StayPlan s : stays) {
            stay(s, n++);
        }
        Instant firstStay = records.stream().map(DemoRecord::at).min(Comparator.naturalOrder()).orElse(null);
        if (g.persona() == Persona.PROSPECT || firstStay == null) {
            prospect();
        }
        else {
            browsing(0.5, firstStay.minus(Duration.ofDays(Draw.between(r, 3, 60))));
        }
        if (g.appUser()) {
            appUse();
        }
        Instant firstSeen = records.stream().map(DemoRecord::at).min(Comparator.naturalOrder()).orElseThrow();
        consentsAndNewsletters(firstSeen);
        if (linkAt != null) {
            event(linkAt, IdentityUse.ALL, "account_linked", Channel.MOBILE_APP, LOYALTY_APP,
                    Json.object("linked", "email", "via", "app_profile"), null);
        }
        preferencesAndAttributes(firstSeen);
    }

    // ---------------------------------------------------------------- stays

    private List<StayPlan> planStays() {
        int count = switch (g.persona()) {
            case BUSINESS -> 2 + (int) Math.min(12, Draw.exponential(r, 3.5));
            case LEISURE -> 1 + (Draw.chance(r, 0.35) ? 1 : 0) + (Draw.chance(r, 0.12) ? 1 : 0);
            case FAMILY -> 1 + (Draw.chance(r, 0.3) ? 1 : 0);
            case EVENT -> 1 + (Draw.chance(r, 0.1) ? 1 : 0);
            case PROSPECT -> 0;
        };
        List<StayPlan> stays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Hotel hotel = i == 0 || Draw.chance(r, g.persona() == Persona.BUSINESS ? 0.85 : 0.7) ? home
                    : Draw.pick(r, HotelGroup.HOTELS);
            for (int attempt = 0; attempt < 8; attempt++) {
                StayPlan s = plan(hotel);
                if (s != null && stays.stream().noneMatch(o -> overlaps(o, s))) {
                    stays.add(s);
                    break;
                }
            }
        }
        stays.sort(Comparator.comparing(StayPlan::arrival));
        if (g.hasAlias() && !stays.isEmpty()) {
            // The first stay creates both identities: booked on the website by email, checked in with the card.
            StayPlan s = stays.get(0);
            stays.set(0, new StayPlan(s.hotel(), s.arrival(), s.nights(), s.bookedAt(), "web", s.roomType(),
                    s.roomFactor(), s.breakfast(), s.adults(), s.children(), false));
        }
        return stays;
    }

    private static boolean overlaps(StayPlan a, StayPlan b) {
        return !a.arrival().isAfter(b.departure().plusDays(2)) && !b.arrival().isAfter(a.departure().plusDays(2));
    }

    private StayPlan plan(Hotel hotel) {
        Persona p = g.persona();
        LocalDate arrival = arrivalDate(hotel);
        int nights = switch (p) {
            case BUSINESS -> 1 + Draw.weightedIndex(r, 35, 35, 20, 10);
            case LEISURE -> 2 + Draw.weightedIndex(r, 35, 30, 15, 12, 8);
            case FAMILY -> 3 + Draw.weightedIndex(r, 20, 25, 20, 15, 10, 10);
            default -> 1 + Draw.weightedIndex(r, 60, 40);
        };
        double lead = switch (p) {
            case BUSINESS -> 1 + Math.min(45, Draw.exponential(r, 6));
            case LEISURE -> 5 + Math.min(300, Draw.exponential(r, 40));
            case FAMILY -> 14 + Math.min(320, Draw.exponential(r, 60));
            default -> 10 + Math.min(200, Draw.exponential(r, 35));
        };
        Instant bookedAt = local(hotel, arrival.minusDays((long) lead), Draw.between(r, 7, 22), r.nextInt(60));
        if (!bookedAt.isBefore(until)) {
            return null;
        }
        double[] w = switch (p) {
            case BUSINESS -> g.appUser() ? new double[] {25, 60, 15} : new double[] {60, 0, 40};
            case LEISURE -> new double[] {62, g.appUser() ? 20 : 4, 24};
            case FAMILY -> new double[] {60, g.appUser() ? 10 : 2, 33};
            default -> new double[] {45, 0, 55};
        };
        String channel = new String[] {"web", "app", "phone"}[Draw.weightedIndex(r, w)];
        String room;
        double factor;
        if ("suite".equals(g.tastes().roomType()) && p != Persona.BUSINESS) {
            room = "Junior suite";
            factor = 2.1;
        }
        else {
            int k = switch (p) {
                case BUSINESS -> Draw.weightedIndex(r, 70, 30) == 0 ? 1 : 0;
                case LEISURE -> new int[] {2, 1, 3, 0}[Draw.weightedIndex(r, 40, 35, 10, 15)];
                case FAMILY -> 4;
                default -> Draw.weightedIndex(r, 60, 40) == 0 ? 0 : 5;
            };
            room = new String[] {"Standard double", "Superior king", "Deluxe double", "Junior suite", "Family room",
                "Superior twin"}[k];
            factor = new double[] {1.0, 1.2, 1.45, 2.1, 1.65, 1.2}[k];
        }
        double breakfastShare = switch (p) {
            case BUSINESS -> 0.5;
            case LEISURE -> 0.7;
            case FAMILY -> 0.85;
            default -> 0.4;
        };
        int adults = p == Persona.BUSINESS ? 1 : Draw.chance(r, 0.85) ? 2 : 1;
        int kids = p == Persona.FAMILY ? Draw.between(r, 1, 3) : 0;
        children = Math.max(children, kids);
        double cancel = switch (p) {
            case BUSINESS -> 0.07;
            case LEISURE -> 0.09;
            case FAMILY -> 0.06;
            default -> 0.05;
        };
        return new StayPlan(hotel, arrival, nights, bookedAt, channel, room, factor,
                Draw.chance(r, breakfastShare), adults, kids, Draw.chance(r, cancel));
    }

    /** Rejection sampling over the hotel's season, the persona's favourite arrival days and slow growth. */
    private LocalDate arrivalDate(Hotel hotel) {
        List<Double> months = switch (g.persona()) {
            case BUSINESS -> BUSINESS_MONTHS;
            case FAMILY -> FAMILY_MONTHS;
            default -> hotel.monthWeights();
        };
        double[] days = ARRIVAL_DAYS.get(g.persona());
        int span = WINDOW_DAYS + 120;
        LocalDate candidate = start;
        for (int i = 0; i < 200; i++) {
            int offset = 1 + r.nextInt(span);
            candidate = start.plusDays(offset);
            double trend = 0.85 + 0.3 * Math.min(1.0, offset / (double) WINDOW_DAYS);
            double w = months.get(candidate.getMonthValue() - 1) / 1.8
                    * days[candidate.getDayOfWeek().getValue() - 1] / 1.6 * trend / 1.15;
            if (r.nextDouble() < w) {
                return candidate;
            }
        }
        return candidate;
    }

    private Instant linkTime(List<StayPlan> stays) {
        // The first stay created both identities (booked on the website by email, checked in with the loyalty card);
        // weeks later the guest adds the email to the loyalty account in the app, which links them.
        StayPlan first = stays.stream().filter(s -> !s.cancelled()).findFirst().orElse(null);
        if (first == null || first.departure().isAfter(anchor.minusDays(45))
                || first.bookedAt().isBefore(from) || first.arrival().isBefore(start)) {
            return null;
        }
        Instant at = local(first.hotel(), first.departure().plusDays(Draw.between(r, 10, 40)), 19,
                r.nextInt(60));
        return at.isBefore(until) ? at : null;
    }

    private void stay(StayPlan s, int index) {
        Hotel h = s.hotel();
        String ref = h.code().substring(0, 3).toUpperCase(Locale.ROOT) + "-" + g.number() + "-" + (index + 1);
        BigDecimal rate = h.baseRate().multiply(BigDecimal.valueOf(s.roomFactor()
                * (0.8 + 0.25 * h.monthWeights().get(s.arrival().getMonthValue() - 1))))
                .setScale(0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal room = rate.multiply(BigDecimal.valueOf(s.nights()));
        int guests = s.adults() + s.children();
        BigDecimal breakfast = s.breakfast()
                ? h.breakfastRate().multiply(BigDecimal.valueOf((long) guests * s.nights())) : BigDecimal.ZERO;
        // Lisbon's tourist tax: EUR 4 per adult per night, at most 7 nights.
        BigDecimal cityTax = h == HotelGroup.LISBON
                ? BigDecimal.valueOf(4L * s.adults() * Math.min(7, s.nights())).setScale(2) : BigDecimal.ZERO;
        BigDecimal booked = room.add(breakfast).add(cityTax);

        Instant b = s.bookedAt();
        String tp = h.touchpointKey(s.bookingChannel().equals("web") ? WEBSITE
                : s.bookingChannel().equals("app") ? APP_BOOKING : RESERVATIONS);
        String bookingProps = Json.object("bookingRef", ref, "arrival", s.arrival().toString(), "nights", s.nights(),
                "roomType", s.roomType(), "guests", guests);
        switch (s.bookingChannel()) {
            case "web" -> {
                if (Draw.chance(r, 0.25)) {
                    Instant earlier = b.minus(Duration.ofHours(Draw.between(r, 20, 240)));
                    pageViews(earlier, h, Draw.between(r, 1, 3));
                    event(earlier.plusSeconds(400), Channel.WEB, "booking_started", tp,
                            Json.object("arrival", s.arrival().toString(), "nights", s.nights(), "step", "rates"),
                            null);
                }
                pageViews(b.minus(Duration.ofMinutes(Draw.between(r, 6, 40))), h, Draw.between(r, 1, 2));
                event(b.minusSeconds(240), Channel.WEB, "booking_started", tp, bookingProps, null);
                event(b, Channel.WEB, "booking_completed", tp, bookingProps, booked);
            }
            case "app" -> {
                event(b.minusSeconds(400), Channel.MOBILE_APP, "app_open", h.touchpointKey(APP_BOOKING),
                        Json.object("screen", "book"), null);
                event(b.minusSeconds(200), Channel.MOBILE_APP, "booking_started", tp, bookingProps, null);
                event(b, Channel.MOBILE_APP, "booking_completed", tp, bookingProps, booked);
            }
            default -> event(b, Channel.PHONE, "call", tp, Json.object("reason", "new_booking", "outcome", "booked",
                    "durationSec", Draw.between(r, 150, 900), "bookingRef", ref), booked);
        }
        transaction(b, channelOf(s.bookingChannel()), "booking", booked, h, s, itemsOf(s, rate, breakfast, cityTax,
                List.of()), ref);
        if (g.contact().email() != null) {
            if (Draw.chance(r, 0.6)) {
                Instant open = b.plus(minutes(Draw.exponential(r, 90)));
                event(open, Channel.EMAIL, "email_open", h.touchpointKey(CONFIRMATION_EMAIL),
                        Json.object("campaign", "booking_confirmation", "bookingRef", ref), null);
                if (Draw.chance(r, 0.12)) {
                    event(open.plusSeconds(45), Channel.EMAIL, "email_click", h.touchpointKey(CONFIRMATION_EMAIL),
                            Json.object("campaign", "booking_confirmation", "link", "manage_booking"), null);
                }
            }
        }
        if (s.cancelled()) {
            Instant cancelAt = b.plus(minutes(r.nextDouble() * Duration.between(b,
                    local(h, s.arrival(), 12, 0)).toMinutes()));
            Channel via = Draw.chance(r, 0.5) ? Channel.WEB : Draw.chance(r, 0.8) ? Channel.PHONE : Channel.MOBILE_APP;
            String reason = Draw.pick(r, List.of("change_of_plans", "change_of_plans", "found_cheaper", "illness",
                    "travel_disruption", "work"));
            event(cancelAt, via, via == Channel.PHONE ? "call" : "booking_cancelled",
                    h.touchpointKey(via == Channel.WEB ? WEBSITE : via == Channel.PHONE ? RESERVATIONS : APP_BOOKING),
                    Json.object("bookingRef", ref, "reason", reason, "outcome", via == Channel.PHONE ? "cancelled"
                            : null), null);
            transaction(cancelAt, via, "cancellation", booked, h, s,
                    Json.array(List.of(Json.object("type", "cancellation", "bookingRef", ref, "reason", reason,
                            "fee", BigDecimal.ZERO.setScale(2)))), ref);
            return;
        }
        preArrival(s, h, ref);
        duringAndAfter(s, h, ref, rate, breakfast, cityTax);
    }

    private void preArrival(StayPlan s, Hotel h, String ref) {
        Instant mail = local(h, s.arrival().minusDays(3), 9, 0);
        if (g.contact().email() != null && mail.isAfter(s.bookedAt()) && Draw.chance(r, 0.65)) {
            Instant open = mail.plus(minutes(Draw.exponential(r, 240)));
            event(open, Channel.EMAIL, "email_open", h.touchpointKey(PRE_ARRIVAL_EMAIL),
                    Json.object("campaign", "pre_arrival", "bookingRef", ref), null);
            if (Draw.chance(r, 0.35)) {
                event(open.plusSeconds(Draw.between(r, 10, 300)), Channel.EMAIL, "email_click",
                        h.touchpointKey(PRE_ARRIVAL_EMAIL), Json.object("campaign", "pre_arrival", "link",
                                Draw.pick(r, List.of("online_check_in", "add_breakfast", "upgrade_room",
                                        "airport_transfer", "restaurant_table"))), null);
            }
        }
        if (Draw.chance(r, 0.15)) {
            Instant at = local(h, s.arrival().minusDays(Draw.between(r, 1, 3)), Draw.between(r, 8, 21),
                    r.nextInt(60));
            String topic = Draw.pick(r, CHAT_TOPICS);
            int messages = Draw.between(r, 1, 3);
            for (int i = 0; i < messages; i++) {
                event(at.plusSeconds(90L * i), Channel.CHAT, "chat_message", h.touchpointKey(CONCIERGE_CHAT),
                        Json.object("topic", topic, "from", "guest", "bookingRef", ref), null);
            }
        }
        if (Draw.chance(r, 0.07)) {
            event(local(h, s.arrival().minusDays(Draw.between(r, 1, 10)), Draw.between(r, 9, 19), r.nextInt(60)),
                    Channel.PHONE, "call", h.touchpointKey(RESERVATIONS), Json.object("reason",
                            Draw.pick(r, List.of("change_booking", "special_request", "directions")), "outcome",
                            "resolved", "durationSec", Draw.between(r, 60, 600), "bookingRef", ref), null);
        }
    }

    private void duringAndAfter(StayPlan s, Hotel h, String ref, BigDecimal rate, BigDecimal breakfast,
            BigDecimal cityTax) {
        Persona p = g.persona();
        double season = h.monthWeights().get(s.arrival().getMonthValue() - 1);
        boolean viaApp = g.appUser() && Draw.chance(r, 0.45);
        // In the months Edinburgh's check-in slipped, the queue at the desk grew (the story of GuestFeedback).
        boolean slipping = GuestFeedback.slipping(h, s.arrival(), anchor);
        int wait = viaApp ? 0 : (int) Math.min(slipping ? 90 : 45,
                Draw.exponential(r, slipping ? 20 + 10 * season : 3 + 5 * season));
        boolean upgrade = Draw.chance(r, 0.08);
        String roomNo = Draw.between(r, 1, 7) + String.format(Locale.ROOT, "%02d", Draw.between(r, 1, 28));
        Instant checkIn = viaApp ? local(h, s.arrival(), Draw.between(r, 11, 14), r.nextInt(60))
                : local(h, s.arrival(), Draw.between(r, 14, 22), r.nextInt(60));
        if (viaApp) {
            event(checkIn, Channel.MOBILE_APP, "check_in", h.touchpointKey(APP_STAY),
                    Json.object("method", "app", "digitalKey", true, "bookingRef", ref), null);
        }
        else {
            event(checkIn, Channel.IN_PERSON, "check_in", h.touchpointKey(CHECK_IN), Json.object("room", roomNo,
                    "waitMinutes", wait, "upgrade", upgrade, "bookingRef", ref), null);
        }
        if (firstCheckIn == null && checkIn.isBefore(until)) {
            firstCheckIn = checkIn;
        }
        int guests = s.adults() + s.children();
        List<String> extras = new ArrayList<>();
        BigDecimal extra = BigDecimal.ZERO;
        for (int night = 1; night <= s.nights(); night++) {
            LocalDate morning = s.arrival().plusDays(night);
            if (s.breakfast() && Draw.chance(r, 0.7)) {
                event(local(h, morning, Draw.between(r, 7, 9), r.nextInt(60)), Channel.IN_PERSON, "breakfast",
                        h.touchpointKey(BREAKFAST), Json.object("covers", guests), null);
            }
            if (g.appUser() && Draw.chance(r, 0.15)) {
                event(local(h, morning.minusDays(1), Draw.between(r, 16, 23), r.nextInt(60)), Channel.MOBILE_APP,
                        "app_open", h.touchpointKey(APP_STAY), Json.object("screen",
                                Draw.pick(r, List.of("digital_key", "hotel_info", "restaurant", "bill"))), null);
            }
        }
        LocalDate someDay = s.arrival().plusDays(r.nextInt(s.nights()));
        if (Draw.chance(r, 0.22)) {
            event(local(h, someDay, Draw.between(r, 9, 21), r.nextInt(60)), Channel.IN_PERSON,
                    "housekeeping_request", h.touchpointKey(HOUSEKEEPING), Json.object("request",
                            p == Persona.FAMILY && Draw.chance(r, 0.3) ? "cot"
                                    : Draw.pick(r, HOUSEKEEPING_REQUESTS)), null);
        }
        if (Draw.chance(r, Math.min(0.7, 0.2 + 0.06 * s.nights()))) {
            int covers = Math.max(1, s.adults() + (Draw.chance(r, 0.3) ? 1 : 0));
            BigDecimal spend = money(h, covers * Draw.between(r, 32, 75));
            event(local(h, someDay, Draw.between(r, 19, 21), r.nextInt(60)), Channel.IN_PERSON, "restaurant_visit",
                    h.touchpointKey(RESTAURANT), Json.object("covers", covers, "currency", h.currency()), spend);
            extras.add(Json.object("type", "restaurant", "quantity", covers, "amount", spend));
            extra = extra.add(spend);
        }
        if (Draw.chance(r, 0.14)) {
            BigDecimal spend = money(h, Draw.between(r, 18, 65));
            event(local(h, someDay, Draw.between(r, 20, 23), r.nextInt(60)), Channel.PHONE, "room_service",
                    h.touchpointKey(ROOM_SERVICE), Json.object("currency", h.currency()), spend);
            extras.add(Json.object("type", "room_service", "quantity", 1, "amount", spend));
            extra = extra.add(spend);
        }
        if (Draw.chance(r, p == Persona.LEISURE ? 0.22 : 0.08)) {
            BigDecimal spend = money(h, Draw.between(r, 60, 160));
            String treatment = Draw.pick(r, TREATMENTS);
            event(local(h, someDay, Draw.between(r, 10, 18), r.nextInt(60)), Channel.IN_PERSON, "spa_visit",
                    h.touchpointKey(SPA), Json.object("treatment", treatment, "currency", h.currency()), spend);
            extras.add(Json.object("type", "spa", "description", treatment, "quantity", 1, "amount", spend));
            extra = extra.add(spend);
        }
        if (Draw.chance(r, 0.1)) {
            Instant at = local(h, someDay, Draw.between(r, 8, 22), r.nextInt(60));
            String topic = Draw.pick(r, STAY_CHAT_TOPICS);
            for (int i = 0; i < Draw.between(r, 1, 2); i++) {
                event(at.plusSeconds(120L * i), Channel.CHAT, "chat_message", h.touchpointKey(GUEST_CHAT),
                        Json.object("topic", topic, "from", "guest"), null);
            }
        }
        Complaint complaint = complaint(s, h, someDay, wait, season);

        boolean express = g.appUser() && Draw.chance(r, 0.35);
        // After the last breakfast, which ends at ten.
        Instant checkout = local(h, s.departure(), Draw.between(r, s.breakfast() ? 10 : 7, 11), r.nextInt(60));
        BigDecimal total = rate.multiply(BigDecimal.valueOf(s.nights())).add(breakfast).add(cityTax).add(extra);
        event(checkout, express ? Channel.MOBILE_APP : Channel.IN_PERSON, "check_out",
                h.touchpointKey(express ? APP_STAY : CHECKOUT), Json.object("method", express ? "app" : "front_desk",
                        "bill", total, "currency", h.currency(), "bookingRef", ref), null);
        transaction(checkout, Channel.IN_PERSON, "stay", total, h, s, itemsOf(s, rate, breakfast, cityTax, extras),
                ref);
        if (checkout.isBefore(until)) {
            nightsStayed += s.nights();
            roomSpend = roomSpend.add(total);
            lastCheckout = checkout;
        }
        afterStay(s, h, ref, complaint, upgrade);
    }

    private record Complaint(boolean resolved) {
    }

    private Complaint complaint(StayPlan s, Hotel h, LocalDate day, int wait, double season) {
        double p = 0.05 + (wait > 15 ? 0.08 : 0) + (h == HotelGroup.EDINBURGH ? 0.02 : 0)
                + (h == HotelGroup.LISBON && season > 1.3 ? 0.03 : 0);
        if (!Draw.chance(r, p)) {
            return null;
        }
        String category;
        if (wait > 15 && Draw.chance(r, 0.6)) {
            category = "wait_time";
        }
        else if (h == HotelGroup.EDINBURGH && Draw.chance(r, 0.4)) {
            category = Draw.pick(r, List.of("heating", "noise"));
        }
        else if (h == HotelGroup.LISBON && season > 1.3 && Draw.chance(r, 0.5)) {
            category = "air_conditioning";
        }
        else if (h == HotelGroup.BOSTON && Draw.chance(r, 0.3)) {
            category = "billing";
        }
        else {
            category = Draw.pick(r, List.of("cleanliness", "noise", "wifi", "maintenance", "breakfast_quality",
                    "staff_attitude", "room_not_ready"));
        }
        boolean resolved = Draw.chance(r, 0.72);
        boolean inPerson = Draw.chance(r, 0.65);
        String compensation = !resolved ? "none" : Draw.pick(r, List.of("apology", "drink_voucher",
                "late_checkout", "room_move", "breakfast_refund"));
        event(local(h, day, Draw.between(r, 8, 22), r.nextInt(60)), inPerson ? Channel.IN_PERSON : Channel.CHAT,
                "complaint", h.touchpointKey(inPerson ? FRONT_DESK : GUEST_CHAT), Json.object("category", category,
                        "severity", Draw.pick(r, List.of("low", "medium", "medium", "high")), "resolved", resolved,
                        "compensation", compensation), null);
        return new Complaint(resolved);
    }

    private void afterStay(StayPlan s, Hotel h, String ref, Complaint complaint, boolean upgrade) {
        if (g.contact().email() != null && Draw.chance(r, 0.55)) {
            Instant open = local(h, s.departure().plusDays(1), 10, 0).plus(minutes(Draw.exponential(r, 300)));
            event(open, Channel.EMAIL, "email_open", h.touchpointKey(POST_STAY_EMAIL),
                    Json.object("campaign", "post_stay", "bookingRef", ref), null);
            if (Draw.chance(r, 0.4)) {
                event(open.plusSeconds(Draw.between(r, 10, 200)), Channel.EMAIL, "email_click",
                        h.touchpointKey(POST_STAY_EMAIL), Json.object("campaign", "post_stay", "link", "survey"),
                        null);
            }
        }
        if (Draw.chance(r, 0.08 + (complaint != null ? 0.14 : 0))) {
            double x = h.rating() + (r.nextDouble() + r.nextDouble() - 1.2) * 1.4 + (upgrade ? 0.4 : 0)
                    - (complaint == null ? 0 : complaint.resolved() ? 0.9 : 2.2);
            int rating = (int) Math.max(1, Math.min(5, Math.round(x)));
            event(local(h, s.departure().plusDays(Draw.between(r, 1, 14)), Draw.between(r, 8, 23), r.nextInt(60)),
                    Channel.REVIEW_SITE, "review_posted", h.touchpointKey(REVIEWS), Json.object("site",
                            Draw.pick(r, SITES), "rating", rating, "bookingRef", ref), null);
        }
        boolean unhappy = complaint != null && !complaint.resolved();
        if (Draw.chance(r, 0.03 + (unhappy ? 0.06 : 0))) {
            event(local(h, s.departure().plusDays(Draw.between(r, 0, 7)), Draw.between(r, 9, 23), r.nextInt(60)),
                    Channel.SOCIAL, "social_mention", h.touchpointKey(SOCIAL), Json.object("network",
                            Draw.pick(r, NETWORKS), "sentiment", unhappy ? "negative"
                                    : Draw.pick(r, List.of("positive", "positive", "positive", "neutral"))), null);
        }
        if (complaint != null && Draw.chance(r, complaint.resolved() ? 0.4 : 0.8)) {
            event(local(h, s.departure().plusDays(Draw.between(r, 1, 4)), Draw.between(r, 9, 17), r.nextInt(60)),
                    Channel.PHONE, "call", h.touchpointKey(GUEST_RELATIONS), Json.object("reason",
                            "complaint_follow_up", "outcome", Draw.pick(r, List.of("apology_accepted",
                                    "voucher_offered", "refund_issued", "no_answer")), "durationSec",
                            Draw.between(r, 60, 720), "bookingRef", ref), null);
        }
        else if (Draw.chance(r, 0.01)) {
            event(local(h, s.departure().plusDays(Draw.between(r, 1, 6)), Draw.between(r, 9, 17), r.nextInt(60)),
                    Channel.PHONE, "call", h.touchpointKey(GUEST_RELATIONS), Json.object("reason", "lost_item",
                            "outcome", "item_posted", "durationSec", Draw.between(r, 60, 400)), null);
        }
    }

    private String itemsOf(StayPlan s, BigDecimal rate, BigDecimal breakfast, BigDecimal cityTax,
            List<String> extras) {
        List<String> items = new ArrayList<>();
        items.add(Json.object("type", "room", "description", s.roomType(), "quantity", s.nights(), "unitPrice", rate,
                "amount", rate.multiply(BigDecimal.valueOf(s.nights()))));
        if (breakfast.signum() > 0) {
            items.add(Json.object("type", "breakfast", "quantity", (s.adults() + s.children()) * s.nights(),
                    "amount", breakfast));
        }
        if (cityTax.signum() > 0) {
            items.add(Json.object("type", "city_tax", "quantity", s.adults() * Math.min(7, s.nights()),
                    "amount", cityTax));
        }
        items.addAll(extras);
        return Json.array(items);
    }

    // ---------------------------------------------------------------- between stays

    private void browsing(double perYear, Instant notBefore) {
        Instant t = notBefore.isBefore(from) ? from : notBefore;
        while (true) {
            t = t.plus(minutes(Draw.exponential(r, 365.0 * 24 * 60 / perYear)));
            if (!t.isBefore(until)) {
                return;
            }
            Hotel h = Draw.chance(r, 0.8) ? home : Draw.pick(r, HotelGroup.HOTELS);
            pageViews(awake(t), h, Draw.between(r, 1, 2));
        }
    }

    private void pageViews(Instant at, Hotel h, int pages) {
        for (int i = 0; i < pages; i++) {
            event(at.plusSeconds(70L * i + r.nextInt(60)), Channel.WEB, "page_view", h.touchpointKey(WEBSITE),
                    Json.object("page", Draw.pick(r, PAGES), "language", g.details().language()), null);
        }
    }

    private void appUse() {
        double meanDays = g.persona() == Persona.BUSINESS ? 75 : 150;
        Instant t = from.plus(minutes(r.nextDouble() * meanDays * 24 * 60));
        while (t.isBefore(until)) {
            event(awake(t), Channel.MOBILE_APP, "app_open", LOYALTY_APP, Json.object("screen",
                    Draw.pick(r, APP_SCREENS)), null);
            t = t.plus(minutes(Draw.exponential(r, meanDays * 24 * 60)));
        }
    }

    private void prospect() {
        Instant first = awake(from.plus(minutes(r.nextDouble() * (WINDOW_DAYS - 1) * 24 * 60)));
        Hotel h = Draw.chance(r, 0.75) ? home : Draw.pick(r, HotelGroup.HOTELS);
        pageViews(first, h, Draw.between(r, 1, 4));
        if (g.consents().marketingEmail() && g.contact().email() != null) {
            event(first.plusSeconds(600), Channel.WEB, "newsletter_signup", h.touchpointKey(WEBSITE),
                    Json.object("form", Draw.pick(r, List.of("footer", "popup", "offers_page"))), null);
        }
        browsing(1.2, first);
        if (Draw.chance(r, 0.3)) {
            Instant at = awake(first.plus(minutes(r.nextDouble() * Duration.between(first, until).toMinutes())));
            pageViews(at, h, Draw.between(r, 1, 2));
            event(at.plusSeconds(300), Channel.WEB, "booking_started", h.touchpointKey(WEBSITE), Json.object(
                    "nights", Draw.between(r, 1, 4), "step", Draw.pick(r, List.of("dates", "rates", "guest_details",
                            "payment"))), null);
        }
        if (Draw.chance(r, 0.1)) {
            Instant at = awake(first.plus(minutes(r.nextDouble() * Duration.between(first, until).toMinutes())));
            event(at, Channel.CHAT, "chat_message", h.touchpointKey(CONCIERGE_CHAT), Json.object("topic",
                    Draw.pick(r, List.of("availability", "group_booking", "pets", "parking", "price")), "from",
                    "guest"), null);
        }
        if (Draw.chance(r, 0.05)) {
            Instant at = awake(first.plus(minutes(r.nextDouble() * Duration.between(first, until).toMinutes())));
            event(at, Channel.PHONE, "call", h.touchpointKey(RESERVATIONS), Json.object("reason", "enquiry",
                    "outcome", "no_booking", "durationSec", Draw.between(r, 60, 500)), null);
        }
    }

    // ---------------------------------------------------------------- consents, newsletters, profile facts

    private void consentsAndNewsletters(Instant firstSeen) {
        Instant asked = firstSeen.plusSeconds(60);
        if (!asked.isBefore(until)) {
            asked = firstSeen;
        }
        if (g.contact().email() != null) {
            boolean granted = g.consents().marketingEmail();
            facts.add(new GuestFact.Consent(g.number(), "marketing_email", granted ? "granted" : "denied", asked));
            if (granted) {
                Instant revoked = Draw.chance(r, 0.09) ? between(asked, until) : null;
                newsletters(asked, revoked == null ? until : revoked);
                if (revoked != null) {
                    facts.add(new GuestFact.Consent(g.number(), "marketing_email", "revoked", revoked));
                    event(revoked, Channel.EMAIL, "email_unsubscribe", NEWSLETTER, Json.object("reason",
                            Draw.pick(r, List.of("too_many_emails", "not_relevant", "no_reason_given"))), null);
                }
            }
        }
        if (g.contact().email() != null) {
            // Survey emails (the mail module sends only with this consent): seven guests in ten accept. Derived from
            // the guest number rather than drawn, so the rest of the timeline stays as it was.
            facts.add(new GuestFact.Consent(g.number(), "survey_email", g.number() % 10 < 7 ? "granted" : "denied",
                    asked));
        }
        if (g.contact().phone() != null) {
            boolean granted = g.consents().sms();
            facts.add(new GuestFact.Consent(g.number(), "sms", granted ? "granted" : "denied", asked));
            if (granted && Draw.chance(r, 0.05)) {
                facts.add(new GuestFact.Consent(g.number(), "sms", "revoked", between(asked, until)));
            }
        }
        boolean profiling = g.consents().profiling();
        facts.add(new GuestFact.Consent(g.number(), "profiling", profiling ? "granted" : "denied", asked));
        if (profiling && Draw.chance(r, 0.04)) {
            facts.add(new GuestFact.Consent(g.number(), "profiling", "revoked", between(asked, until)));
        }
    }

    private void newsletters(Instant subscribed, Instant unsubscribed) {
        double open = switch (g.persona()) {
            case BUSINESS -> 0.08;
            case PROSPECT -> 0.18;
            default -> 0.12;
        };
        ZoneId london = HotelGroup.EDINBURGH.zone();
        for (LocalDate month = start.withDayOfMonth(1); month.isBefore(anchor); month = month.plusMonths(1)) {
            LocalDate tuesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            Instant sent = tuesday.atTime(9, 0).atZone(london).toInstant();
            if (sent.isBefore(subscribed) || !sent.isBefore(unsubscribed) || !Draw.chance(r, open)) {
                continue;
            }
            String campaign = month.toString().substring(0, 7) + "-" + OFFERS[month.getMonthValue() - 1];
            Instant opened = sent.plus(minutes(Math.min(4 * 24 * 60, Draw.exponential(r, 600))));
            event(opened, Channel.EMAIL, "email_open", NEWSLETTER, Json.object("campaign", campaign), null);
            if (Draw.chance(r, 0.28)) {
                event(opened.plusSeconds(Draw.between(r, 5, 240)), Channel.EMAIL, "email_click", NEWSLETTER,
                        Json.object("campaign", campaign, "link", "offer"), null);
            }
        }
    }

    private void preferencesAndAttributes(Instant firstSeen) {
        int n = g.number();
        Instant stated = firstCheckIn != null ? firstCheckIn : firstSeen;
        facts.add(new GuestFact.Preference(n, "language", g.details().language(), firstSeen));
        DemoGuest.Tastes t = g.tastes();
        if (t.roomType() != null && firstCheckIn != null) {
            facts.add(new GuestFact.Preference(n, "room_type", t.roomType(), stated));
        }
        if (t.dietary() != null) {
            facts.add(new GuestFact.Preference(n, "dietary", t.dietary(), stated));
        }
        if (t.preferredChannel() != null) {
            facts.add(new GuestFact.Preference(n, "preferred_channel", t.preferredChannel(), firstSeen));
        }
        if (t.pillow() != null && firstCheckIn != null) {
            facts.add(new GuestFact.Preference(n, "pillow", t.pillow(), stated));
        }
        if (t.floor() != null && firstCheckIn != null) {
            facts.add(new GuestFact.Preference(n, "floor", t.floor(), stated));
        }

        Instant updated = lastCheckout != null ? lastCheckout : firstSeen;
        facts.add(new GuestFact.Attribute(n, "acquisition_channel", "string", Draw.pick(r, ACQUISITION),
                firstSeen));
        // The persona as a segment dashboards can group by; derived, not drawn, so the rest of the timeline stays.
        facts.add(new GuestFact.Attribute(n, "segment", "string", g.persona().name().toLowerCase(Locale.ROOT),
                firstSeen));
        if (g.contact().loyaltyNumber() != null) {
            String tier = nightsStayed >= 30 ? "Platinum" : nightsStayed >= 15 ? "Gold" : nightsStayed >= 5 ? "Silver"
                    : "Member";
            facts.add(new GuestFact.Attribute(n, "loyalty_tier", "string", tier, updated));
            long points = nightsStayed * 250L + roomSpend.longValue() / 10;
            facts.add(new GuestFact.Attribute(n, "loyalty_points", "number", Long.toString(points), updated));
            LocalDate since = firstSeen.atZone(ZoneOffset.UTC).toLocalDate().minusDays(
                    Draw.chance(r, 0.4) ? Draw.between(r, 30, 1500) : 0);
            facts.add(new GuestFact.Attribute(n, "loyalty_member_since", "date", since.toString(), firstSeen));
        }
        if (g.company() != null) {
            facts.add(new GuestFact.Attribute(n, "corporate_account", "boolean", "true", firstSeen));
            facts.add(new GuestFact.Attribute(n, "company", "string", g.company(), firstSeen));
        }
        if (children > 0) {
            facts.add(new GuestFact.Attribute(n, "travels_with_children", "boolean", "true", stated));
            facts.add(new GuestFact.Attribute(n, "children", "number", Integer.toString(children), stated));
        }
        if (nightsStayed >= 20 && Draw.chance(r, 0.3)) {
            facts.add(new GuestFact.Attribute(n, "vip", "boolean", "true", updated));
        }
    }

    // ---------------------------------------------------------------- emitting

    private void event(Instant at, Channel channel, String type, String touchpoint, String props, BigDecimal value) {
        event(at, identityFor(channel, at), type, channel, touchpoint, props, value);
    }

    private void event(Instant at, IdentityUse identity, String type, Channel channel, String touchpoint,
            String props, BigDecimal value) {
        int s = seq++;
        if (at.isBefore(from) || !at.isBefore(until)) {
            return;
        }
        records.add(new Event(g.number(), s, at.truncatedTo(ChronoUnit.SECONDS), identity, type, channel.code(),
                touchpoint, props, value));
    }

    private void transaction(Instant at, Channel channel, String kind, BigDecimal amount, Hotel h, StayPlan s,
            String items, String ref) {
        int n = seq++;
        if (at.isBefore(from) || !at.isBefore(until)) {
            return;
        }
        records.add(new Transaction(g.number(), n, at.truncatedTo(ChronoUnit.SECONDS), identityFor(channel, at),
                kind, amount, h.currency(), s.arrival(), s.departure(), h.key(), items));
    }

    /**
     * Before the link an aliased guest shows the email online and the loyalty card and phone at the hotel, in the app
     * and on the phone; the hotel system records stays under the loyalty identity.
     */
    private IdentityUse identityFor(Channel channel, Instant at) {
        if (linkAt == null || !at.isBefore(linkAt)) {
            return IdentityUse.ALL;
        }
        return switch (channel) {
            case WEB, EMAIL, CHAT, REVIEW_SITE, SOCIAL -> IdentityUse.EMAIL;
            default -> IdentityUse.LOYALTY_AND_PHONE;
        };
    }

    private static Channel channelOf(String bookingChannel) {
        return switch (bookingChannel) {
            case "web" -> Channel.WEB;
            case "app" -> Channel.MOBILE_APP;
            default -> Channel.PHONE;
        };
    }

    private Instant between(Instant a, Instant b) {
        return a.plus(minutes(r.nextDouble() * Math.max(1, Duration.between(a, b).toMinutes() - 1)));
    }

    /** Moves a moment in the small hours of the guest's home time to the same morning, when people browse. */
    private Instant awake(Instant t) {
        int hour = t.atZone(homeZone).getHour();
        return hour < 7 ? t.plus(Duration.ofHours(8)) : t;
    }

    private static Instant local(Hotel h, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(h.zone()).toInstant();
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds((long) (m * 60));
    }

    private static BigDecimal money(Hotel h, int amount) {
        // Prices in Boston run higher; keep the same menu in every currency otherwise.
        return BigDecimal.valueOf(h == HotelGroup.BOSTON ? amount * 13L / 10 : amount).setScale(2);
    }
}
