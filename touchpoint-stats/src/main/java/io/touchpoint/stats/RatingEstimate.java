package io.touchpoint.stats;

import java.util.Objects;

/**
 * Mean and favourable share of rating answers (CSAT, CES) with their confidence intervals.
 *
 * @param summary the aggregates the estimate was computed from
 * @param mean mean answer; NaN when empty
 * @param standardDeviation sample standard deviation; NaN when n < 2
 * @param meanStandardError standard error of the mean; NaN when n < 2
 * @param meanInterval Student t interval for the mean (n - 1 degrees of freedom), clamped to the
 *     scale; undefined when n < 2
 * @param favourableShare share of favourable answers in [0, 1] (CSAT top-2 box, CES "easy")
 * @param favourableInterval interval for the favourable share, in [0, 1]
 * @param proportionMethod how {@code favourableInterval} was computed
 * @param smallSample whether n is below {@code minimumSampleSize}
 * @param minimumSampleSize the threshold the {@code smallSample} flag was judged against
 */
public record RatingEstimate(
        RatingSummary summary,
        double mean,
        double standardDeviation,
        double meanStandardError,
        ConfidenceInterval meanInterval,
        double favourableShare,
        ConfidenceInterval favourableInterval,
        ProportionIntervalMethod proportionMethod,
        boolean smallSample,
        long minimumSampleSize) {

    public RatingEstimate {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(meanInterval, "meanInterval");
        Objects.requireNonNull(favourableInterval, "favourableInterval");
        Objects.requireNonNull(proportionMethod, "proportionMethod");
    }

    public long n() {
        return summary.n();
    }

    public long favourable() {
        return summary.favourable();
    }

    /** The favourable share as a percentage 0..100 (how CSAT is usually reported). */
    public double favourablePercent() {
        return favourableShare * 100;
    }
}
