package io.touchpoint.stats;

import java.util.Objects;

/**
 * The change of a metric from a baseline (previous period, reference segment) to a current value
 * (this period, compared segment), with the significance test behind it. Values are in the units of
 * the metric compared: fractions for NPS and shares (use {@link #scaled(double)} with 100 for
 * points or percentages), scale units for means.
 *
 * @param method the test used
 * @param baseline the baseline estimate
 * @param current the current estimate
 * @param difference {@code current - baseline} of the observed estimates
 * @param standardError standard error of the difference used by the test
 * @param statistic z or t statistic; NaN when the test is undefined (an empty side, n < 2 for t)
 * @param degreesOfFreedom Welch-Satterthwaite degrees of freedom for t, infinite for z tests
 * @param pValue two-sided p-value; NaN when undefined
 * @param alpha significance level the change was judged at
 * @param differenceInterval (1 - alpha) confidence interval for the difference
 * @param significant whether {@code pValue < alpha}
 * @param direction {@link Direction#INCREASE} or {@link Direction#DECREASE} when significant
 * @param smallSample whether either side has fewer answers than the configured minimum
 */
public record TrendChange(
        ChangeTestMethod method,
        double baseline,
        double current,
        double difference,
        double standardError,
        double statistic,
        double degreesOfFreedom,
        double pValue,
        double alpha,
        ConfidenceInterval differenceInterval,
        boolean significant,
        Direction direction,
        boolean smallSample) {

    /** Which way a metric moved, counting only significant moves. */
    public enum Direction {
        INCREASE,
        DECREASE,
        NO_SIGNIFICANT_CHANGE
    }

    public TrendChange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(differenceInterval, "differenceInterval");
        Objects.requireNonNull(direction, "direction");
        Arguments.alpha(alpha);
        if (significant != (pValue < alpha)) {
            throw new IllegalArgumentException("significant must equal pValue < alpha");
        }
        if (direction != directionOf(significant, difference)) {
            throw new IllegalArgumentException("direction " + direction + " contradicts the difference");
        }
    }

    static TrendChange of(ChangeTestMethod method, double baseline, double current, double difference,
            double standardError, double statistic, double degreesOfFreedom, double pValue, double alpha,
            ConfidenceInterval differenceInterval, boolean smallSample) {
        boolean significant = pValue < alpha;
        return new TrendChange(method, baseline, current, difference, standardError, statistic, degreesOfFreedom,
                pValue, alpha, differenceInterval, significant, directionOf(significant, difference), smallSample);
    }

    private static Direction directionOf(boolean significant, double difference) {
        if (!significant || difference == 0) {
            return Direction.NO_SIGNIFICANT_CHANGE;
        }
        return difference > 0 ? Direction.INCREASE : Direction.DECREASE;
    }

    /** Whether the change is significant at another level than the one it was computed for. */
    public boolean isSignificantAt(double alpha) {
        return pValue < Arguments.alpha(alpha);
    }

    /**
     * The same change with estimates, difference, standard error and interval multiplied by
     * {@code factor}, e.g. 100 to turn NPS fractions into points; the test itself is unchanged.
     */
    public TrendChange scaled(double factor) {
        ConfidenceInterval interval = differenceInterval.isDefined() ? differenceInterval.scaled(factor) : differenceInterval;
        return new TrendChange(method, baseline * factor, current * factor, difference * factor,
                standardError * factor, statistic, degreesOfFreedom, pValue, alpha, interval, significant, direction,
                smallSample);
    }
}
