package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionIntervalMethodTest {

    /**
     * Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
     * seven methods", Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score interval
     * without continuity correction), 95%, printed to 4 decimals.
     */
    @ParameterizedTest
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        " 0,  20, 0.0000, 0.1611",
        " 1,  29, 0.0061, 0.1718",
    })
    void wilsonMatchesNewcombeTableII(long successes, long n, double lower, double upper) {
        ConfidenceInterval ci = ProportionIntervalMethod.WILSON.interval(successes, n, 0.95);

        assertThat(ci.lower()).isCloseTo(lower, within(5e-5));
        assertThat(ci.upper()).isCloseTo(upper, within(5e-5));
    }

    /**
     * Agresti A, Coull BA (1998), "Approximate is better than 'exact' for interval estimation of
     * binomial proportions", The American Statistician 52:119-126 (add z^2/2 successes and
     * failures). Reference values: the example output of {@code binom.agresti} in the R package
     * RSurveillance (rdrr.io/cran/RSurveillance/man/binom.agresti.html), printed to 7-8 digits.
     */
    @ParameterizedTest
    @CsvSource({
        "25, 200, 0.08558957, 0.1785444",
        "10, 200, 0.02626810, 0.09069269",
        "50, 200, 0.19489935, 0.31452332",
        "80, 200, 0.33457989, 0.46918917",
    })
    void agrestiCoullMatchesPublishedROutput(long successes, long n, double lower, double upper) {
        ConfidenceInterval ci = ProportionIntervalMethod.AGRESTI_COULL.interval(successes, n, 0.95);

        assertThat(ci.lower()).isCloseTo(lower, within(5e-8));
        assertThat(ci.upper()).isCloseTo(upper, within(5e-7));
    }

    @Test
    void waldIsTheTextbookInterval() {
        ConfidenceInterval ci = ProportionIntervalMethod.WALD.interval(40, 100, 0.95);
        double half = 1.959963984540054 * Math.sqrt(0.4 * 0.6 / 100);

        assertThat(ci.lower()).isCloseTo(0.4 - half, within(1e-12));
        assertThat(ci.upper()).isCloseTo(0.4 + half, within(1e-12));
    }

    @Test
    void wilsonAndAgrestiCoullShareTheirCentre() {
        ConfidenceInterval wilson = ProportionIntervalMethod.WILSON.interval(7, 30, 0.9);
        ConfidenceInterval ac = ProportionIntervalMethod.AGRESTI_COULL.interval(7, 30, 0.9);

        assertThat((wilson.lower() + wilson.upper()) / 2).isCloseTo((ac.lower() + ac.upper()) / 2, within(1e-12));
        assertThat(ac.width()).isGreaterThan(wilson.width());
    }

    @Test
    void staysWithinTheUnitIntervalAtTheExtremes() {
        for (ProportionIntervalMethod m : ProportionIntervalMethod.values()) {
            ConfidenceInterval none = m.interval(0, 3, 0.95);
            ConfidenceInterval all = m.interval(3, 3, 0.95);
            assertThat(none.lower()).isEqualTo(0.0);
            assertThat(all.upper()).isEqualTo(1.0);
            assertThat(none.upper()).isLessThanOrEqualTo(1.0);
            assertThat(all.lower()).isGreaterThanOrEqualTo(0.0);
        }
    }

    /** Regression: rounding once left the Wilson lower bound of 0/13 at 1e-17, excluding p = 0. */
    @Test
    void extremeCountsAreInsideTheirOwnInterval() {
        for (long n = 1; n <= 500; n++) {
            for (ProportionIntervalMethod m : ProportionIntervalMethod.values()) {
                assertThat(m.interval(0, n, 0.95).contains(0.0)).as("0/%s %s", n, m).isTrue();
                assertThat(m.interval(n, n, 0.95).contains(1.0)).as("%s/%s %s", n, n, m).isTrue();
            }
        }
    }

    @Test
    void emptyAndInvalidInputs() {
        assertThat(ProportionIntervalMethod.WILSON.interval(0, 0, 0.95).isDefined()).isFalse();
        assertThatThrownBy(() -> ProportionIntervalMethod.WILSON.interval(5, 4, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProportionIntervalMethod.WILSON.interval(-1, 4, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProportionIntervalMethod.fromLabel("exact")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ProportionIntervalMethod.fromLabel(" Agresti-Coull ")).isEqualTo(ProportionIntervalMethod.AGRESTI_COULL);
    }
}
