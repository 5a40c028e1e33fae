package io.touchpoint.text.sentiment;

import java.util.List;

/**
 * The scored opinion units of one sentence.
 *
 * @param units opinion units in token order
 * @param sum weighted valence sum including contrast weights and punctuation emphasis
 * @param compound {@code sum} squashed into [-1, 1]
 * @param opensWithContrast the sentence starts with "But"/"However" or ends with "though": it outweighs the one
 *     before it
 */
public record SentenceScore(List<OpinionUnit> units, double sum, double compound, boolean opensWithContrast) {

    /** VADER's normalisation constant: a sum of about 3.9 maps to 0.7. */
    static final double ALPHA = 15.0;

    /** This score with a model's polarity (in [-1, 1]) added to the sum with the given weight. */
    public SentenceScore withModel(double polarity, double weight) {
        double total = sum + weight * polarity;
        return new SentenceScore(units, total, squash(total), opensWithContrast);
    }

    public static double squash(double sum) {
        if (sum == 0) {
            return 0;
        }
        double c = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1.0, Math.min(1.0, c));
    }
}
