package io.touchpoint.text;

import io.touchpoint.text.aspect.AspectSentiment;
import io.touchpoint.text.aspect.TermMatcher;
import io.touchpoint.text.emotion.EmotionDetector;
import io.touchpoint.text.lang.LanguageDetector;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.sentiment.OpinionUnit;
import io.touchpoint.text.sentiment.SentenceContext;
import io.touchpoint.text.sentiment.SentenceScore;
import io.touchpoint.text.sentiment.SentimentAggregator;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PreparedText;
import io.touchpoint.text.token.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text analytics pipeline: language, sentiment per text and sentence, topic mentions with their own clause
 * sentiment, and Shaw's emotions with evidence.
 *
 * <p>Immutable and thread-safe: build one and share it. Deterministic: the same text always gives the same
 * analysis. Nothing is downloaded: lexicons and the emotion model ship in the jar.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.withDefaults();
 * TextAnalysis a = analyzer.analyze("Lovely staff, but the room could have been cleaner.");
 * a.sentiment().label();     // the text
 * a.aspects();               // Staff > Friendliness: positive; Room > Cleanliness: negative
 * }</pre>
 */
public final class TextAnalyzer {

    /**
     * Sentence and text scores within (-0.14, 0.14) are neutral: a single mild opinion word ("decent", 1.2 on
     * VADER's scale) is enough to leave neutral. Chosen on SemEval-2014 restaurant sentences, checked on the
     * held-out SemEval-2015 files (docs/quality.md, ADR 0101).
     */
    public static final double NEUTRAL_THRESHOLD = 0.14;

    /** Weight of the GoEmotions polarity model next to the lexicon sum of a sentence (ADR 0101). */
    public static final double POLARITY_WEIGHT = 1.0;

    /**
     * Share of the text's clear sentiment that a sentence without clear evidence of its own leans by, staying neutral
     * ({@link SentenceContext}). Chosen by 2-class accuracy in 5-fold cross-validation over the reviews of the
     * SemEval-2015 training file (four folds chose 0.4, one 0.3); labels, and so macro-F1, do not depend on it
     * (docs/quality.md, ADR 0101).
     */
    public static final double CONTEXT_WEIGHT = 0.4;

    private final Taxonomy taxonomy;
    private final SentimentOverrides overrides;
    private final TermMatcher terms;
    private final SentimentScorer scorer;
    private final SentimentAggregator aggregator;
    private final AspectSentiment aspectSentiment;
    private final EmotionDetector emotions;
    private final LanguageDetector languages;
    private final LinearModel models;
    private final PolarityModel polarity;
    private final PolarityModel direction;
    private final SentenceContext context;

    private TextAnalyzer(Taxonomy taxonomy, SentimentOverrides overrides, EmotionDetector emotions) {
        this(taxonomy, overrides, emotions, Models.combined(emotions),
                new SentenceContext(CONTEXT_WEIGHT, NEUTRAL_THRESHOLD));
    }

    /**
     * Polarity, emotion and review-direction heads in one model, so each sentence's features are looked up once.
     */
    private static final class Models {
        static LinearModel combined(EmotionDetector emotions) {
            LinearModel p = LinearModel.resource(PolarityModel.RESOURCE);
            LinearModel e = emotions.model();
            if (p == null || (e != null && e.headNames().contains("positive"))) {
                return e;
            }
            LinearModel m = e == null ? p : p.concat(e);
            LinearModel r = LinearModel.resource(PolarityModel.REVIEW_RESOURCE);
            return r == null ? m : m.concat(r);
        }
    }

    private TextAnalyzer(Taxonomy taxonomy, SentimentOverrides overrides, EmotionDetector emotions,
            LinearModel models, SentenceContext context) {
        this.taxonomy = taxonomy;
        this.overrides = overrides;
        this.terms = new TermMatcher(taxonomy);
        Map<String, Float> user = new HashMap<>();
        overrides.valences().forEach((k, v) -> user.put(k, v.floatValue()));
        this.scorer = new SentimentScorer(SentimentLexicon.defaults().withOverrides(user));
        this.aggregator = new SentimentAggregator(NEUTRAL_THRESHOLD);
        this.aspectSentiment = new AspectSentiment(aggregator);
        this.models = models;
        this.polarity = models != null && models.headNames().contains("positive") ? new PolarityModel(models) : null;
        this.direction = polarity != null && models.headNames().contains(PolarityModel.REVIEW_POSITIVE)
                ? new PolarityModel(models, PolarityModel.REVIEW_POSITIVE, PolarityModel.REVIEW_NEGATIVE) : null;
        this.emotions = models == null ? emotions : emotions.withModel(models);
        this.languages = LanguageDetector.defaults();
        this.context = context;
    }

    /** The built-in hospitality taxonomy, shipped lexicons and emotion model, no overrides. */
    public static TextAnalyzer withDefaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final TextAnalyzer INSTANCE = new TextAnalyzer(Taxonomy.defaultHospitality(),
                SentimentOverrides.none(), EmotionDetector.defaults());
    }

    /** The shipped lexicons and models with the given taxonomy: {@code withDefaults().withTaxonomy(taxonomy)}. */
    public static TextAnalyzer of(Taxonomy taxonomy) {
        return withDefaults().withTaxonomy(taxonomy);
    }

    /** The same analyzer with another taxonomy (e.g. the user-edited one stored by the app). */
    public TextAnalyzer withTaxonomy(Taxonomy taxonomy) {
        return new TextAnalyzer(taxonomy, overrides, emotions, models, context);
    }

    /** The same analyzer with staff corrections applied (they replace any overrides given before). */
    public TextAnalyzer withOverrides(SentimentOverrides overrides) {
        return new TextAnalyzer(taxonomy, overrides, emotions, models, context);
    }

    /**
     * The same analyzer with another share of the text's sentiment for sentences without clear evidence of their
     * own, in [0, 1] (0 scores every sentence by its own evidence alone).
     */
    public TextAnalyzer withContextWeight(double weight) {
        return new TextAnalyzer(taxonomy, overrides, emotions, models, context.withWeight(weight));
    }

    /**
     * The same analyzer with or without the implicit-complaint rule of reading in context ({@link SentenceContext}):
     * on by default; off, weak sentences only lean (used to study the rule).
     */
    public TextAnalyzer withImplicitComplaints(boolean on) {
        return new TextAnalyzer(taxonomy, overrides, emotions, models, context.withImplicitComplaints(on));
    }

    /** The same analyzer with another emotion detector (used by training and evaluation). */
    public TextAnalyzer withEmotionDetector(EmotionDetector detector) {
        return new TextAnalyzer(taxonomy, overrides, detector, Models.combined(detector), context);
    }

    public double contextWeight() {
        return context.weight();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public SentimentOverrides overrides() {
        return overrides;
    }

    /** A topic suggester for this analyzer's taxonomy. */
    public TopicSuggester topicSuggester() {
        return new TopicSuggester(this);
    }

    TermMatcher termMatcher() {
        return terms;
    }

    SentimentLexicon lexicon() {
        return scorer.lexicon();
    }

    /**
     * The text as a reader should see it: HTML tags blanked, character references decoded, same length, so every
     * span of an analysis of {@code text} is a span of the result ({@link io.touchpoint.text.token.Markup}).
     */
    public static String readable(String text) {
        return text == null ? "" : io.touchpoint.text.token.Markup.blank(text);
    }

    /** Analyses one text. A null text is treated as empty. */
    public TextAnalysis analyze(String text) {
        return analyze(PreparedText.of(text == null ? "" : text));
    }

    /**
     * Analyses sentences the caller has already split (e.g. a review stored sentence by sentence) as one text, joined
     * with spaces. Each given sentence stays one sentence: {@code sentences().get(i)} of the result is the sentiment
     * of {@code sentences.get(i)}, read in the context of the others, with offsets into the joined text. Null
     * sentences are read as empty.
     */
    public TextAnalysis analyzeSentences(List<String> sentences) {
        List<String> s = new ArrayList<>(sentences.size());
        for (String x : sentences) {
            s.add(x == null ? "" : x);
        }
        return analyze(PreparedText.ofSentences(s));
    }

    private TextAnalysis analyze(PreparedText p) {
        String t = p.text;
        LanguageDetector.Guess guess = language(p);
        boolean english = guess.code().equals("en");
        if (!reads(guess.code())) {
            return notAnalysed(p, guess.code());
        }

        List<TermMatcher.TermMatch> matches = terms.match(p.stems);
        boolean[] amenity = amenities(p, matches);
        List<SentenceScore> scores = new ArrayList<>(p.sentences.size());
        List<SentenceSentiment> sentences = new ArrayList<>(p.sentences.size());
        double[][] logits = new double[p.sentences.size()][];
        for (int si = 0; si < p.sentences.size(); si++) {
            int[] s = p.sentences.get(si);
            SentenceScore score = scorer.score(p.tokens, p.keys, s[0], s[1], p.shouting, amenity);
            // someone else's praise, irony or hopes: the polarity heads read the sentence without those words
            boolean[] notTheGuests = score.notTheGuestsMask(p.tokens.size());
            double[] forPolarity = null;
            if (models != null) {
                logits[si] = new double[models.heads()];
                forPolarity = logits[si];
                if (notTheGuests != null) {
                    forPolarity = new double[models.heads()];
                    models.logits(p, s[0], s[1], logits[si], forPolarity, notTheGuests);
                } else {
                    models.logits(p, s[0], s[1], logits[si]);
                }
            }
            if (polarity != null && s[0] < s[1]) { // a blank sentence given by the caller has no sentiment
                SentenceScore rules = score;
                score = rules.withModel(polarity.polarity(forPolarity), POLARITY_WEIGHT);
                if (direction != null && Math.abs(score.compound()) < NEUTRAL_THRESHOLD) {
                    // no clear evidence: the model that has read review sentences says which way it leans
                    double leaning = rules.withModel(direction.polarity(forPolarity), POLARITY_WEIGHT).compound();
                    score = score.leaning(leaning, NEUTRAL_THRESHOLD);
                }
            }
            scores.add(score);
        }
        // The text's own score and the aspects read the sentences as scored alone; only the per-sentence labels
        // take their context, so the text's sentiment is not counted twice.
        boolean[] namesAspect = new boolean[p.sentences.size()];
        for (TermMatcher.TermMatch m : matches) {
            for (int si = 0; si < p.sentences.size(); si++) {
                if (m.start() >= p.sentences.get(si)[0] && m.start() < p.sentences.get(si)[1]) {
                    namesAspect[si] = true;
                }
            }
        }
        double[] inContext = context.scores(scores, namesAspect);
        for (int si = 0; si < p.sentences.size(); si++) {
            double c = p.sentences.get(si)[0] < p.sentences.get(si)[1] ? inContext[si] : 0.0;
            sentences.add(new SentenceSentiment(p.sentenceStart(si), p.sentenceEnd(si), aggregator.label(c), c));
        }
        Sentiment sentiment = aggregator.combine(scores);
        List<AspectMention> aspects = aspectSentiment.mentions(p.tokens, p.keys, p.sentences, scores, matches);
        aspects = implicitComplaints(aspects, scores, sentences, inContext);
        List<DetectedEmotion> found = models == null ? emotions.detect(p) : emotions.detect(p, logits);
        return new TextAnalysis(t, guess.code(), english, sentiment, sentences, aspects, found);
    }

    /**
     * The opinion words and phrases of a text, in text order, as {@link #analyze} weighs them (with this analyzer's
     * overrides): the evidence behind its sentiment. Empty for a text not in English.
     */
    public List<OpinionWord> opinionWords(String text) {
        PreparedText p = PreparedText.of(text == null ? "" : text);
        if (!readsLanguageOf(p)) {
            return List.of();
        }
        boolean[] amenity = amenities(p, terms.match(p.stems));
        List<OpinionWord> out = new ArrayList<>();
        for (int[] s : p.sentences) {
            for (OpinionUnit u : scorer.score(p.tokens, p.keys, s[0], s[1], p.shouting, amenity).units()) {
                int start = p.tokens.get(u.start()).start;
                int end = p.tokens.get(u.end() - 1).end;
                out.add(new OpinionWord(p.readable(start, end), start, end, u.value(), u.negated()));
            }
        }
        return out;
    }

    /** True if the text is one this analyzer reads: English, or without words (emoji only). */
    boolean readsLanguageOf(PreparedText p) {
        return reads(language(p).code());
    }

    private static boolean reads(String languageCode) {
        return languageCode.equals("en") || languageCode.equals(LanguageDetector.NO_LANGUAGE);
    }

    /** The text's language, from its letters, function words and how many of its first words are opinion words. */
    private LanguageDetector.Guess language(PreparedText p) {
        int opinionWords = 0;
        int limit = Math.min(p.tokens.size(), 120); // enough to tell a short English text from a foreign one
        for (int i = 0; i < limit; i++) {
            Token tok = p.tokens.get(i);
            if (tok.kind == Token.Kind.WORD && scorer.lexicon().isOpinionWord(tok.norm)) {
                opinionWords++;
            }
        }
        return languages.detect(p.plain, p.tokens, opinionWords);
    }

    /** Per token: inside a topic term (the scorer reads amenity words, "hot water", differently). */
    private static boolean[] amenities(PreparedText p, List<TermMatcher.TermMatch> matches) {
        boolean[] amenity = new boolean[p.tokens.size()];
        for (TermMatcher.TermMatch m : matches) {
            for (int i = m.start(); i < m.end(); i++) {
                amenity[i] = true;
            }
        }
        return amenity;
    }

    /**
     * A neutral mention in a sentence the context read as an implicit complaint ({@link SentenceContext}) is that
     * complaint's aspect: it takes the sentence's label and score.
     */
    private static List<AspectMention> implicitComplaints(List<AspectMention> aspects, List<SentenceScore> alone,
            List<SentenceSentiment> sentences, double[] inContext) {
        List<AspectMention> out = null;
        for (int i = 0; i < aspects.size(); i++) {
            AspectMention a = aspects.get(i);
            if (a.label() != SentimentLabel.NEUTRAL) {
                continue;
            }
            for (int si = 0; si < sentences.size(); si++) {
                SentenceSentiment s = sentences.get(si);
                boolean moved = Math.abs(alone.get(si).compound()) < NEUTRAL_THRESHOLD
                        && s.label() == SentimentLabel.NEGATIVE;
                if (moved && a.start() >= s.start() && a.start() < s.end()) {
                    if (out == null) {
                        out = new ArrayList<>(aspects);
                    }
                    out.set(i, new AspectMention(a.topic(), a.subtopic(), a.path(), a.term(), a.start(), a.end(),
                            a.clauseStart(), a.clauseEnd(), SentimentLabel.NEGATIVE, inContext[si]));
                    break;
                }
            }
        }
        return out == null ? aspects : out;
    }

    private static TextAnalysis notAnalysed(PreparedText p, String language) {
        List<SentenceSentiment> sentences = new ArrayList<>(p.sentences.size());
        for (int si = 0; si < p.sentences.size(); si++) {
            sentences.add(new SentenceSentiment(p.sentenceStart(si), p.sentenceEnd(si), SentimentLabel.NEUTRAL, 0.0));
        }
        return new TextAnalysis(p.text, language, false, new Sentiment(SentimentLabel.NEUTRAL, 0.0, false),
                sentences, List.of(), List.of());
    }
}
