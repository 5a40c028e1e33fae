package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FisherExactTest {

    /** Fisher's (1935) lady tasting tea: 3 of 4 cups right each way; two-sided p = 0.4857 (R: fisher.test). */
    @Test
    void theLadyTastingTea() {
        assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(0.4857, within(1e-4));
        // every table with these margins: 1/70, 16/70, 36/70, 16/70, 1/70; the observed one has 16/70
        assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(34.0 / 70, within(1e-12));
        assertThat(FisherExact.twoSided(4, 0, 0, 4)).isCloseTo(2.0 / 70, within(1e-12));
    }

    /** The example of the Wikipedia article "Fisher's exact test": men 1 studying, 11 not; women 9 and 3. */
    @Test
    void theStudyingExample() {
        assertThat(FisherExact.twoSided(1, 9, 11, 3)).isCloseTo(0.002759, within(1e-6));
    }

    @Test
    void symmetricAndBounded() {
        assertThat(FisherExact.twoSided(2, 38, 1, 399)).isCloseTo(FisherExact.twoSided(1, 399, 2, 38), within(1e-12));
        assertThat(FisherExact.twoSided(5, 5, 5, 5)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(0, 0, 3, 4)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(3, 37, 1, 399)).isLessThan(0.01);
    }

    @Test
    void smallExpectedCountsAreRecognised() {
        assertThat(FisherExact.smallExpectedCount(3, 37, 1, 399)).isTrue();
        assertThat(FisherExact.smallExpectedCount(50, 150, 60, 240)).isFalse();
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> FisherExact.twoSided(-1, 2, 3, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
