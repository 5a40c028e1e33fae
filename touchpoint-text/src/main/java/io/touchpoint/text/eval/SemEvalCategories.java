package io.touchpoint.text.eval;

import io.touchpoint.text.AspectMention;
import io.touchpoint.text.TextAnalysis;

/**
 * Maps hospitality taxonomy topics onto SemEval restaurant categories, for evaluation only.
 *
 * <p>2015 (ENTITY#ATTRIBUTE): food topics to FOOD#QUALITY, menu and choice to FOOD#STYLE_OPTIONS, drinks to
 * DRINKS#QUALITY (DRINKS#STYLE_OPTIONS with menu words), value for money to FOOD#PRICES, DRINKS#PRICES or
 * RESTAURANT#PRICES after the entity the sentence names, staff, check-in, booking and billing to SERVICE#GENERAL,
 * room and ambience topics (noise, space, decor, cleanliness, view, common areas) to AMBIENCE#GENERAL, location to
 * LOCATION#GENERAL, the overall experience to RESTAURANT#GENERAL. 2014 (coarse): food, service, ambience, price,
 * anecdotes/miscellaneous.
 *
 * <p>2015 hotels (the out-of-domain test file of SemEval-2015 Task 12; entities HOTEL, ROOMS, ROOM_AMENITIES,
 * FACILITIES, SERVICE, LOCATION, FOOD_DRINKS): the taxonomy is a hotel one, so most topics have a category of their
 * own. Room cleanliness to ROOMS#CLEANLINESS, noise, bed, temperature to ROOMS#COMFORT, size, layout and view to
 * ROOMS#DESIGN_FEATURES, condition to ROOMS#QUALITY, bathroom and in-room amenities to ROOM_AMENITIES#GENERAL, other
 * room mentions to ROOMS#GENERAL; staff, check-in, booking, billing and room service to SERVICE#GENERAL; food and
 * drink to FOOD_DRINKS#QUALITY (menu and choice FOOD_DRINKS#STYLE_OPTIONS); facilities to FACILITIES#GENERAL, common
 * areas to HOTEL#GENERAL; ambience to HOTEL#DESIGN_FEATURES; value for money to the PRICES of the entity the sentence
 * names (rooms, food and drink, facilities), else HOTEL#PRICES; location to LOCATION#GENERAL; the overall experience
 * to HOTEL#GENERAL. Chosen from the category names before the file was scored, never from its errors.
 */
final class SemEvalCategories {

    private SemEvalCategories() {
    }

    static String category2015(AspectMention m, TextAnalysis a) {
        String top = m.topic();
        String sub = m.subtopic() == null ? "" : m.subtopic();
        return switch (top) {
            case "Food & drink" -> switch (sub) {
                case "Menu & choice" -> has(a, "Drinks & bar") ? "DRINKS#STYLE_OPTIONS" : "FOOD#STYLE_OPTIONS";
                case "Drinks & bar" -> "DRINKS#QUALITY";
                case "Room service" -> "SERVICE#GENERAL";
                default -> "FOOD#QUALITY";
            };
            case "Value for money", "Billing" -> has(a, "Food & drink > Drinks & bar") ? "DRINKS#PRICES"
                    : hasFood(a) ? "FOOD#PRICES" : "RESTAURANT#PRICES";
            case "Staff", "Check-in", "Booking & website" -> "SERVICE#GENERAL";
            case "Room", "Ambience", "Facilities" -> "AMBIENCE#GENERAL";
            case "Location" -> "LOCATION#GENERAL";
            case "Overall experience" -> "RESTAURANT#GENERAL";
            default -> null;
        };
    }

    /** True when a file's categories are SemEval-2015 hotel ones rather than restaurant ones. */
    static boolean hotelCategory(String category) {
        return category.startsWith("HOTEL#") || category.startsWith("ROOMS#") || category.startsWith("ROOM_AMENITIES#")
                || category.startsWith("ROOMS_AMENITIES#") || category.startsWith("FOOD_DRINKS#");
    }

    static String categoryHotels(AspectMention m, TextAnalysis a) {
        String sub = m.subtopic() == null ? "" : m.subtopic();
        return switch (m.topic()) {
            case "Room" -> switch (sub) {
                case "Cleanliness" -> "ROOMS#CLEANLINESS";
                case "Noise", "Bed & comfort", "Temperature & air conditioning" -> "ROOMS#COMFORT";
                case "Size & layout", "View" -> "ROOMS#DESIGN_FEATURES";
                case "Condition & maintenance" -> "ROOMS#QUALITY";
                case "Bathroom", "In-room amenities" -> "ROOM_AMENITIES#GENERAL";
                default -> "ROOMS#GENERAL";
            };
            case "Staff", "Check-in", "Booking & website", "Billing" -> "SERVICE#GENERAL";
            case "Food & drink" -> switch (sub) {
                case "Menu & choice" -> "FOOD_DRINKS#STYLE_OPTIONS";
                case "Room service" -> "SERVICE#GENERAL";
                default -> "FOOD_DRINKS#QUALITY";
            };
            case "Facilities" -> sub.equals("Common areas") ? "HOTEL#GENERAL" : "FACILITIES#GENERAL";
            case "Ambience" -> "HOTEL#DESIGN_FEATURES";
            case "Value for money" -> has(a, "Room") ? "ROOMS#PRICES" : has(a, "Food & drink") ? "FOOD_DRINKS#PRICES"
                    : has(a, "Facilities") ? "FACILITIES#PRICES" : "HOTEL#PRICES";
            case "Location" -> "LOCATION#GENERAL";
            case "Overall experience" -> "HOTEL#GENERAL";
            default -> null;
        };
    }

    static String category2014(AspectMention m) {
        return switch (m.topic()) {
            case "Food & drink" -> m.subtopic() != null && m.subtopic().equals("Room service") ? "service" : "food";
            case "Value for money", "Billing" -> "price";
            case "Staff", "Check-in", "Booking & website" -> "service";
            case "Room", "Ambience", "Facilities" -> "ambience";
            default -> "anecdotes/miscellaneous";
        };
    }

    private static boolean has(TextAnalysis a, String pathPrefix) {
        return a.aspects().stream().anyMatch(x -> x.path().startsWith(pathPrefix));
    }

    private static boolean hasFood(TextAnalysis a) {
        return a.aspects().stream().anyMatch(x -> x.topic().equals("Food & drink")
                && (x.subtopic() == null || x.subtopic().equals("Food quality") || x.subtopic().equals("Breakfast")));
    }
}
