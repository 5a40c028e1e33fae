package io.touchpoint.app.analytics;

/** One group of a metrics report. */
public sealed interface MetricRow permits MetricRow.NpsRow, MetricRow.RatingRow {

    String key();

    String label();

    long n();

    boolean smallSample();

    /** NPS on the -100..100 scale; standard error and interval on the same scale (null when undefined). */
    record NpsRow(String key, String label, long n, long promoters, long passives, long detractors, Double nps,
            Double standardError, Double ciLower, Double ciUpper, boolean smallSample) implements MetricRow {
    }

    /**
     * CSAT, CES or review rating: the favourable share (top-2-box for CSAT, 5-7 "easy" for CES, 4 stars or more for
     * the review rating) in percent with its Wilson interval, and the mean with its t interval. The review rating's
     * mean is in stars (1..5, from the normalised rating r as 1 + 4r).
     */
    record RatingRow(String key, String label, long n, long favourable, Double share, Double ciLower,
            Double ciUpper, Double mean, Double meanCiLower, Double meanCiUpper, boolean smallSample)
            implements MetricRow {
    }
}
