package io.touchpoint.app.textanalysis;

import io.touchpoint.app.feedback.FeedbackBatchRecorded;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.text.AspectMention;
import io.touchpoint.text.DetectedEmotion;
import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.SentimentOverrides;
import io.touchpoint.text.Taxonomy;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses feedback comments and keeps the results. New feedback is analysed when it is recorded; at start-up and
 * after a taxonomy change a background job analyses everything not yet analysed with the current taxonomy. Staff
 * corrections always win over the analyser's label, also after a re-analysis.
 */
@Service
public class TextAnalyses {

    private static final Logger log = LoggerFactory.getLogger(TextAnalyses.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final AtomicReference<Current> current = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "text-analysis");
        t.setDaemon(true);
        return t;
    });

    /** The analyser in force and the taxonomy version it was built from. */
    record Current(int version, TextAnalyzer analyzer) {
    }

    /** A background (re-)analysis and how far it got. */
    public record Job(long id, String reason, String status, long total, long done, String message) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    private final boolean backfillAtStart;

    TextAnalyses(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${touchpoint.text.backfill-at-start:true}")
            boolean backfillAtStart) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.backfillAtStart = backfillAtStart;
    }

    public Taxonomy taxonomy() {
        return analyzer().analyzer().taxonomy();
    }

    /** Analyses a text with the current taxonomy and staff phrases, storing nothing. */
    public io.touchpoint.text.TextAnalysis analyzeText(String text) {
        return analyzer().analyzer().analyze(text);
    }

    /** The words that carry a text's sentiment, as the current analyser (with staff phrases) reads them. */
    public List<io.touchpoint.text.OpinionWord> opinionWords(String text) {
        return analyzer().analyzer().opinionWords(text);
    }

    public int taxonomyVersion() {
        return analyzer().version();
    }

    Current analyzer() {
        Current c = current.get();
        if (c == null) {
            c = load();
            current.set(c);
        }
        return c;
    }

    private Current load() {
        Optional<Map.Entry<Integer, String>> latest = jdbc.sql(
                "select version, definition from text_taxonomy order by version desc limit 1")
                .query((rs, i) -> Map.entry(rs.getInt(1), rs.getString(2))).optional();
        Taxonomy taxonomy = latest.map(e -> Taxonomy.fromJson(e.getValue())).orElseGet(Taxonomy::defaultHospitality);
        Map<String, SentimentLabel> phrases = new LinkedHashMap<>();
        jdbc.sql("select phrase, corrected from label_correction where phrase is not null order by id")
                .query((rs, i) -> phrases.put(rs.getString(1), SentimentLabel.valueOf(rs.getString(2).toUpperCase(Locale.ROOT))))
                .list();
        TextAnalyzer analyzer = TextAnalyzer.withDefaults().withTaxonomy(taxonomy)
                .withOverrides(SentimentOverrides.of(phrases));
        return new Current(latest.map(Map.Entry::getKey).orElse(0), analyzer);
    }

    @ApplicationModuleListener
    void on(FeedbackRecorded event) {
        analyse(List.of(event.feedbackId()));
    }

    @ApplicationModuleListener
    void on(FeedbackBatchRecorded event) {
        // In slices of a backfill batch, so one transaction never holds an unbounded intake call.
        List<Long> ids = event.feedbackIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            analyse(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
    }

    /** Analyses these feedback records (those with a comment) and stores the results, replacing earlier ones. */
    public int analyse(List<Long> feedbackIds) {
        Current c = analyzer();
        Map<Long, String> texts = new LinkedHashMap<>();
        jdbc.sql("select id, text from feedback where id = any(?::bigint[]) and text is not null and text <> ''")
                .param(feedbackIds.toArray(Long[]::new))
                .query((rs, i) -> texts.put(rs.getLong(1), rs.getString(2))).list();
        if (texts.isEmpty()) {
            return 0;
        }
        Map<Long, TextAnalysis> results = new LinkedHashMap<>();
        texts.forEach((id, text) -> results.put(id, c.analyzer().analyze(text)));
        tx.executeWithoutResult(s -> store(results, c.version()));
        return results.size();
    }

    /**
     * Replaces the stored analyses of these comments: three statements whatever the number of comments, mentions and
     * emotions (rows passed as arrays and unnested), so a batch of 500 comments costs a few round trips, not thousands.
     */
    private void store(Map<Long, TextAnalysis> results, int version) {
        Long[] ids = results.keySet().toArray(Long[]::new);
        jdbc.sql("delete from feedback_aspect where feedback_id = any(?::bigint[])").param(ids).update();
        jdbc.sql("delete from feedback_emotion where feedback_id = any(?::bigint[])").param(ids).update();
        Map<Long, Map<String, String>> corrections = corrections(ids);
        int n = ids.length;
        String[] language = new String[n];
        Boolean[] english = new Boolean[n];
        String[] label = new String[n];
        Double[] score = new Double[n];
        Boolean[] mixed = new Boolean[n];
        List<Object[]> aspects = new ArrayList<>();
        List<Object[]> emotions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = ids[i];
            TextAnalysis a = results.get(id);
            Map<String, String> fixed = corrections.getOrDefault(id, Map.of());
            language[i] = a.language();
            english[i] = a.english();
            label[i] = fixed.getOrDefault("text", code(a.sentiment().label()));
            score[i] = a.sentiment().score();
            mixed[i] = a.sentiment().mixed();
            for (AspectMention m : a.aspects()) {
                aspects.add(new Object[] {id, m.topic(), m.subtopic(), m.path(), m.term(), m.start(), m.end(),
                        m.clauseStart(), m.clauseEnd(), fixed.getOrDefault(m.path(), code(m.label())), m.score()});
            }
            for (DetectedEmotion d : a.emotions()) {
                emotions.add(new Object[] {id, d.emotion().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        d.cluster().displayName(), d.confidence(), json.writeValueAsString(d.evidence())});
            }
        }
        jdbc.sql("""
                insert into feedback_text (feedback_id, taxonomy_version, language, english, label, score, mixed,
                                           analysed_at)
                select u.id, ?, u.language, u.english, u.label, u.score, u.mixed, now()
                from unnest(?::bigint[], ?::text[], ?::boolean[], ?::text[], ?::float8[], ?::boolean[])
                     as u(id, language, english, label, score, mixed)
                on conflict (feedback_id) do update set taxonomy_version = excluded.taxonomy_version,
                  language = excluded.language, english = excluded.english, label = excluded.label,
                  score = excluded.score, mixed = excluded.mixed, analysed_at = excluded.analysed_at""")
                .params(version, ids, language, english, label, score, mixed).update();
        if (!emotions.isEmpty()) {
            jdbc.sql("""
                    insert into feedback_emotion (feedback_id, emotion, cluster, confidence, evidence)
                    select u.id, u.emotion, u.cluster, u.confidence, u.evidence::jsonb
                    from unnest(?::bigint[], ?::text[], ?::text[], ?::float8[], ?::text[])
                         as u(id, emotion, cluster, confidence, evidence)
                    on conflict do nothing""")
                    .params(column(emotions, 0, Long[]::new), column(emotions, 1, String[]::new),
                            column(emotions, 2, String[]::new), column(emotions, 3, Double[]::new),
                            column(emotions, 4, String[]::new))
                    .update();
        }
        if (!aspects.isEmpty()) {
            jdbc.sql("""
                    insert into feedback_aspect (feedback_id, topic, subtopic, path, term, start_pos, end_pos,
                                                 clause_start, clause_end, label, score)
                    select u.id, u.topic, u.subtopic, u.path, u.term, u.s, u.e, u.cs, u.ce, u.label, u.score
                    from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[],
                                ?::int[], ?::text[], ?::float8[])
                         with ordinality as u(id, topic, subtopic, path, term, s, e, cs, ce, label, score, n)
                    order by u.n""")
                    .params(column(aspects, 0, Long[]::new), column(aspects, 1, String[]::new),
                            column(aspects, 2, String[]::new), column(aspects, 3, String[]::new),
                            column(aspects, 4, String[]::new), column(aspects, 5, Integer[]::new),
                            column(aspects, 6, Integer[]::new), column(aspects, 7, Integer[]::new),
                            column(aspects, 8, Integer[]::new), column(aspects, 9, String[]::new),
                            column(aspects, 10, Double[]::new))
                    .update();
        }
    }

    /** Column k of rows, as an array for a {@code unnest} parameter. */
    private static <T> T[] column(List<Object[]> rows, int k, java.util.function.IntFunction<T[]> array) {
        T[] out = array.apply(rows.size());
        for (int i = 0; i < out.length; i++) {
            @SuppressWarnings("unchecked")
            T v = (T) rows.get(i)[k];
            out[i] = v;
        }
        return out;
    }

    private Map<Long, Map<String, String>> corrections(Long[] ids) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        jdbc.sql("select feedback_id, target, corrected from label_correction where feedback_id = any(?::bigint[]) order by id")
                .param(ids)
                .query((rs, i) -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)))
                .list();
        return out;
    }

    /**
     * Keeps a staff correction of the comment's label ({@code target} "text") or of one aspect's label (its path).
     * With a phrase, the analyser learns it: the phrase carries that label in every later analysis.
     */
    public void correct(long feedbackId, String target, String label, String phrase, String by) {
        String l = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        if (!List.of("negative", "neutral", "positive").contains(l)) {
            throw new InvalidInputException("label", "use negative, neutral or positive");
        }
        String t = target == null || target.isBlank() ? "text" : target.trim();
        String original;
        if (t.equals("text")) {
            original = jdbc.sql("select label from feedback_text where feedback_id = ?").param(feedbackId)
                    .query(String.class).optional()
                    .orElseThrow(() -> new InvalidInputException("feedbackId", "this comment has not been analysed"));
        }
        else {
            original = jdbc.sql("select label from feedback_aspect where feedback_id = ? and path = ? limit 1")
                    .params(feedbackId, t).query(String.class).optional()
                    .orElseThrow(() -> new InvalidInputException("target", "no aspect '" + t + "' in this comment"));
        }
        String p = phrase == null || phrase.isBlank() ? null : phrase.trim();
        if (p != null && p.length() > 200) {
            throw new InvalidInputException("phrase", "at most 200 characters");
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into label_correction (feedback_id, target, original, corrected, phrase, corrected_by)
                    values (?, ?, ?, ?, ?, ?)""").params(feedbackId, t, original, l, p, by).update();
            if (t.equals("text")) {
                jdbc.sql("update feedback_text set label = ? where feedback_id = ?").params(l, feedbackId).update();
            }
            else {
                jdbc.sql("update feedback_aspect set label = ? where feedback_id = ? and path = ?")
                        .params(l, feedbackId, t).update();
            }
        });
        if (p != null) {
            current.set(null);
        }
    }

    /** Saves a new taxonomy version and re-analyses the history in the background. */
    public Job changeTaxonomy(Taxonomy taxonomy, String by) {
        int version = taxonomyVersion() + 1;
        jdbc.sql("insert into text_taxonomy (version, definition, created_by) values (?, ?, ?)")
                .params(version, taxonomy.toJson(), by).update();
        current.set(null);
        return startBackfill("taxonomy version " + version + " by " + by);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        // Off only for benchmarks that load millions of comments by SQL and measure something else.
        if (backfillAtStart) {
            startBackfill("start-up");
        }
    }

    /** Starts (or joins) the background analysis of every comment not yet analysed with the current taxonomy. */
    public synchronized Job startBackfill(String reason) {
        Optional<Job> running = latestJob().filter(j -> j.status().equals("running"));
        int version = taxonomyVersion();
        long total = jdbc.sql("""
                select count(*) from feedback f left join feedback_text t on t.feedback_id = f.id
                where f.text is not null and f.text <> '' and (t.feedback_id is null or t.taxonomy_version < ?)""")
                .param(version).query(Long.class).single();
        if (running.isPresent() || total == 0) {
            return running.orElseGet(() -> latestJob().orElse(new Job(0, reason, "completed", 0, 0, "nothing to do")));
        }
        long id = jdbc.sql("insert into text_job (reason, status, total) values (?, 'running', ?) returning id")
                .params(reason, total).query(Long.class).single();
        worker.submit(() -> backfill(id, version));
        return job(id).orElseThrow();
    }

    private void backfill(long jobId, int version) {
        long started = System.nanoTime();
        long done = 0;
        long after = 0;
        try {
            while (true) {
                // Keyset pagination in id order: each batch continues where the last one stopped, so a history of
                // millions of comments is walked once instead of re-scanned from the start for every batch.
                List<Long> ids = jdbc.sql("""
                        select f.id from feedback f left join feedback_text t on t.feedback_id = f.id
                        where f.id > ? and f.text is not null and f.text <> ''
                          and (t.feedback_id is null or t.taxonomy_version < ?)
                        order by f.id limit ?""").params(after, version, BATCH).query(Long.class).list();
                if (ids.isEmpty()) {
                    break;
                }
                after = ids.get(ids.size() - 1);
                analyse(ids);
                done += ids.size();
                jdbc.sql("update text_job set done = ? where id = ?").params(done, jobId).update();
                if (taxonomyVersion() != version) {
                    break;
                }
            }
            jdbc.sql("update text_job set status = 'completed', finished_at = now() where id = ?").param(jobId).update();
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("Text analysis job {}: {} comments analysed in {} s ({} per second)", jobId, done,
                    String.format(Locale.ROOT, "%.1f", seconds), Math.round(done / Math.max(seconds, 1e-3)));
        }
        catch (RuntimeException ex) {
            log.error("Text analysis job {} failed", jobId, ex);
            jdbc.sql("update text_job set status = 'failed', finished_at = now(), message = ? where id = ?")
                    .params(String.valueOf(ex.getMessage()), jobId).update();
        }
    }

    public Optional<Job> job(long id) {
        return jdbc.sql("select id, reason, status, total, done, message from text_job where id = ?").param(id)
                .query((rs, i) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6))).optional();
    }

    public Optional<Job> latestJob() {
        return jdbc.sql("select id, reason, status, total, done, message from text_job order by id desc limit 1")
                .query((rs, i) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6))).optional();
    }

    private static String code(SentimentLabel l) {
        return l.name().toLowerCase(Locale.ROOT);
    }
}
