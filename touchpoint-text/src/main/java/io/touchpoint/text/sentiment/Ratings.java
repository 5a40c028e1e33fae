package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.WordSet;
import java.util.Map;

/**
 * Ratings written in the text: "5/5", "8 out of 10", "4.5 stars", "one star". A guest who writes a score has said how
 * they felt in the plainest way, so it counts as an opinion whose strength follows the score: the top of the scale is
 * as strong as "excellent", three out of five is neither praise nor complaint, one star is as strong as "terrible".
 *
 * <p>Only scales out of 5, 10 and 100, and stars. A singular "star" counts only at the end of a clause or before
 * "review" or "rating" ("I'd give it one star", "a 1 star review"), so a hotel's class ("a 4 star hotel", "4-star") is
 * no rating here (the lexicon still reads "5 star" as praise, as in "5 star service"). A date ("on 5/10", "5/10/2015")
 * or a share ("1/5 of the price") is no rating either.
 */
final class Ratings {

    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("zero", 0.0), Map.entry("one", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
            Map.entry("ten", 10.0), Map.entry("no", 0.0));

    private static final WordSet FOLLOWERS = WordSet.of("stars", "star", "/", "out", "and");

    /** Words before a date, which can look like a rating ("on 5/10"). */
    private static final WordSet DATE_BEFORE = WordSet.of("on", "since", "until", "till", "by", "from", "before",
            "after");

    /** Valence at the top of a scale, and at its bottom (VADER's scale; "excellent" is 2.7, "terrible" -2.5). */
    static final float TOP = 2.5f;

    private Ratings() {
    }

    /** A rating found at a token: the token after it and its valence. */
    record Rating(int end, float valence) {
    }

    /** The rating that starts at token {@code i} of the sentence {@code [s, e)}, or null. */
    static Rating at(String[] keys, int s, int i, int e) {
        // cheap test first: every rating has one of these words right after its number (or after "and a half")
        if (i + 1 >= e || !FOLLOWERS.contains(keys[i + 1])) {
            return null;
        }
        double score = number(keys[i]);
        if (score < 0 || (i > s && DATE_BEFORE.contains(keys[i - 1]))) {
            return null;
        }
        int j = i + 1;
        if (j + 2 < e && keys[j].equals("and") && keys[j + 1].equals("a") && keys[j + 2].equals("half")) {
            score += 0.5;
            j += 3;
        }
        if (j >= e) {
            return null;
        }
        double scale;
        int end;
        if (keys[j].equals("stars")) {
            scale = 5;
            end = j + 1;
        } else if (keys[j].equals("star")) {
            if (j + 1 < e && !clauseEnd(keys[j + 1])) {
                return null;
            }
            scale = 5;
            end = j + 1;
        } else if (keys[j].equals("/") && j + 1 < e) {
            scale = number(keys[j + 1]);
            end = j + 2;
        } else if (keys[j].equals("out") && j + 2 < e && keys[j + 1].equals("of")) {
            scale = number(keys[j + 2]);
            end = j + 3;
        } else {
            return null;
        }
        if (end < e && (keys[end].equals("of") || keys[end].equals("/"))) {
            return null; // a share ("1/5 of the price") or a date ("5/10/2015")
        }
        if ((scale != 5 && scale != 10 && scale != 100) || score > scale) {
            return null;
        }
        return new Rating(end, valence(score / scale));
    }

    /** 1 -> top, 0.8 -> 1.5, 0.6 (three of five) -> 0, 0.4 -> -1.5, 0.27 and below -> bottom. */
    static float valence(double fraction) {
        double v = (fraction - 0.6) * 7.5;
        return (float) Math.max(-TOP, Math.min(TOP, v));
    }

    private static boolean clauseEnd(String key) {
        return key.equals("review") || key.equals("rating") || key.equals("if") || key.equals("for")
                || key.equals("because") || key.equals("and") || key.equals("but")
                || !Character.isLetterOrDigit(key.charAt(0));
    }

    private static double number(String key) {
        Double w = WORDS.get(key);
        if (w != null) {
            return w;
        }
        if (key.isEmpty() || key.length() > 5 || !Character.isDigit(key.charAt(0))) {
            return -1;
        }
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
