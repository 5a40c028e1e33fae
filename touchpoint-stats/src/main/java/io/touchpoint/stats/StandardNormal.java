package io.touchpoint.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Quantiles and tail areas of N(0, 1), used by the Wald-type intervals and z-tests. */
final class StandardNormal {

    // No random generator: this instance is only ever evaluated, never sampled, and the default
    // generator (Well19937c) would cost far more to build than every evaluation made with it.
    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    private StandardNormal() {
    }

    /** The critical value z with P(|Z| <= z) = confidenceLevel, e.g. 1.959964 for 0.95. */
    static double twoSidedCriticalValue(double confidenceLevel) {
        return N01.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    }

    /** P(|Z| >= |z|). */
    static double twoSidedPValue(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        // 2 * upper tail computed from the lower tail of -|z| keeps precision for large |z|.
        return Math.min(1.0, 2 * N01.cumulativeProbability(-Math.abs(z)));
    }
}
