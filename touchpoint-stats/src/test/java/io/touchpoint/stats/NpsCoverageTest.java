package io.touchpoint.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Monte Carlo checks, with fixed seeds, of the claims behind the defaults (docs/adr/0200): the
 * adjusted-Wald NPS interval keeps close to its nominal 95% coverage at survey-sized samples where
 * the plain Wald interval does not, the NPS difference test holds its false-alarm rate at alpha,
 * and Wilson covers shares near 1.
 */
class NpsCoverageTest {

    private static final int REPLICATIONS = 4000;

    @ParameterizedTest(name = "shares d={0} p={1} n={2}")
    @CsvSource({
        "0.20, 0.30, 20",
        "0.20, 0.30, 100",
        "0.40, 0.20, 40",
        "0.05, 0.15, 20",
        "0.02, 0.08, 30",
    })
    void adjustedWaldCoversNearNominal(double detractorShare, double passiveShare, int n) {
        double coverage = coverage(NpsIntervalMethod.ADJUSTED_WALD, detractorShare, passiveShare, n, 42);

        assertThat(coverage).as("adjusted-Wald coverage").isBetween(0.925, 0.975);
    }

    /** Skewed small samples (90% promoters, n = 20): Wald under-covers badly, adjusted-Wald does not. */
    @ParameterizedTest(name = "n={0}")
    @CsvSource({"10", "20"})
    void waldUnderCoversSkewedSmallSamples(int n) {
        double wald = coverage(NpsIntervalMethod.WALD, 0.02, 0.08, n, 7);
        double adjusted = coverage(NpsIntervalMethod.ADJUSTED_WALD, 0.02, 0.08, n, 7);

        assertThat(wald).as("Wald coverage").isLessThan(0.90);
        assertThat(adjusted).as("adjusted-Wald coverage").isGreaterThan(0.92);
    }

    @ParameterizedTest(name = "shares d={0} p={1} n={2}")
    @CsvSource({
        "0.20, 0.30, 30",
        "0.10, 0.20, 100",
    })
    void differenceTestHoldsItsFalseAlarmRateUnderNoChange(double detractorShare, double passiveShare, int n) {
        Random random = new Random(99);
        ChangeTest test = ChangeTest.withDefaults();
        int alarms = 0;
        for (int i = 0; i < REPLICATIONS; i++) {
            NetPromoterScore a = sample(random, detractorShare, passiveShare, n);
            NetPromoterScore b = sample(random, detractorShare, passiveShare, n);
            if (test.compare(a, b).significant()) {
                alarms++;
            }
        }

        assertThat((double) alarms / REPLICATIONS).as("false-alarm rate").isBetween(0.025, 0.075);
    }

    @ParameterizedTest(name = "share={0} n={1}")
    @CsvSource({"0.9, 30", "0.8, 50", "0.5, 20"})
    void wilsonCoversNearNominal(double share, int n) {
        Random random = new Random(5);
        int covered = 0;
        for (int i = 0; i < REPLICATIONS; i++) {
            int successes = 0;
            for (int k = 0; k < n; k++) {
                if (random.nextDouble() < share) {
                    successes++;
                }
            }
            if (ProportionIntervalMethod.WILSON.interval(successes, n, 0.95).contains(share)) {
                covered++;
            }
        }

        assertThat((double) covered / REPLICATIONS).isBetween(0.92, 0.98);
    }

    private static double coverage(NpsIntervalMethod method, double detractorShare, double passiveShare, int n,
            long seed) {
        Random random = new Random(seed);
        NpsAnalysis analysis = NpsAnalysis.withDefaults().with(method);
        double truth = (1 - detractorShare - passiveShare) - detractorShare;
        int covered = 0;
        for (int i = 0; i < REPLICATIONS; i++) {
            if (analysis.estimate(sample(random, detractorShare, passiveShare, n)).interval().contains(truth)) {
                covered++;
            }
        }
        return (double) covered / REPLICATIONS;
    }

    private static NetPromoterScore sample(Random random, double detractorShare, double passiveShare, int n) {
        long detractors = 0;
        long passives = 0;
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            if (u < detractorShare) {
                detractors++;
            } else if (u < detractorShare + passiveShare) {
                passives++;
            }
        }
        return NetPromoterScore.of(detractors, passives, n - detractors - passives);
    }
}
