package io.touchpoint.stats;

/**
 * A two-sided confidence interval in the units of the statistic it belongs to.
 *
 * <p>Bounds may be {@code NaN} when the interval is undefined (for example the mean of fewer than
 * two ratings).
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param confidenceLevel confidence level in (0, 1), e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double confidenceLevel) {

    public ConfidenceInterval {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + confidenceLevel);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower bound " + lower + " exceeds upper bound " + upper);
        }
    }

    /** An interval that could not be computed (too little data). */
    public static ConfidenceInterval undefined(double confidenceLevel) {
        return new ConfidenceInterval(Double.NaN, Double.NaN, confidenceLevel);
    }

    /** Whether both bounds are finite numbers. */
    public boolean isDefined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** Whether {@code value} lies within the closed interval; false for an undefined interval. */
    public boolean contains(double value) {
        return isDefined() && value >= lower && value <= upper;
    }

    public double width() {
        return upper - lower;
    }

    /** The same interval with both bounds multiplied by {@code factor} (> 0), e.g. 100 for points. */
    public ConfidenceInterval scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive: " + factor);
        }
        return new ConfidenceInterval(lower * factor, upper * factor, confidenceLevel);
    }
}
