package io.touchpoint.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a confidence interval for a binomial share (CSAT top-2 box, CES "easy" share) is computed.
 *
 * <p>{@link #WILSON} is the default: the score interval of Wilson (1927), recommended by Newcombe
 * (1998) and Brown, Cai and DasGupta (2001) over the Wald interval, whose coverage collapses near 0
 * and 1 and at small n. {@link #AGRESTI_COULL} (the "adjusted-Wald" of Sauro and Lewis) adds z^2/2
 * successes and z^2/2 failures and is slightly wider. Both stay within [0, 1].
 */
public enum ProportionIntervalMethod {
    WALD("wald"),
    WILSON("wilson"),
    AGRESTI_COULL("agresti-coull");

    private final String label;

    ProportionIntervalMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The method with the given {@link #label()} (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown label
     */
    public static ProportionIntervalMethod fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.label.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown proportion interval method '" + label + "', expected wald, wilson or agresti-coull"));
    }

    /**
     * The interval for {@code successes} out of {@code n} trials.
     *
     * @throws IllegalArgumentException unless 0 <= successes <= n
     */
    public ConfidenceInterval interval(long successes, long n, double confidenceLevel) {
        Arguments.confidenceLevel(confidenceLevel);
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n: " + successes + " of " + n);
        }
        if (n == 0) {
            return ConfidenceInterval.undefined(confidenceLevel);
        }
        return interval(successes, n, confidenceLevel, StandardNormal.twoSidedCriticalValue(confidenceLevel));
    }

    ConfidenceInterval interval(long successes, long n, double confidenceLevel, double z) {
        double p = (double) successes / n;
        double z2 = z * z;
        double lower;
        double upper;
        switch (this) {
            case WALD -> {
                double half = z * Math.sqrt(p * (1 - p) / n);
                lower = p - half;
                upper = p + half;
            }
            case WILSON -> {
                double denominator = 1 + z2 / n;
                double centre = (p + z2 / (2.0 * n)) / denominator;
                double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
                lower = centre - half;
                upper = centre + half;
            }
            case AGRESTI_COULL -> {
                double adjustedN = n + z2;
                double centre = (successes + z2 / 2) / adjustedN;
                double half = z * Math.sqrt(centre * (1 - centre) / adjustedN);
                lower = centre - half;
                upper = centre + half;
            }
            default -> throw new IllegalStateException(name());
        }
        // At 0 (or n) successes the Wilson bound is exactly 0 (or 1); pin it, since rounding
        // can leave it a hair inside and the interval would then miss its own estimate.
        if (successes == 0) {
            lower = 0.0;
        }
        if (successes == n) {
            upper = 1.0;
        }
        return new ConfidenceInterval(Math.max(0.0, lower), Math.min(1.0, upper), confidenceLevel);
    }
}
