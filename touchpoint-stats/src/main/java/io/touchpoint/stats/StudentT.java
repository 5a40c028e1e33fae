package io.touchpoint.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles and tail areas of Student's t with real-valued degrees of freedom (Welch). */
final class StudentT {

    private StudentT() {
    }

    /** The critical value t with P(|T| <= t) = confidenceLevel for {@code df} degrees of freedom. */
    static double twoSidedCriticalValue(double confidenceLevel, double df) {
        if (!(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(df)) {
            return StandardNormal.twoSidedCriticalValue(confidenceLevel);
        }
        return distribution(df).inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    }

    /** P(|T| >= |t|) for {@code df} degrees of freedom. */
    static double twoSidedPValue(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(df)) {
            return StandardNormal.twoSidedPValue(t);
        }
        return Math.min(1.0, 2 * distribution(df).cumulativeProbability(-Math.abs(t)));
    }

    private static TDistribution distribution(double df) {
        // Null generator for the same reason as StandardNormal: evaluated, never sampled.
        return new TDistribution(null, df);
    }
}
