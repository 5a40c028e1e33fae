package io.touchpoint.app.textanalysis;

import io.touchpoint.stats.ChangeTest;
import io.touchpoint.stats.FisherExact;
import io.touchpoint.stats.MultipleComparisons;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Aggregate views over analysed comments: topics by sentiment, emotions by touchpoint, what drives detractors. */
@Service
public class TextInsights {

    private final JdbcClient jdbc;

    TextInsights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Period and optional property (key) of a view. */
    public record Scope(LocalDate from, LocalDate to, String property) {

        Timestamp start() {
            return Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        Timestamp end() {
            return Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    public record TopicSentiment(String path, long positive, long neutral, long negative) {

        public long total() {
            return positive + neutral + negative;
        }

        public double negativeShare() {
            return total() == 0 ? 0 : (double) negative / total();
        }
    }

    public List<TopicSentiment> topicMatrix(Scope s) {
        return jdbc.sql("""
                select a.path, count(distinct a.feedback_id) filter (where a.label = 'positive'),
                       count(distinct a.feedback_id) filter (where a.label = 'neutral'),
                       count(distinct a.feedback_id) filter (where a.label = 'negative')
                from feedback_aspect a join feedback f on f.id = a.feedback_id
                left join property p on p.id = f.property_id
                where f.occurred_at >= ? and f.occurred_at < ? and (?::text is null or p.key = ?)
                group by a.path order by count(distinct a.feedback_id) desc""")
                .params(s.start(), s.end(), s.property(), s.property())
                .query((rs, i) -> new TopicSentiment(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * A topic's weight among detractors (NPS 0-6) against everyone else who answered NPS and commented (comments in a
     * language we do not analyse are left out of both groups: they cannot mention a topic): lift is the
     * share among detractors over the share among all; p is the two-proportion z-test of the two shares.
     */
    /**
     * A topic tested as a driver of detractors.
     *
     * @param pValue two-proportion z-test of the topic's share among detractors against everyone else (Fisher's exact
     *     test where some cell's expected count is under 5)
     * @param qValue the p-value adjusted for testing every topic of the period at once (Benjamini-Hochberg)
     * @param significant over-represented among detractors with a false discovery rate of at most 5%
     */
    public record Driver(String path, long detractorsWith, long detractors, long othersWith, long others,
            double detractorShare, double otherShare, double lift, double pValue, double qValue, boolean significant) {

        /** The p-value as shown: "< 0.001", three decimals, or a dash where no test could be made. */
        public String pText() {
            return show(pValue);
        }

        public String qText() {
            return show(qValue);
        }

        private static String show(double v) {
            return Double.isNaN(v) ? "\u2013" : v < 0.001 ? "< 0.001" : String.format(java.util.Locale.ROOT, "%.3f", v);
        }
    }

    /**
     * Who counts as a detractor. NPS: answered 0-6 against 7-10. RATING: a review rated 1 or 2 of 5 stars (normalised
     * rating at most 0.25, whatever the platform's scale) against 3 stars or more; for businesses whose comments are
     * mostly reviews, where nobody answered an NPS question.
     */
    public enum DriverBasis {
        NPS("f.nps", "f.nps <= 6", "f.nps >= 7", "detractors"),
        RATING("f.rating", "f.rating <= 0.25", "f.rating > 0.25", "low-rated");

        final String present;
        final String low;
        final String high;
        /** The verbatim list's group for the low side. */
        public final String group;

        DriverBasis(String present, String low, String high, String group) {
            this.present = present;
            this.low = low;
            this.high = high;
            this.group = group;
        }
    }

    public List<Driver> detractorDrivers(Scope s) {
        return detractorDrivers(s, DriverBasis.NPS);
    }

    public List<Driver> detractorDrivers(Scope s, DriverBasis basis) {
        record Totals(long detractors, long others) {
        }
        Totals totals = jdbc.sql("select count(*) filter (where " + basis.low + "), count(*) filter (where " + basis.high
                + ")" + """

                from feedback f join feedback_text t on t.feedback_id = f.id
                left join property p on p.id = f.property_id
                where f.occurred_at >= ? and f.occurred_at < ? and (?::text is null or p.key = ?)
                  and (t.english or coalesce(t.language, 'zxx') = 'zxx')
                """ + " and " + basis.present + " is not null")
                .params(s.start(), s.end(), s.property(), s.property())
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2))).single();
        if (totals.detractors() == 0 || totals.others() == 0) {
            return List.of();
        }
        record Counts(String path, long detractorsWith, long othersWith) {
        }
        List<Counts> counts = jdbc.sql("select a.path, count(distinct f.id) filter (where " + basis.low
                + "), count(distinct f.id) filter (where " + basis.high + ")" + """

                from feedback_aspect a join feedback f on f.id = a.feedback_id
                left join property p on p.id = f.property_id
                where f.occurred_at >= ? and f.occurred_at < ? and (?::text is null or p.key = ?)
                """ + " and " + basis.present + " is not null group by a.path")
                .params(s.start(), s.end(), s.property(), s.property())
                .query((rs, i) -> new Counts(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        long detractors = totals.detractors();
        long others = totals.others();
        double[] p = counts.stream().mapToDouble(c -> pValue(c.detractorsWith(), detractors, c.othersWith(), others))
                .toArray();
        // Every topic is tested at once: at 5% each, one in twenty would be flagged by chance, so the flag keeps the
        // false discovery rate at 5% instead.
        double[] q = MultipleComparisons.benjaminiHochberg(p);
        List<Driver> out = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            long d = counts.get(i).detractorsWith();
            long o = counts.get(i).othersWith();
            double shareD = (double) d / detractors;
            double shareO = (double) o / others;
            // lift = (d / D) / ((d + o) / (D + O)), as one division of exact integer products so that equal
            // lifts compare equal (topics only detractors mention all have lift (D + O) / D).
            double lift = d + o == 0 ? 0 : (double) (d * (detractors + others)) / (detractors * (d + o));
            out.add(new Driver(counts.get(i).path(), d, detractors, o, others, shareD, shareO, lift, p[i], q[i],
                    q[i] <= ChangeTest.DEFAULT_ALPHA && shareD > shareO));
        }
        // Drivers (significant at 5% FDR) first, so a rare topic with a large lift and no evidence cannot push a real
        // driver off the page; within each group the highest lift first, and among equal lifts (e.g. topics only
        // detractors mention) the more widespread first.
        out.sort(Comparator.comparing(Driver::significant).reversed()
                .thenComparing(Comparator.comparingDouble(Driver::lift).reversed())
                .thenComparing(Comparator.comparingLong(Driver::detractorsWith).reversed()).thenComparing(Driver::path));
        return out;
    }

    /**
     * Two-sided p-value of a topic's share among detractors against everyone else: the two-proportion z-test, or
     * Fisher's exact test for a rare topic (an expected count under 5 in some cell), where the normal approximation
     * is poor.
     */
    private static double pValue(long detractorsWith, long detractors, long othersWith, long others) {
        long dn = detractors - detractorsWith;
        long on = others - othersWith;
        return FisherExact.smallExpectedCount(detractorsWith, dn, othersWith, on)
                ? FisherExact.twoSided(detractorsWith, dn, othersWith, on)
                : ChangeTest.withDefaults().compareProportions(othersWith, others, detractorsWith, detractors).pValue();
    }

    /** Comments of a language in a scope; {@code analysed} for English and texts without words. */
    public record LanguageCount(String language, boolean analysed, long comments) {
    }

    /** How many of the scope's comments were analysed, and the languages of those that were not, most first. */
    public List<LanguageCount> languages(Scope s) {
        return jdbc.sql("""
                select coalesce(t.language, 'zxx'), t.english or coalesce(t.language, 'zxx') = 'zxx', count(*)
                from feedback f join feedback_text t on t.feedback_id = f.id
                left join property p on p.id = f.property_id
                where f.occurred_at >= ? and f.occurred_at < ? and (?::text is null or p.key = ?)
                group by 1, 2 order by 3 desc, 1""")
                .params(s.start(), s.end(), s.property(), s.property())
                .query((rs, i) -> new LanguageCount(rs.getString(1), rs.getBoolean(2), rs.getLong(3))).list();
    }

    public record EmotionCount(String group, String cluster, long comments) {
    }

    /** Comments per Shaw cluster, by touchpoint or by journey stage. */
    public List<EmotionCount> emotionClusters(Scope s, boolean byStage) {
        String group = byStage ? "coalesce(st.name, 'No stage')" : "coalesce(tp.name, 'No touchpoint')";
        return jdbc.sql("select " + group + """
                , e.cluster, count(distinct e.feedback_id)
                from feedback_emotion e join feedback f on f.id = e.feedback_id
                left join touchpoint tp on tp.id = f.touchpoint_id
                left join journey_stage st on st.id = f.stage_id
                left join property p on p.id = f.property_id
                where f.occurred_at >= ? and f.occurred_at < ? and (?::text is null or p.key = ?)
                group by 1, 2 order by 1, 2""")
                .params(s.start(), s.end(), s.property(), s.property())
                .query((rs, i) -> new EmotionCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public record TopicMonth(String path, String month, long comments, long negative) {
    }

    /** Comments per topic and month, with how many were negative about it. */
    public List<TopicMonth> topicTrends(Scope s) {
        return jdbc.sql("""
                select a.path, to_char(f.occurred_at at time zone 'UTC', 'YYYY-MM'), count(distinct a.feedback_id),
                       count(distinct a.feedback_id) filter (where a.label = 'negative')
                from feedback_aspect a join feedback f on f.id = a.feedback_id
                left join property p on p.id = f.property_id
                where f.occurred_at >= ? and f.occurred_at < ? and (?::text is null or p.key = ?)
                group by 1, 2 order by 1, 2""")
                .params(s.start(), s.end(), s.property(), s.property())
                .query((rs, i) -> new TopicMonth(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /**
     * Which comments a verbatim list shows; every part optional (null). With a topic, the sentiment is the label of
     * that topic's mention (as counted by {@link #topicMatrix}); without one, the comment's own label.
     *
     * @param group NPS group: detractors (0-6), passives (7-8) or promoters (9-10); or low-rated: reviews rated 1 or 2
     *     of 5 stars (normalised rating at most 0.25)
     * @param touchpoint touchpoint name, as grouped by {@link #emotionClusters} ("No touchpoint" for none)
     * @param stage journey stage name, likewise ("No stage")
     */
    public record VerbatimFilter(String topic, String sentiment, String cluster, String group, String touchpoint,
            String stage) {

        public static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
        public static final List<String> GROUPS = List.of("detractors", "passives", "promoters", "low-rated");
        public static final List<String> CLUSTERS = List.of("Advocacy", "Recommendation", "Attention", "Destroying");

        public VerbatimFilter {
            topic = blankToNull(topic);
            sentiment = oneOf(sentiment, SENTIMENTS, "sentiment");
            cluster = oneOf(cluster, CLUSTERS, "cluster");
            group = oneOf(group, GROUPS, "group");
            touchpoint = blankToNull(touchpoint);
            stage = blankToNull(stage);
        }

        public static VerbatimFilter none() {
            return new VerbatimFilter(null, null, null, null, null, null);
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v.trim();
        }

        private static String oneOf(String v, List<String> allowed, String field) {
            String t = blankToNull(v);
            if (t == null) {
                return null;
            }
            for (String a : allowed) {
                if (a.equalsIgnoreCase(t)) {
                    return a;
                }
            }
            throw new io.touchpoint.app.shared.InvalidInputException(field, "use one of " + String.join(", ", allowed));
        }
    }

    /** One comment of a verbatim list, with its aspect mentions (for highlighting) and its emotion clusters. */
    public record Verbatim(long id, java.time.Instant occurredAt, String kind, String source, String property,
            String touchpoint, Integer nps, String text, String label, boolean mixed, String language,
            boolean analysed, List<Aspect> aspects, List<String> clusters) {
    }

    /** A page of comments, newest first, and how many match in all. */
    public record VerbatimPage(List<Verbatim> items, long total, int offset, int limit) {

        public boolean hasNext() {
            return offset + items.size() < total;
        }
    }

    private static final String VERBATIM_WHERE = """
            from feedback f join feedback_text t on t.feedback_id = f.id
            left join property p on p.id = f.property_id
            left join touchpoint tp on tp.id = f.touchpoint_id
            left join journey_stage st on st.id = f.stage_id
            where f.occurred_at >= :start and f.occurred_at < :end
              and (cast(:property as text) is null or p.key = :property)
              and (cast(:topic as text) is null or exists (select 1 from feedback_aspect a where a.feedback_id = f.id
                   and a.path = :topic and (cast(:sentiment as text) is null or a.label = :sentiment)))
              and (cast(:topic as text) is not null or cast(:sentiment as text) is null or t.label = :sentiment)
              and (cast(:cluster as text) is null or exists (select 1 from feedback_emotion e
                   where e.feedback_id = f.id and e.cluster = :cluster))
              and (cast(:grp as text) is null or (:grp = 'detractors' and f.nps <= 6)
                   or (:grp = 'passives' and f.nps between 7 and 8) or (:grp = 'promoters' and f.nps >= 9)
                   or (:grp = 'low-rated' and f.rating <= 0.25))
              and (cast(:touchpoint as text) is null or coalesce(tp.name, 'No touchpoint') = :touchpoint)
              and (cast(:stage as text) is null or coalesce(st.name, 'No stage') = :stage)
            """;

    /** Analysed comments in the scope that match the filter, newest first. */
    public VerbatimPage verbatims(Scope s, VerbatimFilter filter, int offset, int limit) {
        return verbatims(s, filter, offset, limit, -1);
    }

    /**
     * As {@link #verbatims(Scope, VerbatimFilter, int, int)}; a caller walking all pages passes the total the first
     * page gave ({@code knownTotal >= 0}) so it is not counted again for every page.
     */
    public VerbatimPage verbatims(Scope s, VerbatimFilter filter, int offset, int limit, long knownTotal) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("start", s.start());
        params.put("end", s.end());
        params.put("property", s.property());
        params.put("topic", filter.topic());
        params.put("sentiment", filter.sentiment());
        params.put("cluster", filter.cluster());
        params.put("grp", filter.group());
        params.put("touchpoint", filter.touchpoint());
        params.put("stage", filter.stage());
        long total = knownTotal >= 0 ? knownTotal
                : jdbc.sql("select count(*) " + VERBATIM_WHERE).params(params).query(Long.class).single();
        record Row(long id, java.time.Instant at, String kind, String source, String property, String touchpoint,
                Integer nps, String text, String label, boolean mixed, String language, boolean analysed) {
        }
        params.put("limit", limit);
        params.put("offset", offset);
        List<Row> rows = jdbc.sql("""
                select f.id, f.occurred_at, f.kind, f.source, p.name, tp.name, f.nps, f.text, t.label, t.mixed,
                       t.language, t.english or coalesce(t.language, 'zxx') = 'zxx'
                """ + VERBATIM_WHERE + " order by f.occurred_at desc, f.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7, Integer.class),
                        rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11), rs.getBoolean(12)))
                .list();
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Aspect>> aspects = new java.util.HashMap<>();
        Map<Long, List<String>> clusters = new java.util.HashMap<>();
        if (ids.length > 0) {
            jdbc.sql("""
                    select feedback_id, path, term, start_pos, end_pos, label, score from feedback_aspect
                    where feedback_id = any(?::bigint[]) order by feedback_id, start_pos, id""").param(ids)
                    .query((r, j) -> aspects.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Aspect(
                            r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getString(6), r.getDouble(7))))
                    .list();
            jdbc.sql("""
                    select feedback_id, cluster from feedback_emotion where feedback_id = any(?::bigint[])
                    group by feedback_id, cluster order by feedback_id, cluster""").param(ids)
                    .query((r, j) -> clusters.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2)))
                    .list();
        }
        List<Verbatim> items = rows.stream().map(r -> new Verbatim(r.id(), r.at(), r.kind(), r.source(), r.property(),
                r.touchpoint(), r.nps(), r.text(), r.label(), r.mixed(), r.language(), r.analysed(),
                aspects.getOrDefault(r.id(), List.of()),
                clusters.getOrDefault(r.id(), List.of()))).toList();
        return new VerbatimPage(items, total, offset, limit);
    }

    /** One analysed comment for the detail page. */
    public record Comment(long id, String text, String label, double score, boolean mixed, String language,
            List<Aspect> aspects, List<Emotion> emotions, List<Correction> corrections) {
    }

    public record Aspect(String path, String term, int start, int end, String label, double score) {
    }

    /** A detected emotion with the words that gave it away (as written, in text order). */
    public record Emotion(String emotion, String cluster, double confidence, List<String> evidence) {
    }

    public record Correction(String target, String original, String corrected, String phrase, String by,
            java.time.Instant at) {
    }

    public java.util.Optional<Comment> comment(long feedbackId) {
        return jdbc.sql("""
                select f.id, f.text, t.label, t.score, t.mixed, t.language from feedback f
                join feedback_text t on t.feedback_id = f.id where f.id = ?""").param(feedbackId)
                .query((rs, i) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getBoolean(5), rs.getString(6),
                        jdbc.sql("select path, term, start_pos, end_pos, label, score from feedback_aspect where feedback_id = ? order by start_pos")
                                .param(feedbackId).query((r, j) -> new Aspect(r.getString(1), r.getString(2), r.getInt(3),
                                        r.getInt(4), r.getString(5), r.getDouble(6))).list(),
                        jdbc.sql("""
                                select emotion, cluster, confidence,
                                       array(select x ->> 'text' from jsonb_array_elements(evidence) with ordinality e(x, n) order by n)
                                from feedback_emotion where feedback_id = ? order by confidence desc""")
                                .param(feedbackId).query((r, j) -> new Emotion(r.getString(1), r.getString(2), r.getDouble(3),
                                        List.of((String[]) r.getArray(4).getArray()))).list(),
                        jdbc.sql("select target, original, corrected, phrase, corrected_by, corrected_at from label_correction where feedback_id = ? order by id")
                                .param(feedbackId).query((r, j) -> new Correction(r.getString(1), r.getString(2), r.getString(3),
                                        r.getString(4), r.getString(5), r.getTimestamp(6).toInstant())).list()))
                .optional();
    }
}
