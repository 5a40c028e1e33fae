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
 * @param notTheGuests token ranges ({@code start, end} pairs) of words that are someone else's praise ("the waiter
 *     said the fish was excellent") or ironic ("our 'friendly' waiter"), so a model reading the same sentence leaves
 *     them out
 */
public record SentenceScore(List<OpinionUnit> units, double sum, double compound, boolean opensWithContrast,
        int[] notTheGuests) {

    static final int[] NONE = new int[0];

    public SentenceScore(List<OpinionUnit> units, double sum, double compound, boolean opensWithContrast) {
        this(units, sum, compound, opensWithContrast, NONE);
    }

    /** Per token of the text, whether it lies in one of {@link #notTheGuests}; null if there are none. */
    public boolean[] notTheGuestsMask(int tokens) {
        if (notTheGuests.length == 0) {
            return null;
        }
        boolean[] mask = new boolean[tokens];
        for (int k = 0; k < notTheGuests.length; k += 2) {
            for (int t = notTheGuests[k]; t < notTheGuests[k + 1]; t++) {
                mask[t] = true;
            }
        }
        return mask;
    }

    /** VADER's normalisation constant: a sum of about 3.9 maps to 0.7. */
    static final double ALPHA = 15.0;

    /** This score with a model's polarity (in [-1, 1]) added to the sum with the given weight. */
    public SentenceScore withModel(double polarity, double weight) {
        double total = sum + weight * polarity;
        return new SentenceScore(units, total, squash(total), opensWithContrast, notTheGuests);
    }

    /**
     * This score with the direction of {@code leaning} if it lies inside the neutral band (-band, band): the compound
     * becomes {@code leaning} held inside the band, so the label stays neutral and only the way the sentence leans
     * changes. A score outside the band is returned as it is.
     */
    public SentenceScore leaning(double leaning, double band) {
        if (Math.abs(compound) >= band) {
            return this;
        }
        double inside = Math.nextDown(band);
        double c = Math.max(-inside, Math.min(inside, leaning));
        return new SentenceScore(units, sum, c, opensWithContrast, notTheGuests);
    }

    public static double squash(double sum) {
        if (sum == 0) {
            return 0;
        }
        double c = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1.0, Math.min(1.0, c));
    }
}
