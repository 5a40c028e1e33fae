package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpsAnalysisTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void waldIntervalIsScorePlusMinusZTimesTrinomialStandardError() {
        NpsEstimate e = NpsAnalysis.withDefaults().with(NpsIntervalMethod.WALD).estimate(NetPromoterScore.of(1, 2, 3));

        double se = Math.sqrt(5.0 / 54);
        assertThat(e.standardError()).isCloseTo(se, within(1e-15));
        assertThat(e.interval().lower()).isCloseTo(1.0 / 3 - Z95 * se, within(1e-12));
        assertThat(e.interval().upper()).isCloseTo(1.0 / 3 + Z95 * se, within(1e-12));
        assertThat(e.interval().confidenceLevel()).isEqualTo(0.95);
    }

    /**
     * Adjusted-Wald as published: "Add a constant of 3 to the sample size (n), 3/4 to the number of
     * detractors, and 3/4 to the number of promoters" (Lewis and Sauro, "Confidence Intervals for
     * Net Promoter Scores", MeasuringU 2021, measuringu.com/nps-confidence-intervals/, following
     * Rocks 2016), i.e. the pseudo-observations c(0.75, 1.5, 0.75) of (detractors, passives,
     * promoters) that are the default of Rocks's R package NPS {@code nps_test}. For counts (1, 2, 3):
     * n' = 9, p' = 3.75/9, d' = 1.75/9, NPS' = 2/9, variance' = 5.5/9 - (2/9)^2 = 0.5617284,
     * SE' = sqrt(0.5617284 / 9) = 0.2498285, 95% interval 2/9 -+ 1.959964 * SE' = [-0.2674326, 0.7118770].
     */
    @Test
    void adjustedWaldAddsThreePseudoObservations() {
        NpsEstimate e = NpsAnalysis.withDefaults().estimate(NetPromoterScore.of(1, 2, 3));

        assertThat(NpsIntervalMethod.ADJUSTED_WALD.pseudoObservations()).isEqualTo(3.0);
        assertThat(e.intervalMethod()).isEqualTo(NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(e.interval().lower()).isCloseTo(-0.2674326, within(5e-7));
        assertThat(e.interval().upper()).isCloseTo(0.7118770, within(5e-7));
        // The reported score and standard error stay those of the observed counts.
        assertThat(e.score()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(e.standardError()).isCloseTo(Math.sqrt(5.0 / 54), within(1e-15));
    }

    @Test
    void adjustedWaldKeepsAllPromoterSamplesFromAZeroWidthInterval() {
        NetPromoterScore allPromoters = NetPromoterScore.of(0, 0, 5);

        NpsEstimate wald = NpsAnalysis.withDefaults().with(NpsIntervalMethod.WALD).estimate(allPromoters);
        NpsEstimate adjusted = NpsAnalysis.withDefaults().estimate(allPromoters);

        assertThat(wald.interval().width()).isZero();
        assertThat(adjusted.interval().width()).isGreaterThan(0.3);
        assertThat(adjusted.interval().upper()).isLessThanOrEqualTo(1.0);
        assertThat(adjusted.interval().contains(1.0)).isTrue();
    }

    @Test
    void adjustedWaldConvergesToWaldForLargeSamples() {
        NetPromoterScore large = NetPromoterScore.of(200_000, 300_000, 500_000);

        NpsEstimate wald = NpsAnalysis.withDefaults().with(NpsIntervalMethod.WALD).estimate(large);
        NpsEstimate adjusted = NpsAnalysis.withDefaults().estimate(large);

        assertThat(adjusted.interval().lower()).isCloseTo(wald.interval().lower(), within(1e-5));
        assertThat(adjusted.interval().upper()).isCloseTo(wald.interval().upper(), within(1e-5));
    }

    @Test
    void intervalsAreClampedToTheNpsRange() {
        NpsEstimate e = NpsAnalysis.withDefaults().with(NpsIntervalMethod.WALD).estimate(NetPromoterScore.of(0, 1, 2));

        assertThat(e.interval().upper()).isEqualTo(1.0);
        assertThat(e.interval().lower()).isGreaterThanOrEqualTo(-1.0);
    }

    @Test
    void pointsAreOneHundredTimesTheFractions() {
        NpsEstimate e = NpsAnalysis.withDefaults().estimate(NetPromoterScore.of(10, 20, 30));

        assertThat(e.points()).isCloseTo(100 * e.score(), within(1e-12));
        assertThat(e.standardErrorPoints()).isCloseTo(100 * e.standardError(), within(1e-12));
        assertThat(e.intervalPoints().lower()).isCloseTo(100 * e.interval().lower(), within(1e-12));
        assertThat(e.intervalPoints().upper()).isCloseTo(100 * e.interval().upper(), within(1e-12));
    }

    @Test
    void flagsSamplesBelowTheConfiguredMinimum() {
        NpsAnalysis analysis = NpsAnalysis.withDefaults().withMinimumSampleSize(50);

        assertThat(analysis.estimate(NetPromoterScore.of(10, 10, 29)).smallSample()).isTrue();
        assertThat(analysis.estimate(NetPromoterScore.of(10, 10, 30)).smallSample()).isFalse();
        assertThat(NpsAnalysis.withDefaults().estimate(NetPromoterScore.of(10, 10, 9)).smallSample()).isTrue();
        assertThat(NpsAnalysis.withDefaults().estimate(NetPromoterScore.of(10, 10, 10)).smallSample()).isFalse();
    }

    @Test
    void emptyInputGivesAnUndefinedEstimate() {
        NpsEstimate e = NpsAnalysis.withDefaults().estimate(NetPromoterScore.empty());

        assertThat(e.score()).isNaN();
        assertThat(e.interval().isDefined()).isFalse();
        assertThat(e.smallSample()).isTrue();
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        NetPromoterScore nps = NetPromoterScore.of(30, 40, 50);

        double w90 = NpsAnalysis.withDefaults().withConfidenceLevel(0.90).estimate(nps).interval().width();
        double w95 = NpsAnalysis.withDefaults().estimate(nps).interval().width();
        double w99 = NpsAnalysis.withDefaults().withConfidenceLevel(0.99).estimate(nps).interval().width();

        assertThat(w90).isLessThan(w95);
        assertThat(w95).isLessThan(w99);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.5, 1.5, Double.NaN})
    void rejectsConfidenceLevelsOutsideTheOpenUnitInterval(double level) {
        assertThatThrownBy(() -> NpsAnalysis.withDefaults().withConfidenceLevel(level))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configurationIsImmutable() {
        NpsAnalysis defaults = NpsAnalysis.withDefaults();
        NpsAnalysis changed = defaults.withConfidenceLevel(0.9).with(NpsIntervalMethod.WALD).withMinimumSampleSize(5);

        assertThat(defaults.confidenceLevel()).isEqualTo(0.95);
        assertThat(defaults.intervalMethod()).isEqualTo(NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(defaults.minimumSampleSize()).isEqualTo(30);
        assertThat(changed.confidenceLevel()).isEqualTo(0.9);
        assertThat(changed.intervalMethod()).isEqualTo(NpsIntervalMethod.WALD);
        assertThat(changed.minimumSampleSize()).isEqualTo(5);
    }

    @Test
    void intervalMethodLabelsRoundTrip() {
        for (NpsIntervalMethod m : NpsIntervalMethod.values()) {
            assertThat(NpsIntervalMethod.fromLabel(m.label().toUpperCase())).isEqualTo(m);
        }
        assertThatThrownBy(() -> NpsIntervalMethod.fromLabel("bootstrap")).isInstanceOf(IllegalArgumentException.class);
    }
}
