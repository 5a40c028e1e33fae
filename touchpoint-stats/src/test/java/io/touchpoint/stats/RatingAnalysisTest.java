package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatingAnalysisTest {

    /**
     * One-sample t interval, checked against R: {@code t.test(1:5)} prints
     * "95 percent confidence interval: 1.036757 4.963243" (t = 4.2426, df = 4).
     */
    @Test
    void meanIntervalMatchesRsOneSampleTTest() {
        RatingEstimate e = RatingAnalysis.withDefaults().estimate(RatingSummary.ofRatings(RatingScale.csat(), 1, 2, 3, 4, 5));

        assertThat(e.mean()).isEqualTo(3.0);
        assertThat(e.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        assertThat(e.meanStandardError()).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(e.meanInterval().lower()).isCloseTo(1.036757, within(5e-7));
        assertThat(e.meanInterval().upper()).isCloseTo(4.963243, within(5e-7));
    }

    @Test
    void favourableShareUsesWilsonByDefault() {
        // 81 of 263 satisfied: Newcombe (1998) Table II, Wilson 0.2553 to 0.3662.
        RatingSummary s = RatingSummary.of(RatingScale.csat(), 263, 263 * 3, 263 * 10, 81);

        RatingEstimate e = RatingAnalysis.withDefaults().estimate(s);

        assertThat(e.proportionMethod()).isEqualTo(ProportionIntervalMethod.WILSON);
        assertThat(e.favourableShare()).isCloseTo(81.0 / 263, within(1e-15));
        assertThat(e.favourablePercent()).isCloseTo(8100.0 / 263, within(1e-12));
        assertThat(e.favourableInterval().lower()).isCloseTo(0.2553, within(5e-5));
        assertThat(e.favourableInterval().upper()).isCloseTo(0.3662, within(5e-5));
    }

    @Test
    void meanIntervalIsClampedToTheScale() {
        RatingEstimate e = RatingAnalysis.withDefaults().estimate(RatingSummary.ofRatings(RatingScale.ces(), 7, 7, 6));

        assertThat(e.meanInterval().upper()).isEqualTo(7.0);
        assertThat(e.meanInterval().lower()).isGreaterThanOrEqualTo(1.0);
        assertThat(e.meanInterval().contains(e.mean())).isTrue();
    }

    @Test
    void tooFewAnswersGiveUndefinedIntervalsAndTheSmallSampleFlag() {
        RatingEstimate one = RatingAnalysis.withDefaults().estimate(RatingSummary.ofRatings(RatingScale.csat(), 4));
        RatingEstimate none = RatingAnalysis.withDefaults().estimate(RatingSummary.empty(RatingScale.csat()));

        assertThat(one.meanInterval().isDefined()).isFalse();
        assertThat(one.favourableInterval().isDefined()).isTrue();
        assertThat(one.smallSample()).isTrue();
        assertThat(none.favourableInterval().isDefined()).isFalse();
        assertThat(none.mean()).isNaN();
    }

    @Test
    void minimumSampleSizeIsConfigurable() {
        RatingSummary five = RatingSummary.ofRatings(RatingScale.csat(), 1, 2, 3, 4, 5);

        assertThat(RatingAnalysis.withDefaults().estimate(five).smallSample()).isTrue();
        assertThat(RatingAnalysis.withDefaults().withMinimumSampleSize(5).estimate(five).smallSample()).isFalse();
        assertThat(RatingAnalysis.withDefaults().withMinimumSampleSize(5).minimumSampleSize()).isEqualTo(5);
    }

    @Test
    void agrestiCoullCanBeChosen() {
        RatingSummary s = RatingSummary.of(RatingScale.csat(), 200, 600, 2000, 25);

        RatingEstimate e = RatingAnalysis.withDefaults().with(ProportionIntervalMethod.AGRESTI_COULL).estimate(s);

        // RSurveillance binom.agresti(25, 200): 0.08558957 0.1785444.
        assertThat(e.favourableInterval().lower()).isCloseTo(0.08558957, within(5e-8));
        assertThat(e.favourableInterval().upper()).isCloseTo(0.1785444, within(5e-7));
    }
}
