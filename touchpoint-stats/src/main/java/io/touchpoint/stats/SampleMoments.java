package io.touchpoint.stats;

import java.util.Objects;

/**
 * Count, mean and unbiased variance of a sample: what a two-sample mean comparison needs. Mergeable
 * with the pairwise update of Chan, Golub and LeVeque (1979).
 *
 * @param n number of observations, >= 0
 * @param mean sample mean; NaN when n = 0
 * @param variance unbiased sample variance (divisor n - 1); NaN when n < 2
 */
public record SampleMoments(long n, double mean, double variance) {

    private static final SampleMoments EMPTY = new SampleMoments(0, Double.NaN, Double.NaN);

    public SampleMoments {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (n > 0 && !Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite: " + mean);
        }
        if (n > 1 && !(variance >= 0 && variance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("variance must be finite and >= 0: " + variance);
        }
        if (n == 0) {
            mean = Double.NaN;
        }
        if (n < 2) {
            variance = Double.NaN;
        }
    }

    public static SampleMoments empty() {
        return EMPTY;
    }

    /**
     * Moments from SQL-style aggregates {@code COUNT(x), SUM(x), SUM(x * x)} of real values. The
     * sum-of-squares formula loses precision when the variance is tiny against the squared mean;
     * integer ratings should go through {@link RatingSummary}, which is exact.
     */
    public static SampleMoments of(long n, double sum, double sumOfSquares) {
        if (n == 0) {
            return EMPTY;
        }
        double mean = sum / n;
        double variance = n < 2 ? Double.NaN : Math.max(0.0, (sumOfSquares - sum * mean) / (n - 1));
        return new SampleMoments(n, mean, variance);
    }

    /** Moments of raw values (two-pass, numerically stable). */
    public static SampleMoments ofValues(double... values) {
        Objects.requireNonNull(values, "values");
        int n = values.length;
        if (n == 0) {
            return EMPTY;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        double residual = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
            residual += d;
        }
        // Corrected two-pass algorithm: subtract the rounding error left in the mean.
        double variance = n < 2 ? Double.NaN : (squares - residual * residual / n) / (n - 1);
        return new SampleMoments(n, mean + residual / n, variance);
    }

    /** The moments of the union of both samples. */
    public SampleMoments combine(SampleMoments other) {
        Objects.requireNonNull(other, "other");
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            return other;
        }
        long total = Math.addExact(n, other.n);
        double delta = other.mean - mean;
        double combinedMean = mean + delta * other.n / total;
        double m2 = sumOfSquaredDeviations() + other.sumOfSquaredDeviations()
                + delta * delta * ((double) n * other.n / total);
        return new SampleMoments(total, combinedMean, total < 2 ? Double.NaN : m2 / (total - 1));
    }

    public double standardDeviation() {
        return Math.sqrt(variance);
    }

    /** Standard error of the mean, {@code sqrt(variance / n)}; NaN when n < 2. */
    public double standardErrorOfMean() {
        return Math.sqrt(variance / n);
    }

    private double sumOfSquaredDeviations() {
        return n < 2 ? 0.0 : variance * (n - 1);
    }
}
