package io.touchpoint.stats;

import java.util.Objects;

/**
 * Computes CSAT / CES figures from a {@link RatingSummary}: the mean with a Student t interval and
 * the favourable share (top-2 box, "easy") with a binomial interval. Immutable; configure with the
 * {@code with...} methods. Defaults: 95% confidence, {@link ProportionIntervalMethod#WILSON},
 * minimum sample size 30.
 */
public final class RatingAnalysis {

    private static final RatingAnalysis DEFAULTS = new RatingAnalysis(
            NpsAnalysis.DEFAULT_CONFIDENCE_LEVEL, ProportionIntervalMethod.WILSON, NpsAnalysis.DEFAULT_MINIMUM_SAMPLE_SIZE);

    private final double confidenceLevel;
    private final ProportionIntervalMethod proportionMethod;
    private final long minimumSampleSize;
    private final double criticalValue;

    private RatingAnalysis(double confidenceLevel, ProportionIntervalMethod proportionMethod, long minimumSampleSize) {
        this.confidenceLevel = Arguments.confidenceLevel(confidenceLevel);
        this.proportionMethod = Objects.requireNonNull(proportionMethod, "proportionMethod");
        this.minimumSampleSize = Arguments.minimumSampleSize(minimumSampleSize);
        this.criticalValue = StandardNormal.twoSidedCriticalValue(confidenceLevel);
    }

    public static RatingAnalysis withDefaults() {
        return DEFAULTS;
    }

    public RatingAnalysis withConfidenceLevel(double confidenceLevel) {
        return new RatingAnalysis(confidenceLevel, proportionMethod, minimumSampleSize);
    }

    public RatingAnalysis with(ProportionIntervalMethod method) {
        return new RatingAnalysis(confidenceLevel, method, minimumSampleSize);
    }

    public RatingAnalysis withMinimumSampleSize(long minimumSampleSize) {
        return new RatingAnalysis(confidenceLevel, proportionMethod, minimumSampleSize);
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    public ProportionIntervalMethod proportionMethod() {
        return proportionMethod;
    }

    public long minimumSampleSize() {
        return minimumSampleSize;
    }

    public RatingEstimate estimate(RatingSummary summary) {
        Objects.requireNonNull(summary, "summary");
        long n = summary.n();
        ConfidenceInterval favourableInterval = n == 0
                ? ConfidenceInterval.undefined(confidenceLevel)
                : proportionMethod.interval(summary.favourable(), n, confidenceLevel, criticalValue);
        double standardError = Math.sqrt(summary.variance() / n);
        return new RatingEstimate(summary, summary.mean(), summary.standardDeviation(), standardError,
                meanInterval(summary, standardError), summary.favourableShare(), favourableInterval,
                proportionMethod, n < minimumSampleSize, minimumSampleSize);
    }

    private ConfidenceInterval meanInterval(RatingSummary summary, double standardError) {
        if (summary.n() < 2) {
            return ConfidenceInterval.undefined(confidenceLevel);
        }
        double half = StudentT.twoSidedCriticalValue(confidenceLevel, summary.n() - 1.0) * standardError;
        RatingScale scale = summary.scale();
        // The true mean lies on the scale; a t interval from few answers can overshoot it.
        return new ConfidenceInterval(
                Math.max(scale.min(), summary.mean() - half), Math.min(scale.max(), summary.mean() + half),
                confidenceLevel);
    }
}
