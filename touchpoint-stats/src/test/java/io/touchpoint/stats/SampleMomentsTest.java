package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleMomentsTest {

    @Test
    void valuesAndAggregatesAgree() {
        SampleMoments fromValues = SampleMoments.ofValues(2, 4, 4, 4, 5, 5, 7, 9);
        SampleMoments fromSums = SampleMoments.of(8, 40, 232);

        assertThat(fromValues.mean()).isEqualTo(5.0);
        assertThat(fromValues.variance()).isCloseTo(32.0 / 7, within(1e-14));
        assertThat(fromSums.mean()).isEqualTo(5.0);
        assertThat(fromSums.variance()).isCloseTo(32.0 / 7, within(1e-14));
        assertThat(fromValues.standardErrorOfMean()).isCloseTo(Math.sqrt(32.0 / 7 / 8), within(1e-14));
    }

    @Test
    void combineMatchesTheUnion() {
        SampleMoments a = SampleMoments.ofValues(1, 2, 3);
        SampleMoments b = SampleMoments.ofValues(10, 20);

        SampleMoments union = SampleMoments.ofValues(1, 2, 3, 10, 20);
        SampleMoments combined = a.combine(b);

        assertThat(combined.n()).isEqualTo(5);
        assertThat(combined.mean()).isCloseTo(union.mean(), within(1e-13));
        assertThat(combined.variance()).isCloseTo(union.variance(), within(1e-12));
        assertThat(SampleMoments.empty().combine(a)).isEqualTo(a);
        assertThat(SampleMoments.ofValues(4).combine(SampleMoments.ofValues(6)).variance()).isCloseTo(2.0, within(1e-15));
    }

    @Test
    void undefinedMomentsAreNaN() {
        assertThat(SampleMoments.empty().mean()).isNaN();
        assertThat(SampleMoments.ofValues(3).variance()).isNaN();
        assertThat(new SampleMoments(1, 3, 99).variance()).isNaN();
        assertThatThrownBy(() -> new SampleMoments(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SampleMoments(3, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SampleMoments(3, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoPassVarianceSurvivesALargeOffset() {
        // Values 1e9 + {4, 7, 13, 16}: variance 30, which a one-pass sum of squares would lose.
        SampleMoments m = SampleMoments.ofValues(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);

        assertThat(m.variance()).isCloseTo(30.0, within(1e-6));
    }
}
