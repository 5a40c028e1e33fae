package io.touchpoint.text;

/**
 * A word or phrase that moved a text's sentiment, as the engine read it: what a person checks before correcting a
 * label, and what a phrase correction ({@link SentimentOverrides}) would change.
 *
 * @param text the words as written (HTML markup left out, character references decoded; the offsets index the
 *     text as received)
 * @param start index of the first character
 * @param end index after the last character
 * @param valence its valence after negation, intensifiers and idiom rules, on VADER's scale (about -4 to 4)
 * @param negated a negator reversed it ("not clean")
 */
public record OpinionWord(String text, int start, int end, double valence, boolean negated) {
}
