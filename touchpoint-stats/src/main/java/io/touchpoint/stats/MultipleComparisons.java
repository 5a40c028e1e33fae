package io.touchpoint.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjusting p-values when many hypotheses are tested at once, as when every topic of a taxonomy is tested as a driver
 * of detractors: at 5% each, one topic in twenty would be flagged by chance alone.
 *
 * <p>Benjamini and Hochberg (1995), "Controlling the false discovery rate", J. R. Statist. Soc. B 57(1): the
 * adjusted value of the i-th smallest of m p-values is {@code min over j >= i of (m / j) p(j)}, capped at 1 (R's
 * {@code p.adjust(p, "BH")}); rejecting where it is at most q keeps the expected share of false discoveries among
 * the rejections at most q for independent or positively dependent tests. Written here because the maintained Java
 * statistics libraries (Commons Math among them) do not offer it; it is a sort and one pass.
 */
public final class MultipleComparisons {

    private MultipleComparisons() {
    }

    /**
     * Benjamini-Hochberg adjusted p-values (q-values), in the order given. A NaN p-value (a test that could not be
     * made) stays NaN and does not count among the m tests.
     *
     * @throws IllegalArgumentException if a p-value is outside [0, 1]
     */
    public static double[] benjaminiHochberg(double[] pValues) {
        int n = pValues.length;
        double[] q = new double[n];
        Arrays.fill(q, Double.NaN);
        Integer[] order = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double p = pValues[i];
            if (Double.isNaN(p)) {
                continue;
            }
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("p-value outside [0, 1]: " + p);
            }
            order[m++] = i;
        }
        Integer[] tested = Arrays.copyOf(order, m);
        Arrays.sort(tested, Comparator.comparingDouble(i -> pValues[i]));
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = tested[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
