package io.touchpoint.stats;

import java.math.BigInteger;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Sufficient statistics of answers on a {@link RatingScale} (CSAT, CES): count, sum, sum of squares
 * and the count of favourable answers. All four are exact integers, so they can come from SQL
 * ({@code COUNT(*), SUM(r), SUM(r * r), SUM(CASE WHEN r >= k THEN 1 ELSE 0 END)}) and the mean and
 * variance derived from them carry no cancellation error.
 *
 * <p>Immutable and mergeable: {@link #combine(RatingSummary)} of disjoint samples equals the
 * summary of their union.
 */
public final class RatingSummary {

    private final RatingScale scale;
    private final long n;
    private final long sum;
    private final long sumOfSquares;
    private final long favourable;
    private final double mean;
    private final double variance;

    private RatingSummary(RatingScale scale, long n, long sum, long sumOfSquares, long favourable) {
        this.scale = scale;
        this.n = n;
        this.sum = sum;
        this.sumOfSquares = sumOfSquares;
        this.favourable = favourable;
        this.mean = n == 0 ? Double.NaN : (double) sum / n;
        this.variance = n < 2 ? Double.NaN : sampleVariance(n, sum, sumOfSquares);
    }

    /**
     * A summary from aggregates. Rejects combinations no set of answers on the scale can produce,
     * e.g. a sum outside {@code [min * n, max * n]} or a negative variance, so a wrong SQL
     * aggregate fails loudly instead of yielding a plausible-looking figure.
     *
     * @throws IllegalArgumentException for inconsistent aggregates
     */
    public static RatingSummary of(RatingScale scale, long n, long sum, long sumOfSquares, long favourable) {
        Objects.requireNonNull(scale, "scale");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (favourable < 0 || favourable > n) {
            throw new IllegalArgumentException("favourable must be in 0..n: " + favourable);
        }
        BigInteger bigN = BigInteger.valueOf(n);
        BigInteger bigSum = BigInteger.valueOf(sum);
        if (bigSum.compareTo(bigN.multiply(BigInteger.valueOf(scale.min()))) < 0
                || bigSum.compareTo(bigN.multiply(BigInteger.valueOf(scale.max()))) > 0) {
            throw new IllegalArgumentException("sum " + sum + " impossible for " + n + " answers on " + scale);
        }
        long maxSquare = Math.max((long) scale.min() * scale.min(), (long) scale.max() * scale.max());
        if (sumOfSquares < 0 || BigInteger.valueOf(sumOfSquares).compareTo(bigN.multiply(BigInteger.valueOf(maxSquare))) > 0) {
            throw new IllegalArgumentException("sum of squares " + sumOfSquares + " impossible for " + n
                    + " answers on " + scale);
        }
        if (bigN.multiply(BigInteger.valueOf(sumOfSquares)).compareTo(bigSum.multiply(bigSum)) < 0) {
            throw new IllegalArgumentException("sum of squares " + sumOfSquares + " is below sum^2/n: negative variance");
        }
        return new RatingSummary(scale, n, sum, sumOfSquares, favourable);
    }

    public static RatingSummary empty(RatingScale scale) {
        return new RatingSummary(Objects.requireNonNull(scale, "scale"), 0, 0, 0, 0);
    }

    /**
     * The summary of raw answers.
     *
     * @throws IllegalArgumentException if an answer is outside the scale
     */
    public static RatingSummary ofRatings(RatingScale scale, int... ratings) {
        return ofRatings(scale, IntStream.of(ratings));
    }

    /** The summary of raw answers; see {@link #ofRatings(RatingScale, int...)}. */
    public static RatingSummary ofRatings(RatingScale scale, IntStream ratings) {
        Builder builder = builder(scale);
        ratings.forEachOrdered(builder::add);
        return builder.build();
    }

    /** A mutable tally for streaming raw answers. */
    public static Builder builder(RatingScale scale) {
        return new Builder(Objects.requireNonNull(scale, "scale"));
    }

    /**
     * The summary of the union of both samples.
     *
     * @throws IllegalArgumentException if the scales differ
     */
    public RatingSummary combine(RatingSummary other) {
        Objects.requireNonNull(other, "other");
        if (!scale.equals(other.scale)) {
            throw new IllegalArgumentException("cannot combine " + scale + " with " + other.scale);
        }
        return new RatingSummary(scale, Math.addExact(n, other.n), Math.addExact(sum, other.sum),
                Math.addExact(sumOfSquares, other.sumOfSquares), Math.addExact(favourable, other.favourable));
    }

    public RatingScale scale() {
        return scale;
    }

    public long n() {
        return n;
    }

    public long sum() {
        return sum;
    }

    public long sumOfSquares() {
        return sumOfSquares;
    }

    /** Number of favourable answers (CSAT top-2 box, CES "easy"). */
    public long favourable() {
        return favourable;
    }

    public boolean isEmpty() {
        return n == 0;
    }

    /** Mean answer; NaN when empty. */
    public double mean() {
        return mean;
    }

    /** Unbiased sample variance (divisor n - 1); NaN when n < 2. */
    public double variance() {
        return variance;
    }

    public double standardDeviation() {
        return Math.sqrt(variance);
    }

    /** Share of favourable answers in [0, 1]; NaN when empty. */
    public double favourableShare() {
        return n == 0 ? Double.NaN : (double) favourable / n;
    }

    /** Count, mean and variance, for {@link ChangeTest#compareMeans(SampleMoments, SampleMoments)}. */
    public SampleMoments moments() {
        return new SampleMoments(n, mean, variance);
    }

    private static double sampleVariance(long n, long sum, long sumOfSquares) {
        // (n * sumSq - sum^2) / (n (n - 1)), with the numerator exact.
        double numerator;
        try {
            numerator = Math.subtractExact(Math.multiplyExact(n, sumOfSquares), Math.multiplyExact(sum, sum));
        } catch (ArithmeticException overflow) {
            BigInteger big = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumOfSquares))
                    .subtract(BigInteger.valueOf(sum).multiply(BigInteger.valueOf(sum)));
            numerator = big.doubleValue();
        }
        return numerator / n / (n - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatingSummary that
                && scale.equals(that.scale)
                && n == that.n
                && sum == that.sum
                && sumOfSquares == that.sumOfSquares
                && favourable == that.favourable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, n, sum, sumOfSquares, favourable);
    }

    @Override
    public String toString() {
        return "RatingSummary[scale=" + scale + ", n=" + n + ", sum=" + sum + ", sumOfSquares=" + sumOfSquares
                + ", favourable=" + favourable + "]";
    }

    /** Mutable tally of raw answers; not thread-safe. */
    public static final class Builder {
        private final RatingScale scale;
        private long n;
        private long sum;
        private long sumOfSquares;
        private long favourable;

        private Builder(RatingScale scale) {
            this.scale = scale;
        }

        /**
         * Counts one answer.
         *
         * @throws IllegalArgumentException if the answer is outside the scale
         */
        public Builder add(int rating) {
            if (!scale.contains(rating)) {
                throw new IllegalArgumentException(
                        "rating " + rating + " outside the scale " + scale.min() + ".." + scale.max());
            }
            n++;
            sum += rating;
            sumOfSquares += (long) rating * rating;
            if (rating >= scale.favourableFrom()) {
                favourable++;
            }
            return this;
        }

        public RatingSummary build() {
            return new RatingSummary(scale, n, sum, sumOfSquares, favourable);
        }
    }
}
