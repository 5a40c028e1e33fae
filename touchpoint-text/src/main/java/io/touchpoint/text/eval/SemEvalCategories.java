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
