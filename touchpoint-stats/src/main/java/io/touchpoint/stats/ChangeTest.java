package io.touchpoint.stats;

import java.util.Objects;

/**
 * Tests whether a CX metric changed between two periods, or differs between two segments.
 * Immutable; configure with the {@code with...} methods. Defaults: alpha 0.05, NPS compared with
 * {@link NpsIntervalMethod#ADJUSTED_WALD}, minimum sample size 30 for the small-sample flag.
 *
 * <p>The two samples must be independent (different respondents), as for any period-over-period
 * dashboard where each period has its own respondents.
 */
public final class ChangeTest {

    public static final double DEFAULT_ALPHA = 0.05;

    private static final ChangeTest DEFAULTS =
            new ChangeTest(DEFAULT_ALPHA, NpsIntervalMethod.ADJUSTED_WALD, NpsAnalysis.DEFAULT_MINIMUM_SAMPLE_SIZE);

    private final double alpha;
    private final NpsIntervalMethod npsMethod;
    private final long minimumSampleSize;
    private final double criticalValue;

    private ChangeTest(double alpha, NpsIntervalMethod npsMethod, long minimumSampleSize) {
        this.alpha = Arguments.alpha(alpha);
        this.npsMethod = Objects.requireNonNull(npsMethod, "npsMethod");
        this.minimumSampleSize = Arguments.minimumSampleSize(minimumSampleSize);
        this.criticalValue = StandardNormal.twoSidedCriticalValue(1 - alpha);
    }

    public static ChangeTest withDefaults() {
        return DEFAULTS;
    }

    /** @param alpha significance level in (0, 1); the difference interval has confidence 1 - alpha */
    public ChangeTest withAlpha(double alpha) {
        return new ChangeTest(alpha, npsMethod, minimumSampleSize);
    }

    public ChangeTest with(NpsIntervalMethod method) {
        return new ChangeTest(alpha, method, minimumSampleSize);
    }

    public ChangeTest withMinimumSampleSize(long minimumSampleSize) {
        return new ChangeTest(alpha, npsMethod, minimumSampleSize);
    }

    public double alpha() {
        return alpha;
    }

    public NpsIntervalMethod npsMethod() {
        return npsMethod;
    }

    public long minimumSampleSize() {
        return minimumSampleSize;
    }

    /**
     * NPS change from {@code baseline} to {@code current}: z = (NPS2 - NPS1) / sqrt(v1/n1 + v2/n2)
     * with each v the trinomial variance, on adjusted counts for adjusted-Wald. The reported
     * difference is that of the observed scores; the statistic and interval use the (adjusted)
     * estimates of the configured method. Fractions; {@link TrendChange#scaled(double)} by 100 for
     * points.
     */
    public TrendChange compare(NetPromoterScore baseline, NetPromoterScore current) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        ChangeTestMethod method = npsMethod == NpsIntervalMethod.WALD
                ? ChangeTestMethod.NPS_WALD_Z : ChangeTestMethod.NPS_ADJUSTED_WALD_Z;
        boolean small = isSmall(baseline.n(), current.n());
        double observed = current.score() - baseline.score();
        if (baseline.isEmpty() || current.isEmpty()) {
            return undefined(method, baseline.score(), current.score(), observed, small);
        }
        double tested = npsMethod.centre(current) - npsMethod.centre(baseline);
        double se = Math.hypot(npsMethod.standardError(baseline), npsMethod.standardError(current));
        return zTest(method, baseline.score(), current.score(), observed, tested, se, se, small);
    }

    /**
     * Change of a share, e.g. CSAT top-2 box: pooled two-proportion z-test (as R's
     * {@code prop.test(correct = FALSE)}) with the unpooled Wald interval for the difference.
     */
    public TrendChange compareProportions(long baselineSuccesses, long baselineN, long currentSuccesses, long currentN) {
        checkProportion(baselineSuccesses, baselineN);
        checkProportion(currentSuccesses, currentN);
        boolean small = isSmall(baselineN, currentN);
        double p1 = baselineN == 0 ? Double.NaN : (double) baselineSuccesses / baselineN;
        double p2 = currentN == 0 ? Double.NaN : (double) currentSuccesses / currentN;
        double difference = p2 - p1;
        if (baselineN == 0 || currentN == 0) {
            return undefined(ChangeTestMethod.TWO_PROPORTION_Z, p1, p2, difference, small);
        }
        double pooled = (double) (baselineSuccesses + currentSuccesses) / (baselineN + currentN);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / baselineN + 1.0 / currentN));
        double unpooledSe = Math.sqrt(p1 * (1 - p1) / baselineN + p2 * (1 - p2) / currentN);
        return zTest(ChangeTestMethod.TWO_PROPORTION_Z, p1, p2, difference, difference, pooledSe, unpooledSe, small);
    }

    /** Change of the favourable share (CSAT top-2 box, CES "easy") of two rating summaries. */
    public TrendChange compareFavourable(RatingSummary baseline, RatingSummary current) {
        requireSameScale(baseline, current);
        return compareProportions(baseline.favourable(), baseline.n(), current.favourable(), current.n());
    }

    /** Change of the mean rating of two rating summaries (Welch t-test). */
    public TrendChange compareMeans(RatingSummary baseline, RatingSummary current) {
        requireSameScale(baseline, current);
        return compareMeans(baseline.moments(), current.moments());
    }

    /**
     * Change of a mean: Welch's t-test with Welch-Satterthwaite degrees of freedom, p-values and
     * quantiles from the commons-math3 t distribution. Undefined when either side has n < 2.
     */
    public TrendChange compareMeans(SampleMoments baseline, SampleMoments current) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        boolean small = isSmall(baseline.n(), current.n());
        double difference = current.mean() - baseline.mean();
        if (baseline.n() < 2 || current.n() < 2) {
            return undefined(ChangeTestMethod.WELCH_T, baseline.mean(), current.mean(), difference, small);
        }
        double v1 = baseline.variance() / baseline.n();
        double v2 = current.variance() / current.n();
        double se = Math.sqrt(v1 + v2);
        if (se == 0) {
            // Both samples constant: the difference is known exactly.
            return degenerate(ChangeTestMethod.WELCH_T, baseline.mean(), current.mean(), difference,
                    baseline.n() + current.n() - 2.0, small);
        }
        double df = (v1 + v2) * (v1 + v2)
                / (v1 * v1 / (baseline.n() - 1) + v2 * v2 / (current.n() - 1));
        double t = difference / se;
        double p = StudentT.twoSidedPValue(t, df);
        double half = StudentT.twoSidedCriticalValue(1 - alpha, df) * se;
        return TrendChange.of(ChangeTestMethod.WELCH_T, baseline.mean(), current.mean(), difference, se, t, df, p,
                alpha, new ConfidenceInterval(difference - half, difference + half, 1 - alpha), small);
    }

    private TrendChange zTest(ChangeTestMethod method, double baseline, double current, double observed,
            double tested, double testSe, double intervalSe, boolean small) {
        if (testSe == 0) {
            return degenerate(method, baseline, current, observed, Double.POSITIVE_INFINITY, small);
        }
        double z = tested / testSe;
        double half = criticalValue * intervalSe;
        return TrendChange.of(method, baseline, current, observed, intervalSe, z, Double.POSITIVE_INFINITY,
                StandardNormal.twoSidedPValue(z), alpha,
                new ConfidenceInterval(tested - half, tested + half, 1 - alpha), small);
    }

    /** Zero variance on both sides: any difference is certain, no difference is no evidence. */
    private TrendChange degenerate(ChangeTestMethod method, double baseline, double current, double difference,
            double df, boolean small) {
        double statistic = difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        double p = difference == 0 ? 1 : 0;
        return TrendChange.of(method, baseline, current, difference, 0, statistic, df, p, alpha,
                new ConfidenceInterval(difference, difference, 1 - alpha), small);
    }

    private TrendChange undefined(ChangeTestMethod method, double baseline, double current, double difference,
            boolean small) {
        return TrendChange.of(method, baseline, current, difference, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                alpha, ConfidenceInterval.undefined(1 - alpha), small);
    }

    private boolean isSmall(long n1, long n2) {
        return n1 < minimumSampleSize || n2 < minimumSampleSize;
    }

    private static void checkProportion(long successes, long n) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n: " + successes + " of " + n);
        }
    }

    private static void requireSameScale(RatingSummary baseline, RatingSummary current) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        if (!baseline.scale().equals(current.scale())) {
            throw new IllegalArgumentException(
                    "cannot compare " + baseline.scale() + " with " + current.scale());
        }
    }
}
