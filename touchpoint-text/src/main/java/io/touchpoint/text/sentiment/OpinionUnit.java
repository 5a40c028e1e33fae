package io.touchpoint.text.sentiment;

/**
 * One opinion word or phrase in a sentence after its modifiers were applied.
 *
 * @param start first token index
 * @param end token index after the last token
 * @param base valence from the lexicon
 * @param value valence after negation, intensifiers, emphasis and idiom rules (no contrast weighting)
 * @param weight contrast weight of the clause the unit sits in ("but" clauses outweigh what precedes them)
 * @param negated a negator reversed it
 */
public record OpinionUnit(int start, int end, float base, float value, float weight, boolean negated) {
}
