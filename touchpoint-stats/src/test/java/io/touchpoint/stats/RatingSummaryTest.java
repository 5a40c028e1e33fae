package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void csatCountsTopTwoBoxAndComputesExactMoments() {
        RatingSummary s = RatingSummary.ofRatings(RatingScale.csat(), 1, 2, 3, 4, 5, 5, 4);

        assertThat(s.n()).isEqualTo(7);
        assertThat(s.sum()).isEqualTo(24);
        assertThat(s.sumOfSquares()).isEqualTo(96);
        assertThat(s.favourable()).isEqualTo(4);
        assertThat(s.favourableShare()).isCloseTo(4.0 / 7, within(1e-15));
        SampleMoments reference = SampleMoments.ofValues(1, 2, 3, 4, 5, 5, 4);
        assertThat(s.mean()).isCloseTo(reference.mean(), within(1e-15));
        assertThat(s.variance()).isCloseTo(reference.variance(), within(1e-14));
    }

    @Test
    void cesCountsFiveToSevenAsEasyByDefaultAndIsConfigurable() {
        int[] ratings = {1, 4, 5, 6, 7, 7};

        assertThat(RatingSummary.ofRatings(RatingScale.ces(), ratings).favourable()).isEqualTo(4);
        assertThat(RatingSummary.ofRatings(RatingScale.ces().withFavourableFrom(6), ratings).favourable()).isEqualTo(3);
        assertThat(RatingScale.topBoxes(1, 7, 2)).isEqualTo(new RatingScale(1, 7, 6));
    }

    @Test
    void rejectsRatingsOffTheScale() {
        assertThatThrownBy(() -> RatingSummary.ofRatings(RatingScale.csat(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..5");
        assertThatThrownBy(() -> RatingSummary.ofRatings(RatingScale.ces(), 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..7");
    }

    @Test
    void rejectsAggregatesNoSampleCanProduce() {
        RatingScale csat = RatingScale.csat();
        // Sum below n * min.
        assertThatThrownBy(() -> RatingSummary.of(csat, 10, 9, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        // Sum above n * max.
        assertThatThrownBy(() -> RatingSummary.of(csat, 2, 11, 50, 2)).isInstanceOf(IllegalArgumentException.class);
        // Sum of squares below sum^2 / n would mean a negative variance.
        assertThatThrownBy(() -> RatingSummary.of(csat, 2, 6, 17, 0)).isInstanceOf(IllegalArgumentException.class);
        // More favourable answers than answers.
        assertThatThrownBy(() -> RatingSummary.of(csat, 2, 6, 18, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RatingSummary.of(csat, 2, 6, 18, 0).variance()).isZero();
    }

    @Test
    void varianceIsExactBeyondLongRangeIntermediates() {
        // Four billion CSAT answers, half 1 and half 5: n * sumOfSquares overflows a long.
        long n = 4_000_000_000L;
        RatingSummary s = RatingSummary.of(RatingScale.csat(), n, 3 * n, 13 * n, n / 2);

        assertThat(s.mean()).isEqualTo(3.0);
        // Population variance 4, sample variance 4 n / (n - 1).
        assertThat(s.variance()).isCloseTo(4.0 * n / (n - 1), within(1e-12));
    }

    @Test
    void combineRequiresTheSameScale() {
        RatingSummary csat = RatingSummary.ofRatings(RatingScale.csat(), 4, 5);
        RatingSummary ces = RatingSummary.ofRatings(RatingScale.ces(), 4, 5);

        assertThatThrownBy(() -> csat.combine(ces)).isInstanceOf(IllegalArgumentException.class);
        assertThat(csat.combine(RatingSummary.ofRatings(RatingScale.csat(), 1)))
                .isEqualTo(RatingSummary.ofRatings(RatingScale.csat(), 4, 5, 1));
    }

    @Test
    void emptyAndSingleAnswerSummaries() {
        RatingSummary empty = RatingSummary.empty(RatingScale.csat());
        RatingSummary one = RatingSummary.ofRatings(RatingScale.csat(), 3);

        assertThat(empty.mean()).isNaN();
        assertThat(empty.favourableShare()).isNaN();
        assertThat(one.mean()).isEqualTo(3.0);
        assertThat(one.variance()).isNaN();
    }

    @Test
    void scaleValidation() {
        assertThatThrownBy(() -> new RatingScale(5, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingScale(1, 5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingScale(1, 5_000, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingScale.topBoxes(1, 5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RatingScale.csat().isFavourable(4)).isTrue();
        assertThat(RatingScale.csat().isFavourable(3)).isFalse();
        assertThat(RatingScale.csat().isFavourable(6)).isFalse();
    }
}
