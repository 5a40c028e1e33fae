package io.touchpoint.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a Net Promoter Score confidence interval (and the NPS difference test) is computed.
 *
 * <p>Both are Wald-type intervals on the trinomial variance. {@link #ADJUSTED_WALD} first adds
 * pseudo-observations, 3/4 of a detractor, 3/2 of a passive and 3/4 of a promoter (3 in all), the
 * adjustment Rocks (2016) found to have the best coverage and MeasuringU (Sauro and Lewis, 2021)
 * adopted. It keeps small samples and all-promoter samples from collapsing to a zero-width
 * interval, and converges to {@link #WALD} as n grows. See docs/adr/0200-cx-metric-statistics.md.
 */
public enum NpsIntervalMethod {
    /** Estimate plus or minus z times the trinomial standard error of the raw counts. */
    WALD("wald", 0, 0, 0),
    /** Wald on counts with 0.75 detractors, 1.5 passives and 0.75 promoters added. */
    ADJUSTED_WALD("adjusted-wald", 0.75, 1.5, 0.75);

    private final String label;
    private final double pseudoDetractors;
    private final double pseudoPassives;
    private final double pseudoPromoters;

    NpsIntervalMethod(String label, double pseudoDetractors, double pseudoPassives, double pseudoPromoters) {
        this.label = label;
        this.pseudoDetractors = pseudoDetractors;
        this.pseudoPassives = pseudoPassives;
        this.pseudoPromoters = pseudoPromoters;
    }

    /** The name used on the command line and in JSON, e.g. {@code adjusted-wald}. */
    public String label() {
        return label;
    }

    /** Pseudo-observations added to the sample size (0 for Wald, 3 for adjusted-Wald). */
    public double pseudoObservations() {
        return pseudoDetractors + pseudoPassives + pseudoPromoters;
    }

    /**
     * The method with the given {@link #label()} (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown label
     */
    public static NpsIntervalMethod fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.label.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown NPS interval method '" + label + "', expected wald or adjusted-wald"));
    }

    /** The (possibly adjusted) NPS the interval and test are centred on, as a fraction. */
    double centre(NetPromoterScore nps) {
        double n = adjustedN(nps);
        return ((nps.promoters() + pseudoPromoters) - (nps.detractors() + pseudoDetractors)) / n;
    }

    /** The (possibly adjusted) trinomial variance of one answer. */
    double variance(NetPromoterScore nps) {
        double n = adjustedN(nps);
        return NetPromoterScore.trinomialVariance(
                (nps.promoters() + pseudoPromoters) / n, (nps.detractors() + pseudoDetractors) / n);
    }

    /** The (possibly adjusted) sample size. */
    double adjustedN(NetPromoterScore nps) {
        return nps.n() + pseudoObservations();
    }

    /** The (possibly adjusted) standard error of the NPS fraction. */
    double standardError(NetPromoterScore nps) {
        return Math.sqrt(variance(nps) / adjustedN(nps));
    }
}
