package io.touchpoint.text.eval;

import io.touchpoint.text.AspectMention;
import io.touchpoint.text.DetectedEmotion;
import io.touchpoint.text.EmotionCluster;
import io.touchpoint.text.SentenceSentiment;
import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.ShawEmotion;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the engine against labelled data: sentence sentiment, SemEval aspect categories, GoEmotions clusters.
 */
public final class Evaluator {

    public static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private final TextAnalyzer analyzer;

    public Evaluator(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A text with its gold label. */
    public record Labelled(String text, SentimentLabel label) {
    }

    /**
     * Sentiment figures.
     *
     * @param threeClass negative/neutral/positive confusion and derived figures
     * @param twoClassAccuracy accuracy on gold positive and negative texts only, predictions forced to the sign of
     *     the score (a score of exactly 0 counts as positive)
     * @param twoClassN number of texts in the 2-class figure
     */
    /**
     * Sentiment figures.
     *
     * @param otherLanguage texts the engine did not analyse because they are not in English (they count as neutral
     *     predictions); 0 when the texts were read in their review
     */
    public record SentimentReport(LabelMetrics threeClass, double twoClassAccuracy, long twoClassN, long otherLanguage) {

        public SentimentReport(LabelMetrics threeClass, double twoClassAccuracy, long twoClassN) {
            this(threeClass, twoClassAccuracy, twoClassN, 0);
        }

        SentimentReport withOtherLanguage(long n) {
            return new SentimentReport(threeClass, twoClassAccuracy, twoClassN, n);
        }
    }

    /**
     * One scored text or sentence.
     *
     * @param group the review it was read in (cross-validation folds are drawn by review); for a text scored alone,
     *     its own position in the input
     */
    public record Prediction(String group, SentimentLabel gold, SentimentLabel predicted, double score) {
    }

    /** Each text analysed alone and scored by the sentiment of the whole text. */
    public SentimentReport sentiment(List<Labelled> data) {
        List<Prediction> out = new ArrayList<>(data.size());
        long other = predict(data, out);
        return report(out).withOtherLanguage(other);
    }

    public List<Prediction> predictions(List<Labelled> data) {
        List<Prediction> out = new ArrayList<>(data.size());
        predict(data, out);
        return out;
    }

    /** Adds one prediction per text to {@code out}; returns how many texts were not analysed (another language). */
    private long predict(List<Labelled> data, List<Prediction> out) {
        long other = 0;
        for (int i = 0; i < data.size(); i++) {
            Labelled l = data.get(i);
            TextAnalysis a = analyzer.analyze(l.text());
            if (!a.english() && !a.language().equals("zxx")) {
                other++;
            }
            out.add(new Prediction("#" + i, l.label(), a.sentiment().label(), a.sentiment().score()));
        }
        return other;
    }

    /**
     * Sentence figures with each sentence read as the product reads it: the sentences of a review are analysed as one
     * text ({@link TextAnalyzer#analyzeSentences}, so the gold sentence boundaries are kept) and each labelled
     * sentence is scored by its own sentence of the result. Sentences that belong to no review (the 2014 format)
     * are analysed alone, as by {@link #sentiment(List)}.
     */
    public SentimentReport sentimentInReviews(List<SemEvalReader.Sentence> sentences) {
        return report(predictionsInReviews(sentences));
    }

    public List<Prediction> predictionsInReviews(List<SemEvalReader.Sentence> sentences) {
        Map<String, List<SemEvalReader.Sentence>> reviews = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            SemEvalReader.Sentence s = sentences.get(i);
            String review = s.reviewId() == null ? "#" + i : s.reviewId();
            reviews.computeIfAbsent(review, k -> new ArrayList<>()).add(s);
        }
        List<Prediction> out = new ArrayList<>();
        for (Map.Entry<String, List<SemEvalReader.Sentence>> r : reviews.entrySet()) {
            List<SemEvalReader.Sentence> review = r.getValue();
            if (review.get(0).reviewId() == null) {
                SemEvalReader.Sentence s = review.get(0);
                if (s.label() != null) {
                    TextAnalysis a = analyzer.analyze(s.text());
                    out.add(new Prediction(r.getKey(), s.label(), a.sentiment().label(), a.sentiment().score()));
                }
                continue;
            }
            // Every sentence of the review is part of the text, also those without a label (out of scope).
            List<String> texts = new ArrayList<>(review.size());
            for (SemEvalReader.Sentence s : review) {
                texts.add(s.text());
            }
            TextAnalysis a = analyzer.analyzeSentences(texts);
            for (int i = 0; i < review.size(); i++) {
                SemEvalReader.Sentence s = review.get(i);
                if (s.label() != null) {
                    SentenceSentiment ss = a.sentences().get(i);
                    out.add(new Prediction(r.getKey(), s.label(), ss.label(), ss.score()));
                }
            }
        }
        return out;
    }

    /** Figures over predictions; the 2-class accuracy forces each prediction to the sign of its score. */
    public static SentimentReport report(List<Prediction> predictions) {
        LabelMetrics m = new LabelMetrics(LABELS);
        long n2 = 0;
        long correct2 = 0;
        for (Prediction p : predictions) {
            m.add(p.gold().wireName(), p.predicted().wireName());
            if (p.gold() != SentimentLabel.NEUTRAL) {
                n2++;
                SentimentLabel forced = p.score() < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
                if (forced == p.gold()) {
                    correct2++;
                }
            }
        }
        return new SentimentReport(m, n2 == 0 ? 0 : (double) correct2 / n2, n2);
    }

    /** Sentences of a SemEval file that carry a label under the README rule. */
    public static List<Labelled> labelled(List<SemEvalReader.Sentence> sentences) {
        List<Labelled> out = new ArrayList<>();
        for (SemEvalReader.Sentence s : sentences) {
            if (s.label() != null) {
                out.add(new Labelled(s.text(), s.label()));
            }
        }
        return out;
    }

    /**
     * SemEval aspect-category figures with the official measures: detection precision/recall/F1 over unique
     * (sentence, category) pairs (Slot 1), and polarity accuracy over gold (sentence, category, polarity) opinions
     * given the gold categories (Slot 3 / phase B). Neutral and conflict gold polarities count as they are.
     */
    public record AspectReport(double precision, double recall, double f1, long gold, long predicted,
            double polarityAccuracy, long polarityN, Map<String, double[]> perCategory) {
    }

    /** Aspect figures with each sentence analysed alone (all figures before 2026-11-27 were measured so). */
    public AspectReport aspects(List<SemEvalReader.Sentence> sentences) {
        List<TextAnalysis> views = new ArrayList<>(sentences.size());
        List<Double> fallback = new ArrayList<>(sentences.size());
        for (SemEvalReader.Sentence s : sentences) {
            TextAnalysis a = analyzer.analyze(s.text());
            views.add(a);
            fallback.add(a.sentiment().score());
        }
        return aspects(sentences, views, fallback);
    }

    /**
     * Aspect figures with each sentence read as the product reads it, in its review (as
     * {@link #sentimentInReviews}): the review is analysed as one text, each sentence's mentions are those that start
     * inside it, and a gold opinion whose category no mention gives takes the sentence's own score. Sentences of
     * the 2014 format (no reviews) are analysed alone.
     */
    public AspectReport aspectsInReviews(List<SemEvalReader.Sentence> sentences) {
        Map<String, List<Integer>> reviews = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            String r = sentences.get(i).reviewId();
            reviews.computeIfAbsent(r == null ? "#" + i : r, k -> new ArrayList<>()).add(i);
        }
        TextAnalysis[] views = new TextAnalysis[sentences.size()];
        Double[] fallback = new Double[sentences.size()];
        for (List<Integer> review : reviews.values()) {
            if (sentences.get(review.get(0)).reviewId() == null) {
                int i = review.get(0);
                views[i] = analyzer.analyze(sentences.get(i).text());
                fallback[i] = views[i].sentiment().score();
                continue;
            }
            TextAnalysis a = analyzer.analyzeSentences(review.stream().map(i -> sentences.get(i).text()).toList());
            for (int k = 0; k < review.size(); k++) {
                SentenceSentiment ss = a.sentences().get(k);
                List<AspectMention> own = a.aspects().stream()
                        .filter(m -> m.start() >= ss.start() && m.start() < ss.end()).toList();
                views[review.get(k)] = new TextAnalysis(a.text(), a.language(), a.english(), a.sentiment(),
                        List.of(ss), own, List.of());
                fallback[review.get(k)] = ss.score();
            }
        }
        return aspects(sentences, Arrays.asList(views), Arrays.asList(fallback));
    }

    private AspectReport aspects(List<SemEvalReader.Sentence> sentences, List<TextAnalysis> views,
            List<Double> fallbackScores) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long polarityCorrect = 0;
        long polarityN = 0;
        Map<String, long[]> perCategory = new LinkedHashMap<>();
        boolean hotels = sentences.stream().flatMap(s -> s.opinions().stream())
                .anyMatch(o -> SemEvalCategories.hotelCategory(o.category()));
        for (int si = 0; si < sentences.size(); si++) {
            SemEvalReader.Sentence s = sentences.get(si);
            TextAnalysis a = views.get(si);
            Map<String, List<Double>> predictedScores = new LinkedHashMap<>();
            for (AspectMention m : a.aspects()) {
                String cat = !s.format2015() ? SemEvalCategories.category2014(m)
                        : hotels ? SemEvalCategories.categoryHotels(m, a) : SemEvalCategories.category2015(m, a);
                if (cat != null) {
                    predictedScores.computeIfAbsent(cat, k -> new ArrayList<>()).add(m.score());
                }
            }
            Set<String> predicted = new LinkedHashSet<>(predictedScores.keySet());
            if (!s.format2015() && predicted.isEmpty()) {
                predicted.add("anecdotes/miscellaneous"); // every 2014 sentence has at least one category
            }
            Set<String> gold = new LinkedHashSet<>();
            for (SemEvalReader.Opinion o : s.opinions()) {
                gold.add(o.category());
            }
            for (String c : predicted) {
                long[] pc = perCategory.computeIfAbsent(c, k -> new long[3]);
                if (gold.contains(c)) {
                    tp++;
                    pc[0]++;
                } else {
                    fp++;
                    pc[1]++;
                }
            }
            for (String c : gold) {
                if (!predicted.contains(c)) {
                    fn++;
                    perCategory.computeIfAbsent(c, k -> new long[3])[2]++;
                }
            }
            // Polarity of each gold opinion: the mentions of its category, else the sentence.
            for (SemEvalReader.Opinion o : s.opinions()) {
                List<Double> scores = predictedScores.get(o.category());
                double score;
                if (scores == null) {
                    score = fallbackScores.get(si);
                } else {
                    score = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                }
                String pred = score >= TextAnalyzer.NEUTRAL_THRESHOLD ? "positive"
                        : score <= -TextAnalyzer.NEUTRAL_THRESHOLD ? "negative" : "neutral";
                polarityN++;
                if (pred.equals(o.polarity())) {
                    polarityCorrect++;
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Map<String, double[]> cats = new LinkedHashMap<>();
        perCategory.forEach((k, v) -> {
            double cp = v[0] + v[1] == 0 ? 0 : (double) v[0] / (v[0] + v[1]);
            double cr = v[0] + v[2] == 0 ? 0 : (double) v[0] / (v[0] + v[2]);
            double cf = cp + cr == 0 ? 0 : 2 * cp * cr / (cp + cr);
            cats.put(k, new double[] {cp, cr, cf, v[0] + v[2]});
        });
        return new AspectReport(p, r, f, tp + fn, tp + fp, polarityN == 0 ? 0 : (double) polarityCorrect / polarityN,
                polarityN, cats);
    }

    /**
     * Emotion figures on GoEmotions mapped to Shaw: per-cluster binary F1 (a cluster is predicted when any of its
     * emotions is detected), per trained emotion F1, and the micro-averaged cluster F1.
     */
    public record EmotionReport(long n, Map<EmotionCluster, double[]> perCluster, Map<ShawEmotion, double[]> perEmotion,
            double clusterMicroF1, double clusterMacroF1) {
    }

    public EmotionReport emotions(List<GoEmotions.Example> data) {
        Map<EmotionCluster, long[]> cl = new EnumMap<>(EmotionCluster.class);
        Map<ShawEmotion, long[]> em = new EnumMap<>(ShawEmotion.class);
        for (EmotionCluster c : EmotionCluster.values()) {
            cl.put(c, new long[3]);
        }
        for (ShawEmotion e : GoEmotions.TRAINED_SOURCES.keySet()) {
            em.put(e, new long[3]);
        }
        for (GoEmotions.Example ex : data) {
            TextAnalysis a = analyzer.analyze(ex.text());
            Set<ShawEmotion> predicted = EnumSet.noneOf(ShawEmotion.class);
            Set<EmotionCluster> predictedClusters = EnumSet.noneOf(EmotionCluster.class);
            for (DetectedEmotion d : a.emotions()) {
                predicted.add(d.emotion());
                predictedClusters.add(d.cluster());
            }
            count(cl, ex.clusters(), predictedClusters);
            Set<ShawEmotion> trainedPredicted = EnumSet.noneOf(ShawEmotion.class);
            for (ShawEmotion e : predicted) {
                if (em.containsKey(e)) {
                    trainedPredicted.add(e);
                }
            }
            count(em, ex.shaw(), trainedPredicted);
        }
        Map<EmotionCluster, double[]> perCluster = new EnumMap<>(EmotionCluster.class);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double macro = 0;
        for (Map.Entry<EmotionCluster, long[]> e : cl.entrySet()) {
            long[] v = e.getValue();
            perCluster.put(e.getKey(), prf(v));
            macro += prf(v)[2];
            tp += v[0];
            fp += v[1];
            fn += v[2];
        }
        Map<ShawEmotion, double[]> perEmotion = new EnumMap<>(ShawEmotion.class);
        em.forEach((k, v) -> perEmotion.put(k, prf(v)));
        double micro = prf(new long[] {tp, fp, fn})[2];
        return new EmotionReport(data.size(), perCluster, perEmotion, micro, macro / cl.size());
    }

    private static <K> void count(Map<K, long[]> counts, Set<K> gold, Set<K> predicted) {
        for (Map.Entry<K, long[]> e : counts.entrySet()) {
            boolean g = gold.contains(e.getKey());
            boolean p = predicted.contains(e.getKey());
            if (g && p) {
                e.getValue()[0]++;
            } else if (p) {
                e.getValue()[1]++;
            } else if (g) {
                e.getValue()[2]++;
            }
        }
    }

    /** precision, recall, F1, support. */
    private static double[] prf(long[] v) {
        double p = v[0] + v[1] == 0 ? 0 : (double) v[0] / (v[0] + v[1]);
        double r = v[0] + v[2] == 0 ? 0 : (double) v[0] / (v[0] + v[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f, v[0] + v[2]};
    }
}
