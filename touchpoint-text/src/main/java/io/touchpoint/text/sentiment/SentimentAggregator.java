package io.touchpoint.text.sentiment;

import io.touchpoint.text.Sentiment;
import io.touchpoint.text.SentimentLabel;
import java.util.List;

/**
 * Turns sentence scores into the sentiment of a whole text, and scores into labels.
 *
 * <p>A text's score is the mean of its sentence scores weighted by their strength (a neutral sentence about the
 * weather dilutes little), with "But ..." sentences outweighing the one before them, and a complaint weighing
 * {@value #COMPLAINT_WEIGHT} times as much as praise of the same strength: a guest who praises the breakfast and the
 * staff but spent a night kept awake has not had a good stay (ADR 0101, addendum of 2026-11-27: chosen on one half of
 * the Datafiniti hotel reviews, confirmed on the other; docs/quality.md). A text is mixed when it holds a clear amount
 * of both praise and complaint, whichever side wins.
 */
public final class SentimentAggregator {

    /** How much more a negative sentence weighs in the text's score than a positive one of the same strength. */
    public static final double COMPLAINT_WEIGHT = 1.5;

    /** Scores within (-threshold, threshold) are neutral. */
    private final double neutralThreshold;

    public SentimentAggregator(double neutralThreshold) {
        this.neutralThreshold = neutralThreshold;
    }

    public double neutralThreshold() {
        return neutralThreshold;
    }

    public SentimentLabel label(double score) {
        if (score >= neutralThreshold) {
            return SentimentLabel.POSITIVE;
        }
        if (score <= -neutralThreshold) {
            return SentimentLabel.NEGATIVE;
        }
        return SentimentLabel.NEUTRAL;
    }

    public Sentiment combine(List<SentenceScore> sentences) {
        int n = sentences.size();
        if (n == 0) {
            return new Sentiment(SentimentLabel.NEUTRAL, 0.0, false);
        }
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = 1.0;
        }
        for (int i = 1; i < n; i++) {
            if (sentences.get(i).opensWithContrast()) {
                weight[i] *= 1.5;
                weight[i - 1] *= 0.5;
            }
        }
        double num = 0;
        double den = 0;
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < n; i++) {
            SentenceScore s = sentences.get(i);
            double c = s.compound();
            double w = weight[i] * (0.15 + Math.abs(c)) * (c < 0 ? COMPLAINT_WEIGHT : 1.0);
            num += w * c;
            den += w;
            for (OpinionUnit u : s.units()) {
                if (u.value() > 0) {
                    positive += u.value();
                } else {
                    negative -= u.value();
                }
            }
        }
        double score = n == 1 ? sentences.get(0).compound() : num / den;
        score = Math.max(-1.0, Math.min(1.0, score));
        double low = Math.min(positive, negative);
        double high = Math.max(positive, negative);
        boolean mixed = low >= 1.0 && low >= 0.3 * high;
        return new Sentiment(label(score), score, mixed);
    }
}
