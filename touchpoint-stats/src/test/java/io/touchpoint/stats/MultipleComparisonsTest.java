package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {

    /**
     * The worked example of Benjamini and Hochberg (1995): fifteen p-values from a clinical trial. At q = 0.05 the
     * procedure rejects the four smallest, where Bonferroni rejects three.
     */
    @Test
    void rejectsTheFourHypothesesOfThePapersExample() {
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
            0.5719, 0.6528, 0.7590, 1.0000};
        double[] q = MultipleComparisons.benjaminiHochberg(p);
        int rejected = 0;
        int bonferroni = 0;
        for (int i = 0; i < p.length; i++) {
            rejected += q[i] <= 0.05 ? 1 : 0;
            bonferroni += p[i] * p.length <= 0.05 ? 1 : 0;
        }
        assertThat(rejected).isEqualTo(4);
        assertThat(bonferroni).isEqualTo(3);
        // By hand: q(4) = 15/4 x 0.0095; q(5) = min(3 x 0.0201, 15/7 x 0.0298, ...) = 0.0603; q(15) = 1.
        assertThat(q[3]).isCloseTo(0.035625, within(1e-12));
        assertThat(q[4]).isCloseTo(0.0603, within(1e-12));
        assertThat(q[0]).isCloseTo(0.0015, within(1e-12)); // min(15 x 0.0001, 7.5 x 0.0004, ...) = 0.0015
        assertThat(q[14]).isEqualTo(1.0);
        for (int i = 1; i < q.length; i++) {
            assertThat(q[i]).as("monotone in p").isGreaterThanOrEqualTo(q[i - 1]);
            assertThat(q[i]).as("never below p").isGreaterThanOrEqualTo(p[i]);
        }
    }

    @Test
    void keepsTheGivenOrderAndLeavesUntestedHypothesesOut() {
        double[] q = MultipleComparisons.benjaminiHochberg(new double[] {0.04, Double.NaN, 0.01, 0.03});
        // m = 3: 0.01 -> 0.03, 0.03 -> min(3/2 x 0.03, 0.04) = 0.04, 0.04 -> 0.04
        assertThat(q[2]).isCloseTo(0.03, within(1e-12));
        assertThat(q[3]).isCloseTo(0.04, within(1e-12));
        assertThat(q[0]).isCloseTo(0.04, within(1e-12));
        assertThat(q[1]).isNaN();
        assertThat(MultipleComparisons.benjaminiHochberg(new double[0])).isEmpty();
        assertThat(MultipleComparisons.benjaminiHochberg(new double[] {0.2})).containsExactly(0.2);
    }

    @Test
    void refusesWhatIsNotAPValue() {
        assertThatThrownBy(() -> MultipleComparisons.benjaminiHochberg(new double[] {0.5, 1.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
        assertThatThrownBy(() -> MultipleComparisons.benjaminiHochberg(new double[] {-0.1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
