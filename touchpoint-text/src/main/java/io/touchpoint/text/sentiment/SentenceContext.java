package io.touchpoint.text.sentiment;

import java.util.List;

/**
 * Reads each sentence of a text in the context of the others: a sentence without clear evidence of its own leans
 * towards the sentiment of the sentences that have it, without leaving neutral.
 *
 * <p>Why: in a review, "We waited 40 minutes for the check." or "The waiter never came back." often carries no
 * opinion word, yet among complaints it is one. The engine's own test of "clear evidence" is the neutral band: a
 * sentence whose score is within (-threshold, threshold) would be neutral alone. Such a sentence gets
 * {@code score + weight * context}, where context is the mean score of the text's sentences outside the band, the
 * nearer ones weighing more (inverse square of the distance), kept inside the band: its label stays neutral (moving
 * such sentences out of neutral took gold-neutral ones with them and lowered macro-F1 on the SemEval-2015 training
 * file), but its score, and so its sign, now says which way it leans.
 * A sentence outside the band, a text of one sentence, or a text with no clear sentence is left as it is. Only
 * scores outside the band feed the context, so the result does not depend on the order of evaluation.
 *
 * <p>One exception moves a label: a weak sentence that names an aspect (a taxonomy term: the room, the waiter, the
 * food) in a text whose clear sentences are negative on average (mean at most {@link #NEGATIVE_CONTEXT}) is an
 * implicit complaint and becomes just negative ({@code -threshold}). "We waited 40 minutes for the check." among
 * complaints is one; a factual sentence without an aspect ("We went on a Tuesday.") stays neutral, and praise is not
 * inferred the same way (people state praise; they narrate complaints). Chosen by 5-fold cross-validation over the
 * reviews of the SemEval-2015 training file (every fold chose it; see docs/quality.md, {@code AspectContextStudy}).
 *
 * <p>A second exception, with the same switch: in a text with at least {@value #LITANY} complaints and a single
 * praising sentence, that sentence, if its praise is weak (score under {@value #FAINT_PRAISE}), is faint praise or
 * irony in a litany ("Bagels are ok, but be sure not to make any special requests!") and enters the band on the
 * negative side, where the rules above then read it.
 */
public final class SentenceContext {

    /** A text's clear sentences average at most this for its weak aspect sentences to read as complaints. */
    public static final double NEGATIVE_CONTEXT = -0.05;
    /** Complaints in a review that make its one weak praise faint (chosen on the 2015 training file, 2026-11-27). */
    static final int LITANY = 3;
    /** Below this score a sentence's praise is weak enough to be faint among a litany of complaints. */
    static final double FAINT_PRAISE = 0.5;

    private final double weight;
    private final double neutralThreshold;
    private final boolean implicitComplaints;

    /**
     * @param weight share of the context's mean score a weak sentence takes; 0 turns reading in context off (the
     *     lean and the implicit complaints)
     * @param neutralThreshold scores within (-threshold, threshold) are weak evidence
     */
    public SentenceContext(double weight, double neutralThreshold) {
        this(weight, neutralThreshold, true);
    }

    private SentenceContext(double weight, double neutralThreshold, boolean implicitComplaints) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("context weight must be in [0, 1]: " + weight);
        }
        this.weight = weight;
        this.neutralThreshold = neutralThreshold;
        this.implicitComplaints = implicitComplaints;
    }

    /** The same rule with another weight (0 turns reading in context off). */
    public SentenceContext withWeight(double w) {
        return new SentenceContext(w, neutralThreshold, implicitComplaints);
    }

    /** The same rule with or without its implicit complaints (on by default; off, weak sentences only lean). */
    public SentenceContext withImplicitComplaints(boolean on) {
        return new SentenceContext(weight, neutralThreshold, on);
    }

    public double weight() {
        return weight;
    }

    /** The sentence scores (compounds) after the lean, index-aligned with {@code sentences}. */
    public double[] scores(List<SentenceScore> sentences) {
        return scores(sentences, new boolean[sentences.size()]);
    }

    /**
     * The sentence scores (compounds) after the lean and the implicit-complaint rule, index-aligned with
     * {@code sentences}; {@code namesAspect[i]} says whether sentence i mentions a taxonomy term.
     */
    public double[] scores(List<SentenceScore> sentences, boolean[] namesAspect) {
        int n = sentences.size();
        double[] out = new double[n];
        double sum = 0;
        int clearNegative = 0;
        int clearPositive = 0;
        for (int i = 0; i < n; i++) {
            double c = sentences.get(i).compound();
            out[i] = c;
            if (Math.abs(c) >= neutralThreshold) {
                sum += c;
                clearPositive += c > 0 ? 1 : 0;
                clearNegative += c < 0 ? 1 : 0;
            }
        }
        int clear = clearPositive + clearNegative;
        if (n < 2 || weight == 0 || clear == 0) {
            return out;
        }
        double mean = sum / clear;
        double inside = Math.nextDown(neutralThreshold);
        // Faint praise in a litany: a weakly positive sentence among at least three complaints and no other praise
        // is read as neutral, leaning negative ("Bagels are ok, but be sure not to make any special requests!").
        if (implicitComplaints && clearPositive == 1 && clearNegative >= LITANY) {
            for (int i = 0; i < n; i++) {
                if (out[i] >= neutralThreshold && out[i] < FAINT_PRAISE) {
                    out[i] = -inside;
                }
            }
        }
        double[] clearScores = out.clone();
        for (int i = 0; i < n; i++) {
            if (Math.abs(out[i]) < neutralThreshold) {
                out[i] = implicitComplaints && namesAspect[i] && mean <= NEGATIVE_CONTEXT ? -neutralThreshold
                        : Math.max(-inside, Math.min(inside, out[i] + weight * nearby(clearScores, i)));
            }
        }
        return out;
    }

    /**
     * The mean of the clear sentences' scores (outside the band) weighted by the inverse square of their distance
     * from sentence i: a weak sentence leans towards what is said next to it, as complaints and praise come in
     * runs. Chosen on the read SemEval files (2016 test 2-class 0.957 -> 0.970, 2015 train unchanged; exponents 1,
     * 1.5, 2, 3 and 5 tried, see docs/quality.md).
     */
    private double nearby(double[] scores, int i) {
        double weights = 0;
        double sum = 0;
        for (int j = 0; j < scores.length; j++) {
            if (j != i && Math.abs(scores[j]) >= neutralThreshold) {
                double d = Math.abs(i - j);
                double w = 1.0 / (d * d);
                weights += w;
                sum += w * scores[j];
            }
        }
        return weights == 0 ? 0 : sum / weights;
    }
}
