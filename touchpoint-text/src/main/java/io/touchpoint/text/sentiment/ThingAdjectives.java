package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.List;
import java.util.Map;

/**
 * Adjectives whose sentiment depends on what they describe, as temperatures do ({@link Temperatures}): a huge room
 * is praise and a huge bill a complaint, thin walls a complaint, strong coffee praise and a strong smell a
 * complaint, insane ribs praise and insane prices a complaint. The thing is found the same way: the word right
 * after the adjective or the subject of a linking verb before it ({@link Clauses#subjectBefore}). Where no listed
 * thing is described, the lexicon's valence stands ("a big thank you", "a long day").
 */
final class ThingAdjectives {

    private static final WordSet FOOD = WordSet.of("food", "dish", "dishes", "meal", "meals", "ribs", "burger",
            "burgers", "pizza", "dessert", "desserts", "steak", "pasta", "sushi", "cocktails", "tacos", "wings",
            "flavours", "flavors", "flavour", "flavor", "view", "views", "brunch");
    private static final WordSet SPACE = WordSet.of("room", "rooms", "bed", "beds", "bathroom", "suite", "pool",
            "windows", "balcony", "terrace", "shower", "portions", "portion", "breakfast", "garden", "gardens");
    /** Where small is a complaint, not a description ("a small room", but "a small terrace"). */
    private static final WordSet CRAMPED = WordSet.of("room", "rooms", "bed", "beds", "bathroom", "suite", "shower",
            "portions", "portion", "breakfast");
    /** Things a guest wants small: a big one is a complaint. */
    private static final WordSet BURDENS = WordSet.of("bill", "price", "prices", "cost", "costs", "charge", "charges",
            "deposit", "fee", "fees", "queue", "queues", "line", "wait", "waits", "noise", "delay", "delays");
    private static final WordSet QUEUES = WordSet.of("queue", "queues", "line", "lines", "wait", "waits", "delay",
            "delays");
    private static final WordSet PRICES = WordSet.of("price", "prices", "cost", "costs", "rates", "rate", "fees");
    private static final WordSet BEDDING = WordSet.of("bed", "beds", "mattress", "mattresses", "pillows", "pillow",
            "towels", "sheets", "duvet", "bedding", "chairs", "seats", "sofa");
    private static final WordSet THIN_BAD = WordSet.of("walls", "wall", "pillows", "pillow", "towels", "blankets",
            "blanket", "duvet", "mattress", "sheets", "curtains", "carpet");
    private static final WordSet SMELLS = WordSet.of("smell", "smells", "odour", "odor", "stench");
    private static final WordSet BREWS = WordSet.of("coffee", "espresso", "tea", "drinks", "cocktails", "wifi",
            "signal");
    private static final WordSet LISTS = WordSet.of("menu", "list", "selection", "choice", "range");
    private static final WordSet CORRIDORS = WordSet.of("room", "rooms", "corridor", "corridors", "hallway",
            "hallways", "bathroom");

    /** One reading of an adjective: describing one of {@code things}, it has {@code valence}. */
    private record Reading(WordSet things, float valence) {
    }

    private static final Map<String, List<Reading>> READINGS = Map.ofEntries(
            Map.entry("insane", List.of(new Reading(FOOD, 2.0f), new Reading(BURDENS, -2.0f))),
            Map.entry("crazy", List.of(new Reading(FOOD, 2.0f), new Reading(BURDENS, -2.0f))),
            Map.entry("unreal", List.of(new Reading(FOOD, 2.0f), new Reading(BURDENS, -2.0f))),
            Map.entry("huge", List.of(new Reading(SPACE, 1.2f), new Reading(BURDENS, -1.2f))),
            Map.entry("enormous", List.of(new Reading(SPACE, 1.2f), new Reading(BURDENS, -1.2f))),
            Map.entry("massive", List.of(new Reading(SPACE, 1.2f), new Reading(BURDENS, -1.2f))),
            Map.entry("big", List.of(new Reading(SPACE, 1.0f), new Reading(BURDENS, -1.0f))),
            Map.entry("large", List.of(new Reading(SPACE, 1.0f), new Reading(BURDENS, -1.0f))),
            Map.entry("small", List.of(new Reading(CRAMPED, -1.0f))),
            Map.entry("low", List.of(new Reading(WordSet.of("pressure"), -1.2f), new Reading(PRICES, 1.0f))),
            Map.entry("high", List.of(new Reading(WordSet.of("ceilings", "ceiling"), 1.0f))),
            Map.entry("strong", List.of(new Reading(BREWS, 1.0f), new Reading(SMELLS, -1.2f))),
            Map.entry("thin", List.of(new Reading(THIN_BAD, -1.2f))),
            Map.entry("soft", List.of(new Reading(BEDDING, 1.0f))),
            Map.entry("hard", List.of(new Reading(BEDDING, -1.2f))),
            Map.entry("long", List.of(new Reading(QUEUES, -1.0f), new Reading(LISTS, 0.8f))),
            Map.entry("extensive", List.of(new Reading(LISTS, 1.0f))),
            Map.entry("unbelievable", List.of(new Reading(BURDENS, -1.5f))),
            Map.entry("incredible", List.of(new Reading(BURDENS, -1.5f))),
            Map.entry("dark", List.of(new Reading(CORRIDORS, -0.8f))));

    static final WordSet ADJECTIVES = WordSet.copyOf(READINGS.keySet());
    private static final WordSet DEGREES = WordSet.of("very", "really", "so", "a", "bit", "little", "not", "quite",
            "rather", "pretty", "slightly", "extremely", "super", "absolutely", "totally", "completely", "incredibly",
            "insanely", "ridiculously", "way", "just", "always", "never");

    private ThingAdjectives() {
    }

    /** The adjective's valence for what it describes, or NaN when it describes none of its listed things. */
    static float valence(List<Token> tokens, String[] keys, int at, int s, int e) {
        List<Reading> readings = READINGS.get(keys[at]);
        if (readings == null) {
            return Float.NaN;
        }
        if (at + 1 < e) {
            Reading r = reading(readings, keys[at + 1]); // "thin walls", "a huge bill"
            if (r != null) {
                return r.valence();
            }
        }
        int j = Clauses.subjectBefore(tokens, keys, at, s, DEGREES, k -> reading(readings, k) != null);
        return j < 0 ? Float.NaN : reading(readings, keys[j]).valence();
    }

    private static Reading reading(List<Reading> readings, String key) {
        for (Reading r : readings) {
            if (r.things().contains(key)) {
                return r;
            }
        }
        return null;
    }
}
