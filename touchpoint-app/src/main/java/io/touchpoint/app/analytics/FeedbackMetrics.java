package io.touchpoint.app.analytics;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import io.touchpoint.app.analytics.MetricRow.NpsRow;
import io.touchpoint.app.analytics.MetricRow.RatingRow;
import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.stats.ChangeTest;
import io.touchpoint.stats.ConfidenceInterval;
import io.touchpoint.stats.NetPromoterScore;
import io.touchpoint.stats.NpsAnalysis;
import io.touchpoint.stats.NpsEstimate;
import io.touchpoint.stats.RatingAnalysis;
import io.touchpoint.stats.RatingEstimate;
import io.touchpoint.stats.RatingScale;
import io.touchpoint.stats.RatingSummary;
import io.touchpoint.stats.TrendChange;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * NPS, CSAT, CES and the review rating over feedback with honest uncertainty: each group carries its standard error
 * or interval and a small-sample flag. Breakdowns by property, touchpoint, stage, channel, kind and time read the
 * daily rollup; the customer-attribute breakdowns (age band, gender, income band, country, segment) read whole months
 * from the monthly profile rollup and the rest of the period from the raw records joined to profiles; any other custom
 * attribute ({@code attribute:<name>}) is an ad-hoc query over the raw records.
 */
@Service
public class FeedbackMetrics {

    public static final long MINIMUM_SAMPLE = 30;
    private static final Set<String> KINDS = Set.of("survey", "review", "social");

    private final DSLContext dsl;
    private final TouchpointCatalog catalog;
    private final TransactionTemplate snapshot;

    FeedbackMetrics(DSLContext dsl, TouchpointCatalog catalog, PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        // Its own snapshot even if a caller is in a transaction (joining one would silently drop the isolation).
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public MetricReport report(MetricQuery q) {
        if (q.from().isAfter(q.to())) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        if (q.to().toEpochDay() - q.from().toEpochDay() > 3660) {
            throw new InvalidInputException("from", "period of at most 10 years");
        }
        if (!(q.confidenceLevel() > 0.5 && q.confidenceLevel() < 1)) {
            throw new InvalidInputException("confidence", "between 0.5 and 1, e.g. 0.95");
        }
        Breakdown by = q.breakdown();
        if (by.dimension() == Dimension.ATTRIBUTE) {
            requireStringAttribute(by.attribute());
        }
        List<Sufficient> rows = fetch(q, by);
        Sufficient all = rows.stream().reduce(Sufficient.ZERO, Sufficient::plus);
        if (q.groupBy() != Dimension.NONE) {
            all = all.withKey("all", "All");
        }
        List<MetricRow> groups = new ArrayList<>();
        if (q.groupBy() != Dimension.NONE) {
            for (Sufficient s : rows) {
                MetricRow r = row(q, s);
                // A group with feedback but none for this metric (a review site's touchpoint in a CSAT breakdown)
                // has nothing to say.
                if (r.n() > 0) {
                    groups.add(r);
                }
            }
        }
        return new MetricReport(q.metric(), q.from(), q.to(), q.groupBy(), q.confidenceLevel(), row(q, all), groups,
                by.attributeName());
    }

    /** Counts and sums of one group: everything every metric needs. */
    record Sufficient(String key, String label, long n, long npsN, long detractors, long passives, long promoters,
            long csatN, long csatSum, long csatSumSq, long csatTop2, long cesN, long cesSum, long cesSumSq,
            long cesEasy, long ratingN, long ratingSum, long ratingSumSq, long ratingFavourable) {

        static final Sufficient ZERO = empty("all", "All");

        static Sufficient empty(String key, String label) {
            return new Sufficient(key, label, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        Sufficient plus(Sufficient o) {
            return new Sufficient(key, label, n + o.n, npsN + o.npsN, detractors + o.detractors, passives + o.passives,
                    promoters + o.promoters, csatN + o.csatN, csatSum + o.csatSum, csatSumSq + o.csatSumSq,
                    csatTop2 + o.csatTop2, cesN + o.cesN, cesSum + o.cesSum, cesSumSq + o.cesSumSq, cesEasy + o.cesEasy,
                    ratingN + o.ratingN, ratingSum + o.ratingSum, ratingSumSq + o.ratingSumSq,
                    ratingFavourable + o.ratingFavourable);
        }

        Sufficient withKey(String k, String l) {
            return new Sufficient(k, l, n, npsN, detractors, passives, promoters, csatN, csatSum, csatSumSq, csatTop2,
                    cesN, cesSum, cesSumSq, cesEasy, ratingN, ratingSum, ratingSumSq, ratingFavourable);
        }

        RatingSummary csat() {
            return RatingSummary.of(RatingScale.csat(), csatN, csatSum, csatSumSq, csatTop2);
        }

        RatingSummary ces() {
            return RatingSummary.of(RatingScale.ces(), cesN, cesSum, cesSumSq, cesEasy);
        }

        /** Review ratings in percent points of the normalised rating (see {@link #REVIEW_RATING_POINTS}). */
        RatingSummary reviewRating() {
            return RatingSummary.of(REVIEW_RATING_POINTS, ratingN, ratingSum, ratingSumSq, ratingFavourable);
        }
    }

    /**
     * Review ratings, normalised to 0..1 on their own scale, are rolled up as integer percent points (0..100) so the
     * stats engine gets exact integer sums; favourable from 75 (4 stars of 5). Reported in stars: 1 + 4 x normalised.
     */
    static final RatingScale REVIEW_RATING_POINTS = new RatingScale(0, 100, 75);

    /** Stars of 1..5 for percent points of the normalised rating. */
    static double stars(double points) {
        return 1 + points / 25;
    }

    private MetricRow row(MetricQuery q, Sufficient s) {
        return switch (q.metric()) {
            case NPS -> {
                NpsEstimate e = NpsAnalysis.withDefaults().withConfidenceLevel(q.confidenceLevel())
                        .withMinimumSampleSize(MINIMUM_SAMPLE)
                        .estimate(NetPromoterScore.of(s.detractors(), s.passives(), s.promoters()));
                ConfidenceInterval ci = e.intervalPoints();
                yield new NpsRow(s.key(), s.label(), e.n(), s.promoters(), s.passives(), s.detractors(),
                        finite(e.points()), finite(e.standardErrorPoints()), finite(ci.lower()), finite(ci.upper()),
                        e.smallSample());
            }
            case CSAT -> rating(q, s.key(), s.label(), s.csat(), false);
            case CES -> rating(q, s.key(), s.label(), s.ces(), false);
            case RATING -> rating(q, s.key(), s.label(), s.reviewRating(), true);
        };
    }

    private static RatingRow rating(MetricQuery q, String key, String label, RatingSummary summary, boolean inStars) {
        RatingEstimate e = RatingAnalysis.withDefaults().withConfidenceLevel(q.confidenceLevel())
                .withMinimumSampleSize(MINIMUM_SAMPLE).estimate(summary);
        ConfidenceInterval share = e.favourableInterval();
        ConfidenceInterval mean = e.meanInterval();
        // Stars are a linear map of the points, so the mean's interval maps with it.
        DoubleUnaryOperator unit = inStars ? FeedbackMetrics::stars : v -> v;
        return new RatingRow(key, label, e.n(), e.favourable(), finite(e.favourablePercent()),
                share.isDefined() ? finite(share.lower() * 100) : null, share.isDefined() ? finite(share.upper() * 100) : null,
                finite(unit.applyAsDouble(e.mean())), finite(unit.applyAsDouble(mean.lower())),
                finite(unit.applyAsDouble(mean.upper())), e.smallSample());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private List<Sufficient> fetch(MetricQuery q, Breakdown by) {
        return by.dimension().fromRollup() ? fromRollup(q, by.dimension()) : fromRaw(q, by);
    }

    /**
     * The names of the custom attributes that hold text for at least one customer, which can break a metric down
     * ({@code attribute:<name>}), in order; at most {@code limit}. Walks the distinct names through the index on
     * {@code customer_attribute (name, type, customer_id)} instead of reading every attribute.
     */
    public List<String> groupingAttributes(int limit) {
        return dsl.resultQuery("""
                with recursive names (name, depth) as (
                  select min(name), 1 from customer_attribute
                  union all
                  select (select min(a.name) from customer_attribute a where a.name > names.name), depth + 1
                  from names where names.name is not null and depth < 10000
                )
                select n.name from names n
                where n.name is not null
                  and exists (select 1 from customer_attribute s where s.name = n.name and s.type = 'string')
                order by n.name
                limit {0}""", inline(Math.max(1, limit))).fetch(0, String.class);
    }

    /**
     * An attribute breakdown needs an attribute some customer holds as text; else the request names groupBy. The
     * order by makes both look-ups seeks in the (name, type, customer_id) index: without it PostgreSQL may scan the
     * table hoping to meet a row early, and reads it all when none is text.
     */
    private void requireStringAttribute(String name) {
        List<String> types = dsl.resultQuery("""
                (select type from customer_attribute where name = {0} and type = 'string'
                 order by name, type, customer_id limit 1)
                union all
                (select type from customer_attribute where name = {0} order by name, type, customer_id limit 1)""",
                name).fetch(0, String.class);
        if (types.isEmpty()) {
            throw new InvalidInputException("groupBy", "unknown attribute '" + name + "': no customer has it");
        }
        if (!types.contains("string")) {
            throw new InvalidInputException("groupBy", "attribute '" + name + "' holds " + types.get(0)
                    + " values; only text (string) attributes can break a metric down");
        }
    }

    /**
     * Whether the overall metric of {@code current} differs significantly from {@code baseline} (e.g. the period
     * before): the NPS difference z-test, or the two-proportion test on the favourable share for CSAT, CES and the
     * review rating (share of 4 stars or more).
     */
    public TrendChange change(MetricQuery baseline, MetricQuery current) {
        Breakdown none = Breakdown.of(Dimension.NONE);
        Sufficient b = fetch(baseline, none).stream().reduce(Sufficient.ZERO, Sufficient::plus);
        Sufficient c = fetch(current, none).stream().reduce(Sufficient.ZERO, Sufficient::plus);
        ChangeTest test = ChangeTest.withDefaults().withAlpha(1 - current.confidenceLevel())
                .withMinimumSampleSize(MINIMUM_SAMPLE);
        return switch (current.metric()) {
            case NPS -> test.compare(NetPromoterScore.of(b.detractors(), b.passives(), b.promoters()),
                    NetPromoterScore.of(c.detractors(), c.passives(), c.promoters())).scaled(100);
            case CSAT -> test.compareFavourable(b.csat(), c.csat()).scaled(100);
            case CES -> test.compareFavourable(b.ces(), c.ces()).scaled(100);
            case RATING -> test.compareFavourable(b.reviewRating(), c.reviewRating()).scaled(100);
        };
    }

    /** A cell of a two-way breakdown, e.g. touchpoint x week. */
    public record MatrixCell(String rowKey, String rowLabel, String columnKey, String columnLabel, MetricRow value) {
    }

    /** A two-way breakdown over rollup dimensions (e.g. touchpoint by week), for heatmaps. */
    public List<MatrixCell> matrix(MetricQuery q, Dimension rows, Dimension columns) {
        if (!rows.fromRollup() || !columns.fromRollup() || rows == columns || rows == Dimension.NONE
                || columns == Dimension.NONE) {
            throw new InvalidInputException("groupBy", "a heatmap needs two different rollup dimensions");
        }
        List<MatrixCell> out = new ArrayList<>();
        for (Sufficient[] pair : fromRollup2(q, rows, columns)) {
            out.add(new MatrixCell(pair[0].key(), pair[0].label(), pair[1].key(), pair[1].label(), row(q, pair[0])));
        }
        return out;
    }

    private List<Sufficient[]> fromRollup2(MetricQuery q, Dimension rows, Dimension columns) {
        Table<?> r = table(name("feedback_daily")).as("r");
        Field<Long> property = field(name("r", "property_id"), Long.class);
        Field<Long> touchpoint = field(name("r", "touchpoint_id"), Long.class);
        Field<Long> stage = field(name("r", "stage_id"), Long.class);
        Field<String> channel = field(name("r", "channel"), String.class);
        Field<String> kind = field(name("r", "kind"), String.class);
        Field<LocalDate> day = field(name("r", "day"), LocalDate.class);
        Condition where = day.between(q.from(), q.to()).and(filters(q, property, touchpoint, stage, channel, kind, true));
        Group g = group(rows, property, touchpoint, stage, channel, kind, day, null);
        Group g2 = group(columns, property, touchpoint, stage, channel, kind, day, null);
        List<SelectField<?>> fields = new ArrayList<>(List.of(g.key().as("grp_key"), g.label().as("grp_label"),
                g.order().as("grp_order"), g2.key().as("grp_key2"), g2.label().as("grp_label2"),
                g2.order().as("grp_order2")));
        for (String c : SUMS) {
            fields.add(sum(field(name("r", c), Long.class)).as(c));
        }
        SelectJoinStep<Record> select = dsl.select(fields).from(r);
        select = joinLabels(joinLabels(select, rows, property, touchpoint, stage), columns, property, touchpoint, stage);
        Field<?> k1 = field(name("grp_key"));
        Field<?> o1 = field(name("grp_order"));
        Field<?> k2 = field(name("grp_key2"));
        Field<?> o2 = field(name("grp_order2"));
        return select.where(where).groupBy(k1, field(name("grp_label")), o1, k2, field(name("grp_label2")), o2)
                .orderBy(o1, k1, o2, k2)
                .fetch(rec -> new Sufficient[] {sufficient(rec, "grp_key", "grp_label"),
                        Sufficient.empty(rec.get("grp_key2", String.class), rec.get("grp_label2", String.class))});
    }

    private static final List<String> SUMS = List.of("n", "nps_n", "detractors", "passives", "promoters", "csat_n",
            "csat_sum", "csat_sumsq", "csat_top2", "ces_n", "ces_sum", "ces_sumsq", "ces_easy", "rating_n",
            "rating_pct_sum", "rating_pct_sumsq", "rating_favourable");

    private static Sufficient sufficient(Record rec, String key, String label) {
        return new Sufficient(rec.get(key, String.class), rec.get(label, String.class), num(rec, "n"),
                num(rec, "nps_n"), num(rec, "detractors"), num(rec, "passives"), num(rec, "promoters"),
                num(rec, "csat_n"), num(rec, "csat_sum"), num(rec, "csat_sumsq"), num(rec, "csat_top2"),
                num(rec, "ces_n"), num(rec, "ces_sum"), num(rec, "ces_sumsq"), num(rec, "ces_easy"),
                num(rec, "rating_n"), num(rec, "rating_pct_sum"), num(rec, "rating_pct_sumsq"),
                num(rec, "rating_favourable"));
    }

    private List<Sufficient> fromRollup(MetricQuery q, Dimension by) {
        return fromRollup2(q, by, Dimension.NONE).stream().map(pair -> pair[0]).toList();
    }

    /**
     * A customer-attribute breakdown. The profile dimensions and segment read whole months from
     * {@code feedback_monthly_profile} and only the partial months at either end (and any cell the rollup job has not
     * caught up with) from the raw records; all in one repeatable-read snapshot, so a cell the job settles meanwhile
     * is counted once. Custom attributes, and periods within one month, read the raw records.
     */
    private List<Sufficient> fromRaw(MetricQuery q, Breakdown breakdown) {
        Dimension by = breakdown.dimension();
        LocalDate end = q.to().plusDays(1);
        LocalDate firstFull = q.from().getDayOfMonth() == 1 ? q.from() : q.from().withDayOfMonth(1).plusMonths(1);
        LocalDate fullEnd = end.withDayOfMonth(1);
        if (!(by.fromProfile() || by == Dimension.SEGMENT) || !firstFull.isBefore(fullEnd)) {
            return raw(q, breakdown, q.from(), end, noCondition());
        }
        return snapshot.execute(status -> {
            List<ProfileRollups.Cell> stale = staleCells(firstFull, fullEnd);
            if (stale.size() > MAX_STALE_CELLS) {
                return raw(q, breakdown, q.from(), end, noCondition());
            }
            List<Sufficient> parts = new ArrayList<>(profileRollup(q, by, firstFull, fullEnd));
            if (q.from().isBefore(firstFull)) {
                parts.addAll(raw(q, breakdown, q.from(), firstFull, noCondition()));
            }
            if (fullEnd.isBefore(end)) {
                parts.addAll(raw(q, breakdown, fullEnd, end, noCondition()));
            }
            if (!stale.isEmpty()) {
                parts.addAll(raw(q, breakdown, firstFull, fullEnd,
                        or(stale.stream().map(FeedbackMetrics::rawCell).toList())));
            }
            Map<String, Sufficient> groups = new TreeMap<>();
            parts.forEach(p -> groups.merge(p.key(), p, Sufficient::plus));
            return List.copyOf(groups.values());
        });
    }

    /** Above this many stale cells in a period, the raw records are read whole (e.g. just after a bulk load). */
    private static final int MAX_STALE_CELLS = 100;

    private List<ProfileRollups.Cell> staleCells(LocalDate first, LocalDate end) {
        return dsl.resultQuery("""
                select distinct month, kind, property_id, touchpoint_id, stage_id, channel from feedback_profile_stale
                where month >= {0} and month < {1} limit {2}""", first, end, inline(MAX_STALE_CELLS + 1))
                .fetch(r -> new ProfileRollups.Cell(r.get(0, LocalDate.class), r.get(1, String.class),
                        r.get(2, Long.class), r.get(3, Long.class), r.get(4, Long.class), r.get(5, String.class)));
    }

    /** The raw records of one rollup cell. */
    private static Condition rawCell(ProfileRollups.Cell c) {
        Field<OffsetDateTime> at = field(name("f", "occurred_at"), OffsetDateTime.class);
        Field<Long> touchpoint = field(name("f", "touchpoint_id"), Long.class);
        return at.ge(c.month().atStartOfDay().atOffset(ZoneOffset.UTC))
                .and(at.lt(c.month().plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC)))
                .and(field(name("f", "kind"), String.class).eq(c.kind()))
                .and(coalesce(field(name("f", "property_id"), Long.class), inline(0L)).eq(c.property()))
                .and(c.touchpoint() == 0 ? touchpoint.isNull() : touchpoint.eq(c.touchpoint()))
                .and(coalesce(field(name("f", "stage_id"), Long.class), inline(0L)).eq(c.stage()))
                .and(coalesce(field(name("f", "channel"), String.class), inline("")).eq(c.channel()));
    }

    /** The whole months [first, end) of a profile breakdown from the rollup, leaving out its stale cells. */
    private List<Sufficient> profileRollup(MetricQuery q, Dimension by, LocalDate first, LocalDate end) {
        Table<?> r = table(name("feedback_monthly_profile")).as("r");
        Table<?> s = table(name("feedback_profile_stale")).as("s");
        Field<LocalDate> month = field(name("r", "month"), LocalDate.class);
        Condition stale = noCondition();
        for (String column : List.of("month", "kind", "property_id", "touchpoint_id", "stage_id", "channel")) {
            stale = stale.and(field(name("s", column)).eq(field(name("r", column))));
        }
        Condition where = month.ge(first).and(month.lt(end))
                .and(field(name("r", "dimension"), String.class).eq(by.code()))
                .and(filters(q, field(name("r", "property_id"), Long.class),
                        field(name("r", "touchpoint_id"), Long.class), field(name("r", "stage_id"), Long.class),
                        field(name("r", "channel"), String.class), field(name("r", "kind"), String.class), true))
                .and(notExists(selectOne().from(s).where(stale)));
        Field<String> value = field(name("r", "value"), String.class);
        List<SelectField<?>> fields = new ArrayList<>(List.of(value.as("grp_key")));
        for (String c : SUMS) {
            fields.add(sum(field(name("r", c), Long.class)).as(c));
        }
        return dsl.select(fields).from(r).where(where).groupBy(value)
                .fetch(rec -> sufficient(rec, "grp_key", "grp_key"));
    }

    /** Raw records of [start, end) (and of {@code cells}) joined to what the breakdown needs. */
    private List<Sufficient> raw(MetricQuery q, Breakdown breakdown, LocalDate start, LocalDate end, Condition cells) {
        Dimension by = breakdown.dimension();
        Table<?> f = table(name("feedback")).as("f");
        Table<?> c = table(name("customer")).as("c");
        Table<?> a = table(name("customer_attribute")).as("a");
        Field<Long> property = field(name("f", "property_id"), Long.class);
        Field<Long> touchpoint = field(name("f", "touchpoint_id"), Long.class);
        Field<Long> stage = field(name("f", "stage_id"), Long.class);
        Field<String> channel = field(name("f", "channel"), String.class);
        Field<String> kind = field(name("f", "kind"), String.class);
        Field<OffsetDateTime> at = field(name("f", "occurred_at"), OffsetDateTime.class);
        Field<Integer> nps = field(name("f", "nps"), Integer.class);
        Field<Integer> csat = field(name("f", "csat"), Integer.class);
        Field<Integer> ces = field(name("f", "ces"), Integer.class);
        Field<BigDecimal> rating = field(name("f", "rating"), BigDecimal.class);
        Field<BigDecimal> points = field("round({0} * 100)", BigDecimal.class, rating);
        Condition where = at.ge(start.atStartOfDay().atOffset(ZoneOffset.UTC))
                .and(at.lt(end.atStartOfDay().atOffset(ZoneOffset.UTC)))
                .and(filters(q, property, touchpoint, stage, channel, kind, false)).and(cells);
        Group g = by == Dimension.AGE_BAND ? ageBand(at, start, end.minusDays(1))
                : group(by, property, touchpoint, stage, channel, kind, null, at);
        // When key, label and order are one expression (age band, customer attributes), select and group it once:
        // PostgreSQL would otherwise evaluate it three times per raw record.
        boolean single = g.label() == g.key() && g.order() == g.key();
        List<SelectField<?>> keys = single ? List.of(g.key().as("grp_key"))
                : List.of(g.key().as("grp_key"), g.label().as("grp_label"), g.order().as("grp_order"));
        List<SelectField<?>> fields = new ArrayList<>(keys);
        fields.addAll(List.<SelectField<?>>of(count().as("n"), count(nps).as("nps_n"),
                count().filterWhere(nps.le(6)).as("detractors"),
                count().filterWhere(nps.between(7, 8)).as("passives"),
                count().filterWhere(nps.ge(9)).as("promoters"),
                count(csat).as("csat_n"), coalesce(sum(csat), BigDecimal.ZERO).as("csat_sum"),
                coalesce(sum(csat.mul(csat)), BigDecimal.ZERO).as("csat_sumsq"),
                count().filterWhere(csat.ge(4)).as("csat_top2"),
                count(ces).as("ces_n"), coalesce(sum(ces), BigDecimal.ZERO).as("ces_sum"),
                coalesce(sum(ces.mul(ces)), BigDecimal.ZERO).as("ces_sumsq"),
                count().filterWhere(ces.ge(5)).as("ces_easy"),
                count(rating).as("rating_n"), coalesce(sum(points), BigDecimal.ZERO).as("rating_pct_sum"),
                coalesce(sum(points.mul(points)), BigDecimal.ZERO).as("rating_pct_sumsq"),
                count().filterWhere(rating.ge(inline(new BigDecimal("0.75")))).as("rating_favourable")));
        SelectJoinStep<Record> select = dsl.select(fields).from(f);
        Field<Long> customer = field(name("f", "customer_id"), Long.class);
        // One join per query: the profile for its columns, or the one custom attribute (its current value, found by
        // the primary key (customer_id, name)). Feedback of no customer, or of one without it, falls in "unknown".
        if (by.fromProfile()) {
            select = select.leftJoin(c).on(field(name("c", "id"), Long.class).eq(customer));
        }
        else if (breakdown.attributeName() != null) {
            select = select.leftJoin(a).on(field(name("a", "customer_id"), Long.class).eq(customer)
                    .and(field(name("a", "name"), String.class).eq(breakdown.attributeName())));
        }
        if (single) {
            Field<?> key = field(name("grp_key"));
            return select.where(where).groupBy(key).orderBy(key).fetch(rec -> sufficient(rec, "grp_key", "grp_key"));
        }
        return run(select.where(where), g);
    }

    private List<Sufficient> run(org.jooq.SelectConditionStep<Record> select, Group g) {
        // Group and order by the output columns: repeating the expressions would repeat their bind values.
        Field<?> key = field(name("grp_key"));
        Field<?> order = field(name("grp_order"));
        return select.groupBy(key, field(name("grp_label")), order).orderBy(order, key)
                .fetch(rec -> sufficient(rec, "grp_key", "grp_label"));
    }

    private static long num(Record rec, String f) {
        Number v = rec.get(f, Number.class);
        return v == null ? 0 : v.longValue();
    }

    private record Group(Field<String> key, Field<String> label, Field<?> order) {
    }

    private Group group(Dimension by, Field<Long> property, Field<Long> touchpoint, Field<Long> stage,
            Field<String> channel, Field<String> kind, Field<LocalDate> day, Field<OffsetDateTime> at) {
        Field<?> date = day != null ? day : field("({0} at time zone 'UTC')::date", LocalDate.class, at);
        return switch (by) {
            case NONE -> new Group(inline("all"), inline("All"), inline(0));
            case PROPERTY -> new Group(coalesce(field(name("p", "key"), String.class), inline("none")),
                    coalesce(field(name("p", "name"), String.class), inline("No property")), field(name("p", "name")));
            // Touchpoints of several hotels often share a name ("Front-desk check-in"): the label names the property.
            case TOUCHPOINT -> new Group(coalesce(field(name("t", "key"), String.class), inline("none")),
                    field("coalesce({0} || coalesce(' · ' || {1}, ''), 'No touchpoint')", String.class,
                            field(name("t", "name"), String.class), field(name("tp", "name"), String.class)),
                    field(name("t", "name")));
            case STAGE -> new Group(coalesce(field(name("s", "key"), String.class), inline("none")),
                    coalesce(field(name("s", "name"), String.class), inline("No stage")),
                    coalesce(field(name("s", "position"), Integer.class), inline(9999)));
            case CHANNEL -> new Group(coalesce(channel, inline("")), coalesce(channel, inline("")), channel);
            case KIND -> new Group(kind, kind, kind);
            case DAY -> {
                Field<String> k = field("to_char({0}, 'YYYY-MM-DD')", String.class, date);
                yield new Group(k, k, k);
            }
            case WEEK -> {
                Field<String> k = field("to_char(date_trunc('week', {0}), 'IYYY-\"W\"IW')", String.class, date);
                yield new Group(k, field("to_char(date_trunc('week', {0}), 'YYYY-MM-DD')", String.class, date), k);
            }
            case MONTH -> {
                Field<String> k = field("to_char({0}, 'YYYY-MM')", String.class, date);
                yield new Group(k, k, k);
            }
            case AGE_BAND -> ageBand(at == null ? inline(OffsetDateTime.parse("1970-01-01T00:00:00Z")) : at, null, null);
            case GENDER -> attr("c", "gender");
            case INCOME_BAND -> attr("c", "income_band");
            case COUNTRY -> attr("c", "country");
            case SEGMENT, ATTRIBUTE -> attr("a", "value");
        };
    }

    /**
     * Age band in the feedback's (UTC) year. Evaluated per raw record, so kept cheap: the age is computed once and
     * bucketed by width_bucket (a CASE ladder would recompute it per branch), and within a known period the year comes
     * from comparing the timestamp with the period's New Year instants instead of a time-zone conversion.
     */
    private static Group ageBand(Field<OffsetDateTime> at, LocalDate from, LocalDate to) {
        Field<Integer> year;
        if (from == null || to == null) {
            year = field("extract(year from {0} at time zone 'UTC')::int", Integer.class, at);
        }
        else if (from.getYear() == to.getYear()) {
            year = inline(from.getYear());
        }
        else {
            StringBuilder newYears = new StringBuilder("array[");
            for (int y = from.getYear() + 1; y <= to.getYear(); y++) {
                newYears.append(y > from.getYear() + 1 ? "," : "").append('\'').append(y).append("-01-01T00:00:00Z'");
            }
            year = field("({0} + width_bucket({1}, " + newYears + "]::timestamptz[]))", Integer.class,
                    inline(from.getYear()), at);
        }
        Field<String> band = field(RollupSql.ageBand("{0} - {1}"), String.class, year,
                field(name("c", "birth_year"), Integer.class));
        return new Group(band, band, band);
    }

    private static Group attr(String table, String column) {
        Field<String> v = coalesce(field(name(table, column), String.class), inline("unknown"));
        return new Group(v, v, v);
    }

    private SelectJoinStep<Record> joinLabels(SelectJoinStep<Record> select, Dimension by, Field<Long> property,
            Field<Long> touchpoint, Field<Long> stage) {
        return switch (by) {
            case PROPERTY -> select.leftJoin(table(name("property")).as("p"))
                    .on(field(name("p", "id"), Long.class).eq(property));
            case TOUCHPOINT -> select.leftJoin(table(name("touchpoint")).as("t"))
                    .on(field(name("t", "id"), Long.class).eq(touchpoint))
                    .leftJoin(table(name("property")).as("tp"))
                    .on(field(name("tp", "id"), Long.class).eq(field(name("t", "property_id"), Long.class)));
            case STAGE -> select.leftJoin(table(name("journey_stage")).as("s"))
                    .on(field(name("s", "id"), Long.class).eq(stage));
            default -> select;
        };
    }

    private Condition filters(MetricQuery q, Field<Long> property, Field<Long> touchpoint, Field<Long> stage,
            Field<String> channel, Field<String> kind, boolean rollup) {
        Condition c = noCondition();
        if (notBlank(q.property())) {
            long id = catalog.property(q.property())
                    .orElseThrow(() -> new InvalidInputException("property", "unknown property '" + q.property() + "'")).id();
            c = c.and(property.eq(id));
        }
        if (notBlank(q.touchpoint())) {
            long id = catalog.touchpoint(q.touchpoint())
                    .orElseThrow(() -> new InvalidInputException("touchpoint", "unknown touchpoint '" + q.touchpoint() + "'")).id();
            c = c.and(touchpoint.eq(id));
        }
        if (notBlank(q.stage())) {
            long id = catalog.stage(q.stage())
                    .orElseThrow(() -> new InvalidInputException("stage", "unknown journey stage '" + q.stage() + "'")).id();
            c = c.and(stage.eq(id));
        }
        if (notBlank(q.channel())) {
            Channel ch = Channel.parse(q.channel())
                    .orElseThrow(() -> new InvalidInputException("channel", "unknown channel '" + q.channel() + "'"));
            c = c.and(channel.eq(ch.code()));
        }
        if (notBlank(q.kind())) {
            if (!KINDS.contains(q.kind())) {
                throw new InvalidInputException("kind", "use survey, review or social");
            }
            c = c.and(kind.eq(q.kind()));
        }
        return c;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static Date sqlDate(LocalDate d) {
        return Date.valueOf(d);
    }
}
