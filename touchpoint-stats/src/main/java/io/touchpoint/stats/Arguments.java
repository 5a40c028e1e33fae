package io.touchpoint.stats;

/** Shared argument checks of the analysis configurations. */
final class Arguments {

    private Arguments() {
    }

    static double confidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        return level;
    }

    static double alpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        return alpha;
    }

    static long minimumSampleSize(long minimum) {
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum sample size must be >= 0: " + minimum);
        }
        return minimum;
    }
}
