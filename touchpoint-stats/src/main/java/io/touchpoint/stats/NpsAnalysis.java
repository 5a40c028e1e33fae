package io.touchpoint.stats;

import java.util.Objects;

/**
 * Computes a Net Promoter Score with standard error, confidence interval and small-sample flag.
 * Immutable; configure with the {@code with...} methods:
 *
 * <pre>{@code
 * NpsEstimate e = NpsAnalysis.withDefaults()
 *         .withConfidenceLevel(0.90)
 *         .estimate(NetPromoterScore.of(detractors, passives, promoters));
 * }</pre>
 *
 * <p>Defaults: 95% confidence, {@link NpsIntervalMethod#ADJUSTED_WALD}, minimum sample size 30.
 */
public final class NpsAnalysis {

    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
    /** A conventional floor below which survey figures are flagged rather than trusted. */
    public static final long DEFAULT_MINIMUM_SAMPLE_SIZE = 30;

    private static final NpsAnalysis DEFAULTS = new NpsAnalysis(
            DEFAULT_CONFIDENCE_LEVEL, NpsIntervalMethod.ADJUSTED_WALD, DEFAULT_MINIMUM_SAMPLE_SIZE);

    private final double confidenceLevel;
    private final NpsIntervalMethod intervalMethod;
    private final long minimumSampleSize;
    private final double criticalValue;

    private NpsAnalysis(double confidenceLevel, NpsIntervalMethod intervalMethod, long minimumSampleSize) {
        this.confidenceLevel = Arguments.confidenceLevel(confidenceLevel);
        this.intervalMethod = Objects.requireNonNull(intervalMethod, "intervalMethod");
        this.minimumSampleSize = Arguments.minimumSampleSize(minimumSampleSize);
        this.criticalValue = StandardNormal.twoSidedCriticalValue(confidenceLevel);
    }

    public static NpsAnalysis withDefaults() {
        return DEFAULTS;
    }

    /** @param confidenceLevel in (0, 1), e.g. 0.95 */
    public NpsAnalysis withConfidenceLevel(double confidenceLevel) {
        return new NpsAnalysis(confidenceLevel, intervalMethod, minimumSampleSize);
    }

    public NpsAnalysis with(NpsIntervalMethod method) {
        return new NpsAnalysis(confidenceLevel, method, minimumSampleSize);
    }

    /** @param minimumSampleSize n below which estimates are flagged {@code smallSample}; >= 0 */
    public NpsAnalysis withMinimumSampleSize(long minimumSampleSize) {
        return new NpsAnalysis(confidenceLevel, intervalMethod, minimumSampleSize);
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    public NpsIntervalMethod intervalMethod() {
        return intervalMethod;
    }

    public long minimumSampleSize() {
        return minimumSampleSize;
    }

    public NpsEstimate estimate(NetPromoterScore nps) {
        Objects.requireNonNull(nps, "nps");
        boolean small = nps.n() < minimumSampleSize;
        if (nps.isEmpty()) {
            return new NpsEstimate(nps, Double.NaN, Double.NaN, ConfidenceInterval.undefined(confidenceLevel),
                    intervalMethod, small, minimumSampleSize);
        }
        double centre = intervalMethod.centre(nps);
        double halfWidth = criticalValue * intervalMethod.standardError(nps);
        ConfidenceInterval interval = new ConfidenceInterval(
                Math.max(-1.0, centre - halfWidth), Math.min(1.0, centre + halfWidth), confidenceLevel);
        return new NpsEstimate(nps, nps.score(), nps.standardError(), interval, intervalMethod, small,
                minimumSampleSize);
    }
}
