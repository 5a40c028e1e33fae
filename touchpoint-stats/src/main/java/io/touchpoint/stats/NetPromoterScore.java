package io.touchpoint.stats;

import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The Net Promoter Score of a set of answers, held as its sufficient statistic: the counts of
 * detractors, passives and promoters.
 *
 * <p>Instances are immutable and mergeable: {@link #combine(NetPromoterScore)} of two disjoint sets
 * of answers equals the score of their union, so dashboard rollups can be updated incrementally and
 * counts can come straight from a SQL {@code GROUP BY}.
 *
 * <p>Values are fractions: {@link #score()} is in [-1, 1]. {@link #points()} gives the -100..100
 * scale used in reports. The variance is the trinomial one (Rocks 2016): scoring promoters +1,
 * passives 0 and detractors -1, the variance of one answer is {@code p + d - (p - d)^2}.
 */
public final class NetPromoterScore {

    private static final NetPromoterScore EMPTY = new NetPromoterScore(0, 0, 0);

    private final long detractors;
    private final long passives;
    private final long promoters;

    private NetPromoterScore(long detractors, long passives, long promoters) {
        this.detractors = detractors;
        this.passives = passives;
        this.promoters = promoters;
    }

    /**
     * The score from category counts, e.g. from {@code SUM(CASE ...)} aggregates.
     *
     * @throws IllegalArgumentException if a count is negative or their total overflows a long
     */
    public static NetPromoterScore of(long detractors, long passives, long promoters) {
        if (detractors < 0 || passives < 0 || promoters < 0) {
            throw new IllegalArgumentException(
                    "counts must be non-negative: detractors=" + detractors + ", passives=" + passives
                            + ", promoters=" + promoters);
        }
        try {
            Math.addExact(Math.addExact(detractors, passives), promoters);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("total count overflows a long", e);
        }
        return new NetPromoterScore(detractors, passives, promoters);
    }

    /** No answers. */
    public static NetPromoterScore empty() {
        return EMPTY;
    }

    /**
     * The score of raw 0-10 answers.
     *
     * @throws IllegalArgumentException if an answer is outside 0..10
     */
    public static NetPromoterScore ofScores(int... scores) {
        return ofScores(IntStream.of(scores));
    }

    /** The score of raw 0-10 answers; see {@link #ofScores(int...)}. */
    public static NetPromoterScore ofScores(IntStream scores) {
        Builder builder = builder();
        scores.forEachOrdered(builder::add);
        return builder.build();
    }

    /** A mutable tally for streaming raw answers without allocating per answer. */
    public static Builder builder() {
        return new Builder();
    }

    /** The score of the union of both sets of answers. */
    public NetPromoterScore combine(NetPromoterScore other) {
        Objects.requireNonNull(other, "other");
        return of(
                Math.addExact(detractors, other.detractors),
                Math.addExact(passives, other.passives),
                Math.addExact(promoters, other.promoters));
    }

    public long detractors() {
        return detractors;
    }

    public long passives() {
        return passives;
    }

    public long promoters() {
        return promoters;
    }

    /** Number of answers. */
    public long n() {
        return detractors + passives + promoters;
    }

    public boolean isEmpty() {
        return n() == 0;
    }

    /** Share of promoters in [0, 1]; NaN when empty. */
    public double promoterShare() {
        return share(promoters);
    }

    /** Share of passives in [0, 1]; NaN when empty. */
    public double passiveShare() {
        return share(passives);
    }

    /** Share of detractors in [0, 1]; NaN when empty. */
    public double detractorShare() {
        return share(detractors);
    }

    /** The Net Promoter Score as a fraction in [-1, 1]; NaN when empty. */
    public double score() {
        return isEmpty() ? Double.NaN : (double) (promoters - detractors) / n();
    }

    /** The Net Promoter Score on the reporting scale -100..100; NaN when empty. */
    public double points() {
        return score() * 100;
    }

    /**
     * The variance of a single answer scored +1/0/-1: {@code p + d - (p - d)^2}, in [0, 1]; NaN when
     * empty. This is the maximum-likelihood (divide-by-n) variance used by Rocks (2016).
     */
    public double variance() {
        return trinomialVariance(promoterShare(), detractorShare());
    }

    /** The standard error of {@link #score()}: {@code sqrt(variance / n)}; NaN when empty. */
    public double standardError() {
        return isEmpty() ? Double.NaN : Math.sqrt(variance() / n());
    }

    static double trinomialVariance(double promoterShare, double detractorShare) {
        double net = promoterShare - detractorShare;
        // Clamp the rounding residue of p + d - (p - d)^2 at the all-one-category corners.
        return Math.max(0.0, promoterShare + detractorShare - net * net);
    }

    private double share(long count) {
        return isEmpty() ? Double.NaN : (double) count / n();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetPromoterScore that
                && detractors == that.detractors
                && passives == that.passives
                && promoters == that.promoters;
    }

    @Override
    public int hashCode() {
        return Objects.hash(detractors, passives, promoters);
    }

    @Override
    public String toString() {
        return "NetPromoterScore[detractors=" + detractors + ", passives=" + passives + ", promoters="
                + promoters + "]";
    }

    /** Mutable tally of raw answers; not thread-safe. Build once per thread and combine results. */
    public static final class Builder {
        private long detractors;
        private long passives;
        private long promoters;

        private Builder() {
        }

        /**
         * Counts one 0-10 answer.
         *
         * @throws IllegalArgumentException if the answer is outside 0..10
         */
        public Builder add(int score) {
            switch (NpsCategory.of(score)) {
                case DETRACTOR -> detractors++;
                case PASSIVE -> passives++;
                case PROMOTER -> promoters++;
            }
            return this;
        }

        public NetPromoterScore build() {
            return of(detractors, passives, promoters);
        }
    }
}
