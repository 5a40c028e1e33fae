package io.touchpoint.stats;

/** The significance test behind a {@link TrendChange}. */
public enum ChangeTestMethod {
    /** z-test on the difference of two NPS with the sum of their trinomial variances. */
    NPS_WALD_Z("nps-wald-z"),
    /** The same on counts with adjusted-Wald pseudo-observations (MeasuringU 2021). */
    NPS_ADJUSTED_WALD_Z("nps-adjusted-wald-z"),
    /** Pooled two-proportion z-test; equals R's {@code prop.test(correct = FALSE)}. */
    TWO_PROPORTION_Z("two-proportion-z"),
    /** Welch's unequal-variance t-test; equals R's {@code t.test} default. */
    WELCH_T("welch-t");

    private final String label;

    ChangeTestMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
