package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.stats.TrendChange.Direction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangeTestTest {

    /**
     * R's documented Welch example, {@code example(t.test)}: {@code t.test(1:10, y = c(7:20, 200))}
     * prints t = -1.6329, df = 14.165, p-value = 0.1245, 95 percent confidence interval
     * -47.242900 6.376233. R's difference is x - y, ours current - baseline.
     */
    @Test
    void welchMatchesRsDocumentedExample() {
        SampleMoments x = SampleMoments.ofValues(IntStream.rangeClosed(1, 10).asDoubleStream().toArray());
        SampleMoments y = SampleMoments.ofValues(IntStream.concat(IntStream.rangeClosed(7, 20), IntStream.of(200))
                .asDoubleStream().toArray());

        TrendChange change = ChangeTest.withDefaults().compareMeans(y, x);

        assertThat(change.method()).isEqualTo(ChangeTestMethod.WELCH_T);
        assertThat(change.statistic()).isCloseTo(-1.6329, within(5e-5));
        assertThat(change.degreesOfFreedom()).isCloseTo(14.165, within(5e-4));
        assertThat(change.pValue()).isCloseTo(0.1245, within(5e-5));
        assertThat(change.differenceInterval().lower()).isCloseTo(-47.242900, within(5e-7));
        assertThat(change.differenceInterval().upper()).isCloseTo(6.376233, within(5e-7));
        assertThat(change.significant()).isFalse();
        assertThat(change.direction()).isEqualTo(Direction.NO_SIGNIFICANT_CHANGE);
    }

    /**
     * R's {@code sleep} data (Student 1908), {@code t.test(extra ~ group, data = sleep)}: Welch
     * t = -1.8608, df = 17.776, p-value = 0.07939, 95 percent CI -3.3654832 0.2054832.
     */
    @Test
    void welchMatchesRsSleepExample() {
        SampleMoments group1 = SampleMoments.ofValues(0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0);
        SampleMoments group2 = SampleMoments.ofValues(1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4);

        TrendChange change = ChangeTest.withDefaults().compareMeans(group2, group1);

        assertThat(change.statistic()).isCloseTo(-1.8608, within(5e-5));
        assertThat(change.degreesOfFreedom()).isCloseTo(17.776, within(5e-4));
        assertThat(change.pValue()).isCloseTo(0.07939, within(5e-6));
        assertThat(change.differenceInterval().lower()).isCloseTo(-3.3654832, within(5e-8));
        assertThat(change.differenceInterval().upper()).isCloseTo(0.2054832, within(5e-8));
        assertThat(change.isSignificantAt(0.10)).isTrue();
        assertThat(change.isSignificantAt(0.05)).isFalse();
    }

    /**
     * R's {@code prop.test(correct = FALSE)} output published by InfluentialPoints ("Two-sample test
     * for independent proportions - using R", influentialpoints.com/notes/n9rmf3.htm):
     * X-squared = 6.1026, p-value = 0.01350, 95 percent CI 0.03074072 0.23838896, sample estimates
     * 0.4392523 and 0.3046875. Those estimates are 94/214 and 39/128 (the counts are read back from
     * the printed proportions; every printed figure then agrees).
     */
    @Test
    void twoProportionTestMatchesRsPropTestWithoutCorrection() {
        TrendChange change = ChangeTest.withDefaults().compareProportions(39, 128, 94, 214);

        assertThat(change.method()).isEqualTo(ChangeTestMethod.TWO_PROPORTION_Z);
        assertThat(change.baseline()).isCloseTo(0.3046875, within(1e-12));
        assertThat(change.current()).isCloseTo(0.4392523, within(5e-8));
        assertThat(change.statistic() * change.statistic()).isCloseTo(6.1026, within(5e-5));
        assertThat(change.pValue()).isCloseTo(0.01350, within(5e-6));
        assertThat(change.differenceInterval().lower()).isCloseTo(0.03074072, within(5e-9));
        assertThat(change.differenceInterval().upper()).isCloseTo(0.23838896, within(5e-9));
        assertThat(change.significant()).isTrue();
        assertThat(change.direction()).isEqualTo(Direction.INCREASE);
    }

    /**
     * Wald NPS difference test as in Rocks's R package NPS {@code nps.test}: se = sqrt(v1/n1 + v2/n2)
     * with the trinomial variances, z = difference / se. Checked here by a second route: with the
     * answers coded +1/0/-1 the trinomial variance is the divide-by-n variance, so rescaling each
     * sample variance by (n - 1)/n turns Welch's statistic into the same z.
     */
    @Test
    void npsWaldZEqualsTheStatisticOfTheCodedAnswers() {
        NetPromoterScore before = NetPromoterScore.of(40, 30, 50);
        NetPromoterScore after = NetPromoterScore.of(25, 35, 70);

        TrendChange change = ChangeTest.withDefaults().with(NpsIntervalMethod.WALD).compare(before, after);

        SampleMoments codedBefore = coded(before);
        SampleMoments codedAfter = coded(after);
        double v1 = codedBefore.variance() * (codedBefore.n() - 1) / codedBefore.n() / codedBefore.n();
        double v2 = codedAfter.variance() * (codedAfter.n() - 1) / codedAfter.n() / codedAfter.n();
        double z = (codedAfter.mean() - codedBefore.mean()) / Math.sqrt(v1 + v2);
        assertThat(change.method()).isEqualTo(ChangeTestMethod.NPS_WALD_Z);
        assertThat(change.statistic()).isCloseTo(z, within(1e-12));
        assertThat(change.difference()).isCloseTo(after.score() - before.score(), within(1e-15));
        assertThat(change.pValue()).isCloseTo(2 * (1 - normalCdf(Math.abs(z))), within(1e-9));
        assertThat(change.significant()).isTrue();
        assertThat(change.direction()).isEqualTo(Direction.INCREASE);
    }

    /**
     * MeasuringU's NPS significance test (Lewis and Sauro, "How to Statistically Compare Two Net
     * Promoter Scores", measuringu.com/nps-significance-test/): adjusted-Wald on both samples (3
     * added to n, 3/4 to detractors and promoters), z = difference of adjusted NPS over
     * sqrt(SE1'^2 + SE2'^2).
     */
    @Test
    void npsAdjustedWaldZUsesAdjustedEstimatesOnBothSides() {
        NetPromoterScore before = NetPromoterScore.of(4, 3, 5);
        NetPromoterScore after = NetPromoterScore.of(1, 3, 9);

        TrendChange change = ChangeTest.withDefaults().compare(before, after);

        double n1 = 15;
        double p1 = 5.75 / n1;
        double d1 = 4.75 / n1;
        double n2 = 16;
        double p2 = 9.75 / n2;
        double d2 = 1.75 / n2;
        double se = Math.sqrt((p1 + d1 - (p1 - d1) * (p1 - d1)) / n1 + (p2 + d2 - (p2 - d2) * (p2 - d2)) / n2);
        double adjustedDifference = (p2 - d2) - (p1 - d1);
        assertThat(change.method()).isEqualTo(ChangeTestMethod.NPS_ADJUSTED_WALD_Z);
        assertThat(change.standardError()).isCloseTo(se, within(1e-15));
        assertThat(change.statistic()).isCloseTo(adjustedDifference / se, within(1e-12));
        assertThat(change.difference()).isCloseTo(8.0 / 13 - 1.0 / 12, within(1e-15));
        assertThat(change.differenceInterval().lower())
                .isCloseTo(adjustedDifference - 1.959963984540054 * se, within(1e-12));
        assertThat(change.smallSample()).isTrue();
    }

    @Test
    void scaledChangeReportsPointsWithTheSameTest() {
        TrendChange change = ChangeTest.withDefaults().compare(NetPromoterScore.of(40, 30, 50), NetPromoterScore.of(25, 35, 70));

        TrendChange points = change.scaled(100);

        assertThat(points.difference()).isCloseTo(100 * change.difference(), within(1e-12));
        assertThat(points.standardError()).isCloseTo(100 * change.standardError(), within(1e-12));
        assertThat(points.differenceInterval().upper()).isCloseTo(100 * change.differenceInterval().upper(), within(1e-12));
        assertThat(points.pValue()).isEqualTo(change.pValue());
        assertThat(points.statistic()).isEqualTo(change.statistic());
    }

    @Test
    void swappingTheSidesNegatesTheChangeButKeepsThePValue() {
        NetPromoterScore a = NetPromoterScore.of(12, 20, 31);
        NetPromoterScore b = NetPromoterScore.of(30, 22, 25);

        TrendChange ab = ChangeTest.withDefaults().compare(a, b);
        TrendChange ba = ChangeTest.withDefaults().compare(b, a);

        assertThat(ba.difference()).isCloseTo(-ab.difference(), within(1e-15));
        assertThat(ba.statistic()).isCloseTo(-ab.statistic(), within(1e-12));
        assertThat(ba.pValue()).isCloseTo(ab.pValue(), within(1e-15));
        assertThat(ab.direction()).isEqualTo(Direction.DECREASE);
        assertThat(ba.direction()).isEqualTo(Direction.INCREASE);
    }

    @Test
    void ratingSummariesCompareByFavourableShareAndByMean() {
        RatingSummary march = RatingSummary.ofRatings(RatingScale.csat(), 5, 5, 4, 4, 4, 3, 2, 5, 4, 1);
        RatingSummary april = RatingSummary.ofRatings(RatingScale.csat(), 2, 3, 3, 1, 4, 2, 3, 2, 1, 3);

        TrendChange share = ChangeTest.withDefaults().compareFavourable(march, april);
        TrendChange mean = ChangeTest.withDefaults().compareMeans(march, april);

        assertThat(share.difference()).isCloseTo(0.1 - 0.7, within(1e-15));
        assertThat(share.method()).isEqualTo(ChangeTestMethod.TWO_PROPORTION_Z);
        assertThat(mean.difference()).isCloseTo(2.4 - 3.7, within(1e-12));
        assertThat(mean.method()).isEqualTo(ChangeTestMethod.WELCH_T);
        assertThat(mean.direction()).isEqualTo(Direction.DECREASE);
        assertThatThrownBy(() -> ChangeTest.withDefaults().compareMeans(march, RatingSummary.ofRatings(RatingScale.ces(), 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptySidesGiveAnUndefinedNonSignificantChange() {
        TrendChange nps = ChangeTest.withDefaults().compare(NetPromoterScore.empty(), NetPromoterScore.of(1, 2, 3));
        TrendChange mean = ChangeTest.withDefaults().compareMeans(SampleMoments.ofValues(3), SampleMoments.ofValues(1, 2));
        TrendChange share = ChangeTest.withDefaults().compareProportions(0, 0, 3, 4);

        for (TrendChange change : new TrendChange[] {nps, mean, share}) {
            assertThat(change.pValue()).isNaN();
            assertThat(change.significant()).isFalse();
            assertThat(change.direction()).isEqualTo(Direction.NO_SIGNIFICANT_CHANGE);
            assertThat(change.differenceInterval().isDefined()).isFalse();
            assertThat(change.smallSample()).isTrue();
        }
    }

    @Test
    void constantSamplesAreDecidedWithoutDividingByZero() {
        TrendChange differentConstants = ChangeTest.withDefaults().compareMeans(
                SampleMoments.ofValues(3, 3, 3), SampleMoments.ofValues(5, 5));
        TrendChange sameConstants = ChangeTest.withDefaults().compareMeans(
                SampleMoments.ofValues(4, 4), SampleMoments.ofValues(4, 4, 4));
        TrendChange allPromotersVsAllDetractors = ChangeTest.withDefaults().with(NpsIntervalMethod.WALD)
                .compare(NetPromoterScore.of(0, 0, 10), NetPromoterScore.of(10, 0, 0));
        TrendChange allSatisfiedBoth = ChangeTest.withDefaults().compareProportions(10, 10, 20, 20);

        assertThat(differentConstants.pValue()).isZero();
        assertThat(differentConstants.direction()).isEqualTo(Direction.INCREASE);
        assertThat(sameConstants.pValue()).isEqualTo(1.0);
        assertThat(allPromotersVsAllDetractors.direction()).isEqualTo(Direction.DECREASE);
        assertThat(allSatisfiedBoth.pValue()).isEqualTo(1.0);
        assertThat(allSatisfiedBoth.significant()).isFalse();
    }

    @Test
    void alphaSetsTheSignificanceLevelAndIntervalConfidence() {
        ChangeTest strict = ChangeTest.withDefaults().withAlpha(0.01);
        TrendChange change = strict.compareProportions(39, 128, 94, 214);

        assertThat(change.alpha()).isEqualTo(0.01);
        assertThat(change.significant()).isFalse();
        assertThat(change.differenceInterval().confidenceLevel()).isCloseTo(0.99, within(1e-15));
        assertThatThrownBy(() -> ChangeTest.withDefaults().withAlpha(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeTest.withDefaults().compareProportions(5, 4, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trendChangeRejectsContradictoryFields() {
        ConfidenceInterval ci = new ConfidenceInterval(-1, 1, 0.95);
        assertThatThrownBy(() -> new TrendChange(ChangeTestMethod.WELCH_T, 0, 1, 1, 1, 1, 10, 0.5, 0.05, ci, true,
                Direction.INCREASE, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrendChange(ChangeTestMethod.WELCH_T, 0, 1, 1, 1, 1, 10, 0.01, 0.05, ci, true,
                Direction.DECREASE, false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SampleMoments coded(NetPromoterScore nps) {
        double[] values = new double[(int) nps.n()];
        int i = 0;
        for (long k = 0; k < nps.detractors(); k++) {
            values[i++] = -1;
        }
        for (long k = 0; k < nps.passives(); k++) {
            values[i++] = 0;
        }
        for (long k = 0; k < nps.promoters(); k++) {
            values[i++] = 1;
        }
        return SampleMoments.ofValues(values);
    }

    private static double normalCdf(double x) {
        return new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(x);
    }
}
