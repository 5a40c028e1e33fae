package io.touchpoint.app.analytics;

/**
 * SQL the rollups and the raw breakdowns share, so a cell of {@code feedback_daily}, one of
 * {@code feedback_monthly_profile} and a breakdown over raw records count feedback the same way.
 */
final class RollupSql {

    private RollupSql() {
    }

    /**
     * The sufficient statistics of every metric over raw records aliased {@code f}, in the column order
     * {@code n, nps_n, detractors, passives, promoters, csat_n, csat_sum, csat_sumsq, csat_top2, ces_n, ces_sum,
     * ces_sumsq, ces_easy, rating_n, rating_pct_sum, rating_pct_sumsq, rating_favourable}. Ratings normalised to
     * 0..1 count as integer percent points; favourable from 0.75 (4 stars of 5), judged on the stored value.
     */
    static final String SUFFICIENT_STATISTICS = """
            count(*), count(f.nps), count(*) filter (where f.nps <= 6),
            count(*) filter (where f.nps between 7 and 8), count(*) filter (where f.nps >= 9),
            count(f.csat), coalesce(sum(f.csat), 0), coalesce(sum(f.csat * f.csat), 0),
            count(*) filter (where f.csat >= 4),
            count(f.ces), coalesce(sum(f.ces), 0), coalesce(sum(f.ces * f.ces), 0),
            count(*) filter (where f.ces >= 5),
            count(f.rating), coalesce(sum(round(f.rating * 100)), 0),
            coalesce(sum(round(f.rating * 100) * round(f.rating * 100)), 0),
            count(*) filter (where f.rating >= 0.75)""";

    /** The columns {@link #SUFFICIENT_STATISTICS} fills, in its order. */
    static final String SUFFICIENT_COLUMNS = """
            n, nps_n, detractors, passives, promoters, csat_n, csat_sum, csat_sumsq, csat_top2, ces_n, ces_sum,
            ces_sumsq, ces_easy, rating_n, rating_pct_sum, rating_pct_sumsq, rating_favourable""";

    /**
     * The age band of an age (an SQL expression, evaluated once): one {@code width_bucket} over the bounds, "unknown"
     * when the age is null.
     */
    static String ageBand(String age) {
        return "coalesce((array['0-17','18-24','25-34','35-44','45-54','55-64','65+'])"
                + "[width_bucket(" + age + ", array[18,25,35,45,55,65]) + 1], 'unknown')";
    }
}
