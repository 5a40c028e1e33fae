package io.touchpoint.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test of a 2 x 2 table, for comparisons whose counts are too small for the normal approximation of
 * the two-proportion z-test (an expected count under 5 in some cell, the usual rule): a topic three of forty
 * detractors mention and one of four hundred others do.
 *
 * <p>Two-sided p-value as R's {@code fisher.test}: the probability, under the hypergeometric distribution of the
 * table with its margins fixed, of every table no more likely than the one observed (with R's relative tolerance of
 * 1e-7 for ties). The distribution is Commons Math's.
 */
public final class FisherExact {

    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private FisherExact() {
    }

    /**
     * @param a first row, first column (e.g. detractors who mention the topic)
     * @param b first row, second column (detractors who do not)
     * @param c second row, first column (others who mention it)
     * @param d second row, second column (others who do not)
     * @return the two-sided p-value; 1 when a margin is empty
     * @throws IllegalArgumentException if a count is negative or the total exceeds what an int holds
     */
    public static double twoSided(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + a + ", " + b + ", " + c + ", " + d);
        }
        long total = a + b + c + d;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("table too large: " + total);
        }
        int n = (int) total;
        int withColumn = (int) (a + c);
        int firstRow = (int) (a + b);
        if (n == 0 || withColumn == 0 || withColumn == n || firstRow == 0 || firstRow == n) {
            return 1.0;
        }
        HypergeometricDistribution h = new HypergeometricDistribution(null, n, withColumn, firstRow);
        double observed = h.probability((int) a);
        double p = 0;
        for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
            double px = h.probability(x);
            if (px <= observed * RELATIVE_TOLERANCE) {
                p += px;
            }
        }
        return Math.min(1.0, p);
    }

    /**
     * Whether the normal approximation is doubtful for this table: some cell's expected count under independence is
     * below 5.
     */
    public static boolean smallExpectedCount(long a, long b, long c, long d) {
        double n = a + b + c + d;
        if (n == 0) {
            return true;
        }
        double[] rows = {a + b, c + d};
        double[] cols = {a + c, b + d};
        for (double r : rows) {
            for (double col : cols) {
                if (r * col / n < 5) {
                    return true;
                }
            }
        }
        return false;
    }
}
