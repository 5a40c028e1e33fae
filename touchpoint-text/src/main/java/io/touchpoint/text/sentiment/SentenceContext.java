package io.touchpoint.text.sentiment;

import java.util.List;

/**
 * Reads each sentence of a text in the context of the others: a sentence without clear evidence of its own leans
 * towards the sentiment of the sentences that have it, without leaving neutral.
 *
 * <p>Why: in a review, "We waited 40 minutes for the check." or "The waiter never came back." often carries no
 * opinion word, yet among complaints it is one. The engine's own test of "clear evidence" is the neutral band: a
 * sentence whose score is within (-threshold, threshold) would be neutral alone. Such a sentence gets
 * {@code score + weight * context}, where context is the mean score of the text's sentences outside the band, kept
 * inside the band: its label stays neutral (moving such sentences out of neutral took gold-neutral ones with them and
 * lowered macro-F1 on the SemEval-2015 training file), but its score, and so its sign, now says which way it leans.
 * A sentence outside the band, a text of one sentence, or a text with no clear sentence is left as it is. Only
 * scores outside the band feed the context, so the result does not depend on the order of evaluation.
 */
public final class SentenceContext {

    private final double weight;
    private final double neutralThreshold;

    /**
     * @param weight share of the context's mean score a weak sentence takes; 0 turns the rule off
     * @param neutralThreshold scores within (-threshold, threshold) are weak evidence
     */
    public SentenceContext(double weight, double neutralThreshold) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("context weight must be in [0, 1]: " + weight);
        }
        this.weight = weight;
        this.neutralThreshold = neutralThreshold;
    }

    public double weight() {
        return weight;
    }

    /** The sentence scores (compounds) after the rule, index-aligned with {@code sentences}. */
    public double[] scores(List<SentenceScore> sentences) {
        int n = sentences.size();
        double[] out = new double[n];
        double sum = 0;
        int clear = 0;
        for (int i = 0; i < n; i++) {
            double c = sentences.get(i).compound();
            out[i] = c;
            if (Math.abs(c) >= neutralThreshold) {
                sum += c;
                clear++;
            }
        }
        if (n < 2 || weight == 0 || clear == 0) {
            return out;
        }
        double shift = weight * sum / clear;
        double inside = Math.nextDown(neutralThreshold);
        for (int i = 0; i < n; i++) {
            if (Math.abs(out[i]) < neutralThreshold) {
                out[i] = Math.max(-inside, Math.min(inside, out[i] + shift));
            }
        }
        return out;
    }
}
