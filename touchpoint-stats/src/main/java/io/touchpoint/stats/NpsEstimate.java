package io.touchpoint.stats;

import java.util.Objects;

/**
 * A Net Promoter Score with its uncertainty, as fractions ({@link #score()} in [-1, 1]).
 * The {@code ...Points()} accessors give the same figures on the -100..100 reporting scale.
 *
 * @param tally the counts the estimate was computed from
 * @param score promoters share minus detractors share, in [-1, 1]; NaN when there are no answers
 * @param standardError trinomial standard error of {@code score}, {@code sqrt((p + d - (p - d)^2) / n)}
 * @param interval confidence interval for the NPS as fractions, clamped to [-1, 1]
 * @param intervalMethod how {@code interval} was computed
 * @param smallSample whether n is below {@code minimumSampleSize}: the figures are too noisy to trust
 * @param minimumSampleSize the threshold the {@code smallSample} flag was judged against
 */
public record NpsEstimate(
        NetPromoterScore tally,
        double score,
        double standardError,
        ConfidenceInterval interval,
        NpsIntervalMethod intervalMethod,
        boolean smallSample,
        long minimumSampleSize) {

    public NpsEstimate {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(intervalMethod, "intervalMethod");
    }

    public long n() {
        return tally.n();
    }

    /** The NPS on the -100..100 scale. */
    public double points() {
        return score * 100;
    }

    /** The standard error on the -100..100 scale. */
    public double standardErrorPoints() {
        return standardError * 100;
    }

    /** The confidence interval on the -100..100 scale. */
    public ConfidenceInterval intervalPoints() {
        return interval.isDefined() ? interval.scaled(100) : interval;
    }
}
