package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.List;

/**
 * Temperature words judged by what has the temperature: cold eggs are a complaint, an ice cold beer is praise, a
 * hot room is a complaint.
 */
final class Temperatures {

    static final WordSet TEMPERATURES = WordSet.of("cold", "lukewarm", "tepid", "chilly", "icy", "freezing",
            "hot", "warm");
    /** Things that should be hot: cold is a complaint, hot a mild praise. */
    private static final WordSet SERVED_HOT = WordSet.of("shower", "showers", "water", "food", "meal", "meals", "dish",
            "dishes", "soup", "coffee", "tea", "eggs", "egg", "breakfast", "pizza", "fries", "chips", "toast", "plate",
            "plates", "bath", "radiator", "radiators", "heating", "heater", "entree", "entrees", "mains", "steak",
            "burger", "pasta", "noodles", "sauce", "buffet", "dinner", "lunch", "croissants", "bread", "tub");
    /** Things that should be cold: cold is praise, warm or lukewarm a complaint. */
    private static final WordSet SERVED_COLD = WordSet.of("beer", "beers", "drink", "drinks", "wine", "soda", "sodas",
            "coke", "lemonade", "champagne", "prosecco", "cocktail", "cocktails", "juice", "milk", "fridge",
            "minibar", "sake");
    /** Places a guest wants neither cold nor hot. */
    private static final WordSet ROOMS = WordSet.of("room", "rooms", "bedroom", "pool", "restaurant", "dining",
            "lobby", "apartment", "suite", "cabin", "hotel", "bathroom");
    private static final WordSet TEMPERATURE_DEGREES = WordSet.of("ice", "stone", "very", "really", "so", "a", "bit",
            "little", "not", "completely", "totally", "quite", "rather", "pretty", "slightly", "barely", "only",
            "freezing", "-", "super", "extremely", "nice", "and", "piping");
    /** Things named by their temperature rather than judged by it ("a cold buffet", "hot and cold water"). */
    private static final WordSet DESCRIBED = WordSet.of("water", "breakfast", "buffet", "dish", "dishes", "dinner",
            "lunch", "sauce", "bread", "tub", "plate", "plates", "drink", "drinks", "beer", "beers", "soda", "sodas",
            "wine", "juice", "milk");
    private static final WordSet CHILLED = WordSet.of("ice", "icy", "nice", "super", "very", "really", "perfectly");
    private static final WordSet WARMED = WordSet.of("warm", "lukewarm", "tepid");

    private Temperatures() {
    }

    /**
     * What a temperature word says depends on what has that temperature: "the shower was cold" and "cold eggs" are
     * complaints, "ice cold beer" is praise and "the beer was warm" a complaint, "the room was hot" a complaint, "the
     * water was never hot" (hot negated) too. The thing is the noun right after the word or the subject of a linking
     * verb before it ("the water in the shower was never hot"). NaN when no such thing is named: the lexicon's
     * valence stands ("a warm welcome", "cold outside").
     */
    static float temperature(List<Token> tokens, String[] keys, int at, int s, int e) {
        String w = keys[at];
        WordSet kind = null;
        if (at + 1 < e && thingKind(keys[at + 1]) != null) {
            // "cold eggs", "a cold shower"; but "a cold buffet", "hot and cold water" name a kind of thing, and
            // "cold drinks" are praise only when stressed ("ice cold beer")
            kind = thingKind(keys[at + 1]);
            boolean chilled = at > s && CHILLED.contains(keys[at - 1]);
            boolean pair = at > s && (keys[at - 1].equals("and") || keys[at - 1].equals("or"));
            if (DESCRIBED.contains(keys[at + 1]) && !chilled || pair) {
                if (kind == SERVED_COLD && !pair && WARMED.contains(w)) {
                    return -1.3f; // "warm beer" is a complaint whatever the beer's kind
                }
                return kind == SERVED_COLD && !chilled ? 0f : Float.NaN;
            }
        }
        if (kind == null) {
            int j = Clauses.subjectBefore(tokens, keys, at, s, TEMPERATURE_DEGREES, k -> thingKind(k) != null);
            kind = j < 0 ? null : thingKind(keys[j]);
        }
        if (kind == null) {
            return Float.NaN;
        }
        boolean coldWord = !w.equals("hot") && !w.equals("warm");
        if (kind == SERVED_HOT) {
            return w.equals("warm") ? Float.NaN : coldWord ? -1.6f : 1.0f;
        }
        if (kind == SERVED_COLD) {
            return w.equals("cold") || w.equals("icy") || w.equals("freezing") ? 1.5f : -1.3f;
        }
        return w.equals("warm") ? Float.NaN : -1.3f;
    }

    private static WordSet thingKind(String key) {
        return SERVED_HOT.contains(key) ? SERVED_HOT : SERVED_COLD.contains(key) ? SERVED_COLD
                : ROOMS.contains(key) ? ROOMS : null;
    }
}
