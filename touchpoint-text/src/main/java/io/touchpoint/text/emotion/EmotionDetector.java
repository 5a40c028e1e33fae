package io.touchpoint.text.emotion;

import io.touchpoint.text.DetectedEmotion;
import io.touchpoint.text.Evidence;
import io.touchpoint.text.ShawEmotion;
import io.touchpoint.text.aspect.TermMatcher;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.TextFeatures;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.PreparedText;
import io.touchpoint.text.token.Stopwords;
import io.touchpoint.text.token.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds Shaw's emotions: cue phrases written for customer feedback, and a model trained on GoEmotions for the
 * emotions it can teach. Each emotion found carries the words that gave it away. Immutable and thread-safe.
 */
public final class EmotionDetector {

    private static final String CUES = "/io/touchpoint/text/emotion/cues.tsv";
    /** Confidence given to an explicit cue phrase when the model is less sure. */
    static final double CUE_CONFIDENCE = 0.75;
    private static final int MAX_MODEL_EVIDENCE = 3;
    /** Smallest feature contribution shown as evidence. */
    private static final float EVIDENCE_MIN = 0.25f;

    private final LinearModel model;
    /** Shaw emotion of each model head. */
    private final ShawEmotion[] headEmotion;
    /** Model head of each Shaw emotion (by ordinal), -1 if none. */
    private final int[] emotionHead;
    private final PhraseTrie<List<ShawEmotion>> cues;
    /** The combined model's polarity heads, -1 when the model has none. */
    private final int positiveHead;
    private final int negativeHead;

    /** A detector with the given model (null: cue phrases only). */
    public EmotionDetector(LinearModel model) {
        this(model, loadCues());
    }

    private EmotionDetector(LinearModel model, PhraseTrie<List<ShawEmotion>> cues) {
        this.model = model;
        this.cues = cues;
        this.emotionHead = new int[ShawEmotion.values().length];
        java.util.Arrays.fill(emotionHead, -1);
        this.headEmotion = new ShawEmotion[model == null ? 0 : model.heads()];
        int pos = -1;
        int neg = -1;
        for (int h = 0; h < headEmotion.length; h++) {
            pos = "positive".equals(model.head(h)) ? h : pos;
            neg = "negative".equals(model.head(h)) ? h : neg;
            // A combined model also has other heads ("positive", "negative"): they are not emotions.
            try {
                headEmotion[h] = ShawEmotion.parse(model.head(h));
                emotionHead[headEmotion[h].ordinal()] = h;
            } catch (IllegalArgumentException notAnEmotion) {
                headEmotion[h] = null;
            }
        }
        this.positiveHead = pos;
        this.negativeHead = neg;
    }

    /**
     * A model-detected emotion must agree with the polarity the same model reads in its sentence: no Destroying
     * emotion where the sentence reads positive ("The staff made us feel so welcome" fired "unhappy" on "feel"), no
     * Advocacy emotion where it reads negative. Cue phrases are not gated: they are the guest's own words.
     */
    private boolean agreesWithPolarity(ShawEmotion e, double[] z) {
        if (positiveHead < 0 || negativeHead < 0 || z == null) {
            return true;
        }
        double pos = z[positiveHead];
        double neg = z[negativeHead];
        return switch (e.cluster()) {
            case DESTROYING -> neg >= pos;
            case ADVOCACY -> pos >= neg;
            default -> true;
        };
    }

    private static final class Holder {
        static final EmotionDetector DEFAULT = new EmotionDetector(LinearModel.resource(EmotionTrainer.RESOURCE));
    }

    /** Cue phrases and the shipped GoEmotions model. */
    public static EmotionDetector defaults() {
        return Holder.DEFAULT;
    }

    public EmotionDetector withModel(LinearModel m) {
        return new EmotionDetector(m, cues);
    }

    public LinearModel model() {
        return model;
    }

    private static PhraseTrie<List<ShawEmotion>> loadCues() {
        PhraseTrie<List<ShawEmotion>> trie = new PhraseTrie<>();
        InputStream in = EmotionDetector.class.getResourceAsStream(CUES);
        if (in == null) {
            throw new IllegalStateException("missing " + CUES);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                ShawEmotion e = ShawEmotion.parse(parts[0]);
                List<String> keys = TermMatcher.keysOf(parts[1]);
                if (keys.isEmpty()) {
                    continue;
                }
                List<ShawEmotion> old = trie.get(keys);
                List<ShawEmotion> merged = old == null ? new ArrayList<>() : new ArrayList<>(old);
                if (!merged.contains(e)) {
                    merged.add(e);
                }
                trie.put(keys, List.copyOf(merged));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return trie;
    }

    /**
     * Per-head model probabilities of a text (best sentence), set to 0 where the best sentence has no word that could
     * serve as evidence (so the emotion could not be reported): what threshold tuning must see.
     */
    public double[] modelProbabilities(PreparedText p) {
        double[] best = new double[model == null ? 0 : model.heads()];
        if (model == null) {
            return best;
        }
        int[] at = new int[best.length];
        double[][] z = new double[p.sentences.size()][];
        for (int si = 0; si < p.sentences.size(); si++) {
            int[] s = p.sentences.get(si);
            z[si] = new double[model.heads()];
            model.logits(p, s[0], s[1], z[si]);
            for (int h = 0; h < z[si].length; h++) {
                double q = LinearModel.sigmoid(z[si][h]);
                if (q > best[h]) {
                    best[h] = q;
                    at[h] = si;
                }
            }
        }
        for (int h = 0; h < best.length; h++) {
            if (headEmotion[h] == null || best[h] > 0 && (modelEvidence(p, p.sentences.get(at[h]), h).isEmpty()
                    || z.length > 0 && !agreesWithPolarity(headEmotion[h], z[at[h]]))) {
                best[h] = 0;
            }
        }
        return best;
    }

    /** Cue phrases found, per emotion, with negated cues left out. */
    public Map<ShawEmotion, List<Evidence>> cues(PreparedText p) {
        Map<ShawEmotion, List<Evidence>> found = new EnumMap<>(ShawEmotion.class);
        for (int[] s : p.sentences) {
            int i = s[0];
            while (i < s[1]) {
                PhraseTrie.Match<List<ShawEmotion>> m = cues.longestAt(p.stems, i, s[1], 1);
                if (m == null) {
                    i++;
                    continue;
                }
                if (!negated(p, s[0], m.start())) {
                    Token first = p.tokens.get(m.start());
                    Token last = p.tokens.get(m.end() - 1);
                    Evidence ev = new Evidence(p.readable(first.start, last.end), first.start, last.end);
                    for (ShawEmotion e : m.value()) {
                        found.computeIfAbsent(e, k -> new ArrayList<>()).add(ev);
                    }
                }
                i = m.end();
            }
        }
        return found;
    }

    private static boolean negated(PreparedText p, int sentenceStart, int at) {
        int words = 0;
        for (int j = at - 1; j >= sentenceStart && words < 3; j--) {
            Token t = p.tokens.get(j);
            if (SentimentScorer.clauseBreak(t)) {
                return false;
            }
            if (TextFeatures.NEGATORS.contains(p.keys[j])) {
                return true;
            }
            if (t.kind == Token.Kind.WORD) {
                words++;
            }
        }
        return false;
    }

    /** Emotions of a text, in Shaw's order. */
    public List<DetectedEmotion> detect(PreparedText p) {
        double[][] logits = new double[p.sentences.size()][];
        for (int si = 0; si < logits.length && model != null; si++) {
            int[] s = p.sentences.get(si);
            logits[si] = new double[model.heads()];
            model.logits(p, s[0], s[1], logits[si]);
        }
        return detect(p, logits);
    }

    /**
     * Emotions of a text whose per-sentence logits were already computed with this detector's model (the analyzer
     * computes them once for polarity and emotions together).
     */
    public List<DetectedEmotion> detect(PreparedText p, double[][] logits) {
        Map<ShawEmotion, List<Evidence>> cueHits = cues(p);
        double[] prob = new double[model == null ? 0 : model.heads()];
        int[] bestSentence = new int[prob.length];
        if (model != null) {
            for (int si = 0; si < logits.length; si++) {
                double[] z = logits[si];
                for (int h = 0; h < z.length; h++) {
                    if (headEmotion[h] == null) {
                        continue;
                    }
                    double q = LinearModel.sigmoid(z[h]);
                    if (q > prob[h]) {
                        prob[h] = q;
                        bestSentence[h] = si;
                    }
                }
            }
        }
        List<DetectedEmotion> out = new ArrayList<>();
        for (ShawEmotion e : ShawEmotion.values()) {
            int h = emotionHead[e.ordinal()];
            double q = h >= 0 ? prob[h] : 0.0;
            boolean byModel = h >= 0 && q >= model.threshold(h);
            List<Evidence> cue = cueHits.get(e);
            if (cue == null && !byModel) {
                continue;
            }
            List<Evidence> evidence;
            double confidence;
            if (cue != null) {
                evidence = cue;
                confidence = Math.max(CUE_CONFIDENCE, q);
            } else {
                if (!agreesWithPolarity(e, logits[bestSentence[h]])) {
                    continue;
                }
                evidence = modelEvidence(p, p.sentences.get(bestSentence[h]), h);
                confidence = q;
                if (evidence.isEmpty()) {
                    continue; // nothing in the text spoke for it: only the prior did
                }
            }
            out.add(new DetectedEmotion(e, e.cluster(), Math.min(1.0, confidence), evidence));
        }
        return out;
    }

    /** Question words and marks: evidence of curiosity (only) although they are function words. */
    private static final java.util.Set<String> QUESTIONS = java.util.Set.of("why", "how", "what", "?", "??", "???");

    /** True if tokens {@code [a, b)} include a word that is not a function word (or a question word or mark). */
    private static boolean content(PreparedText p, int a, int b, boolean questionsCount) {
        for (int t = a; t < b; t++) {
            Token tok = p.tokens.get(t);
            if ((tok.kind == Token.Kind.WORD && !Stopwords.contains(p.keys[t]) && tok.norm.length() > 1)
                    || tok.kind == Token.Kind.EMOJI || tok.kind == Token.Kind.EMOTICON
                    || questionsCount && QUESTIONS.contains(p.keys[t])) {
                return true;
            }
        }
        return false;
    }

    /** The words that pushed head h up the most in the sentence that fired it. */
    private List<Evidence> modelEvidence(PreparedText p, int[] s, int h) {
        List<float[]> contributions = new ArrayList<>();
        TextFeatures.extractIds(p, s[0], s[1], (id, a, b) -> {
            int r = model.row(id);
            if (r >= 0 && model.weight(r, h) > 0f) {
                contributions.add(new float[] {model.weight(r, h), a, b});
            }
        });
        contributions.sort(Comparator.comparingDouble((float[] c) -> -c[0]));
        List<Evidence> out = new ArrayList<>();
        for (float[] c : contributions) {
            // Always show the strongest word; more only if they mattered.
            if (out.size() >= MAX_MODEL_EVIDENCE || c[0] < (out.isEmpty() ? 0.1f : EVIDENCE_MIN)) {
                break;
            }
            int a = (int) c[1];
            int b = (int) c[2];
            Token first = p.tokens.get(a);
            Token last = p.tokens.get(b - 1);
            if (!content(p, a, b, headEmotion[h] == ShawEmotion.INTERESTED)) {
                continue; // "the", "you", "not" only carry the prior: no evidence
            }
            boolean overlaps = false;
            for (Evidence ev : out) {
                overlaps |= first.start < ev.end() && last.end > ev.start();
            }
            if (!overlaps) {
                out.add(new Evidence(p.readable(first.start, last.end), first.start, last.end));
            }
        }
        out.sort(Comparator.comparingInt(Evidence::start));
        return out;
    }
}
