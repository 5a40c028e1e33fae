package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetPromoterScoreTest {

    /**
     * Published variance example: with shares 1/2 promoters, 1/3 passives and 1/6 detractors the NPS
     * is 1/3 and the variance of one answer 5/9 (W. Huber's answer to "How can I calculate margin of
     * error in a NPS result?", stats.stackexchange.com/a/18609; the same trinomial variance
     * p + d - (p - d)^2 is Rocks 2016, "Interval Estimation for the 'Net Promoter Score'", The
     * American Statistician 70(4), eq. for Var and R package NPS {@code npvar}). Counts (1, 2, 3)
     * have those shares with n = 6, so SE = sqrt(5/9 / 6) = 0.304.
     */
    @Test
    void publishedTrinomialVarianceExample() {
        NetPromoterScore nps = NetPromoterScore.of(1, 2, 3);

        assertThat(nps.score()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(nps.variance()).isCloseTo(5.0 / 9, within(1e-15));
        assertThat(nps.standardError()).isCloseTo(Math.sqrt(5.0 / 54), within(1e-15));
        assertThat(nps.standardError()).isCloseTo(0.304, within(5e-4));
        assertThat(nps.points()).isCloseTo(100.0 / 3, within(1e-12));
    }

    /**
     * The two other worked counts of the issue, from the same formula (Rocks 2016): (1, 0, 1) has
     * NPS 0 and variance 1, SE sqrt(1/2) = 0.707; (0, 1, 1) has NPS 1/2 and variance
     * 1/2 - 1/4 = 1/4, SE sqrt(1/8) = 0.354.
     */
    @ParameterizedTest
    @CsvSource({
        "1, 0, 1, 0.0, 1.0,  0.7071067811865476",
        "0, 1, 1, 0.5, 0.25, 0.3535533905932738",
    })
    void smallPublishedExamples(long detractors, long passives, long promoters, double score, double variance,
            double standardError) {
        NetPromoterScore nps = NetPromoterScore.of(detractors, passives, promoters);

        assertThat(nps.score()).isCloseTo(score, within(1e-15));
        assertThat(nps.variance()).isCloseTo(variance, within(1e-15));
        assertThat(nps.standardError()).isCloseTo(standardError, within(1e-15));
    }

    @Test
    void classifiesRawScoresByTheStandardBands() {
        NetPromoterScore nps = NetPromoterScore.ofScores(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertThat(nps.detractors()).isEqualTo(7);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.promoters()).isEqualTo(2);
        assertThat(nps.score()).isCloseTo(-5.0 / 11, within(1e-15));
        assertThat(NpsCategory.of(6)).isEqualTo(NpsCategory.DETRACTOR);
        assertThat(NpsCategory.of(7)).isEqualTo(NpsCategory.PASSIVE);
        assertThat(NpsCategory.of(8)).isEqualTo(NpsCategory.PASSIVE);
        assertThat(NpsCategory.of(9)).isEqualTo(NpsCategory.PROMOTER);
    }

    @ParameterizedTest
    @CsvSource({"-1", "11", "2147483647", "-2147483648"})
    void rejectsScoresOffTheScale(int score) {
        assertThatThrownBy(() -> NetPromoterScore.ofScores(score))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..10");
    }

    @Test
    void emptyScoreIsUndefinedNotZero() {
        NetPromoterScore empty = NetPromoterScore.empty();

        assertThat(empty.n()).isZero();
        assertThat(empty.score()).isNaN();
        assertThat(empty.standardError()).isNaN();
        assertThat(empty.combine(NetPromoterScore.of(1, 2, 3))).isEqualTo(NetPromoterScore.of(1, 2, 3));
    }

    @Test
    void allPromotersHaveZeroVariance() {
        NetPromoterScore nps = NetPromoterScore.of(0, 0, 40);

        assertThat(nps.score()).isEqualTo(1.0);
        assertThat(nps.variance()).isZero();
        assertThat(nps.standardError()).isZero();
    }

    @Test
    void combineAddsCounts() {
        NetPromoterScore combined = NetPromoterScore.of(1, 2, 3).combine(NetPromoterScore.of(10, 20, 30));

        assertThat(combined).isEqualTo(NetPromoterScore.of(11, 22, 33));
        assertThat(combined.hashCode()).isEqualTo(NetPromoterScore.of(11, 22, 33).hashCode());
    }

    @Test
    void rejectsNegativeAndOverflowingCounts() {
        assertThatThrownBy(() -> NetPromoterScore.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.of(Long.MAX_VALUE, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        NetPromoterScore big = NetPromoterScore.of(Long.MAX_VALUE / 2, 0, 0);
        assertThatThrownBy(() -> big.combine(big).combine(big)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void sharesAddUpToOne() {
        NetPromoterScore nps = NetPromoterScore.of(3, 5, 9);

        assertThat(nps.promoterShare() + nps.passiveShare() + nps.detractorShare()).isCloseTo(1.0, within(1e-15));
        assertThat(nps.score()).isCloseTo(nps.promoterShare() - nps.detractorShare(), within(1e-15));
    }
}
