package io.touchpoint.text.dev;

import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Chooses the context weight ({@link TextAnalyzer#CONTEXT_WEIGHT}) by cross-validation over reviews: the reviews of
 * a SemEval-2015 file are shuffled (seed 42) into 5 folds; in each fold the weight (0 to 1 in steps of 0.05) with the
 * best macro-F1 on the other four folds is chosen and the held-out fold is scored with it; the pooled held-out
 * predictions give the cross-validated figures. The same is done for a second parameter, a minimum context strength
 * (the rule applies only in reviews whose clear sentences have a mean score of at least that size, 0 to 0.7), to
 * see whether strongly opinionated reviews alone would carry it. Then prints the figures per weight on the whole
 * file, and with sentences analysed alone. Aggregate figures only.
 * Usage: ContextStudy TRAIN.xml (the 2015 training file; never the test file)
 */
public final class ContextStudy {

    private static final int FOLDS = 5;

    public static void main(String[] args) throws Exception {
        List<SemEvalReader.Sentence> sentences = SemEvalReader.read(Path.of(args[0]));
        TextAnalyzer base = TextAnalyzer.withDefaults();
        double[] weights = new double[21];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 0.05 * k;
        }
        List<List<Evaluator.Prediction>> byWeight = new ArrayList<>();
        for (double w : weights) {
            byWeight.add(new Evaluator(base.withContextWeight(w)).predictionsInReviews(sentences));
        }
        List<String> reviews = new ArrayList<>(new LinkedHashSet<>(
                byWeight.get(0).stream().map(Evaluator.Prediction::group).toList()));
        Collections.shuffle(reviews, new Random(42));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            fold.put(reviews.get(i), i % FOLDS);
        }
        List<Evaluator.Prediction> pooled = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            double bestF = -1;
            int best = 0;
            for (int k = 0; k < weights.length; k++) {
                List<Evaluator.Prediction> train = byWeight.get(k).stream()
                        .filter(p -> fold.get(p.group()) != held).toList();
                double m = Evaluator.report(train).threeClass().macroF1();
                if (m > bestF + 1e-12) {
                    bestF = m;
                    best = k;
                }
            }
            List<Evaluator.Prediction> test = byWeight.get(best).stream()
                    .filter(p -> fold.get(p.group()) == held).toList();
            pooled.addAll(test);
            System.out.printf(Locale.ROOT, "fold %d: %d sentences held out; chose weight %.2f (other folds macro-F1 "
                    + "%.4f); held-out macro-F1 %.4f%n", f + 1, test.size(), weights[best], bestF,
                    Evaluator.report(test).threeClass().macroF1());
        }
        print("5-fold pooled, weight chosen per fold", Evaluator.report(pooled));

        // The rule keeps labels, so macro-F1 cannot choose the weight: choose it by 2-class accuracy (the sign).
        List<Evaluator.Prediction> pooledSign = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            double bestA = -1;
            int best = 0;
            for (int k = 0; k < weights.length; k++) {
                List<Evaluator.Prediction> train = byWeight.get(k).stream()
                        .filter(p -> fold.get(p.group()) != held).toList();
                double a = Evaluator.report(train).twoClassAccuracy();
                if (a > bestA + 1e-12) {
                    bestA = a;
                    best = k;
                }
            }
            pooledSign.addAll(byWeight.get(best).stream().filter(p -> fold.get(p.group()) == held).toList());
            System.out.printf(Locale.ROOT, "by 2-class accuracy, fold %d: chose weight %.2f (other folds %.4f)%n",
                    f + 1, weights[best], bestA);
        }
        print("5-fold pooled, weight chosen per fold by 2-class accuracy", Evaluator.report(pooledSign));

        // Second parameter: a review's context strength is the mean of its clear sentence scores (none: 0).
        Map<String, Double> strength = new HashMap<>();
        Map<String, List<String>> texts = new java.util.LinkedHashMap<>();
        for (SemEvalReader.Sentence s : sentences) {
            texts.computeIfAbsent(s.reviewId(), k -> new ArrayList<>()).add(s.text());
        }
        TextAnalyzer alone = base.withContextWeight(0);
        texts.forEach((id, t) -> {
            double sum = 0;
            int clear = 0;
            for (var ss : alone.analyzeSentences(t).sentences()) {
                if (Math.abs(ss.score()) >= TextAnalyzer.NEUTRAL_THRESHOLD) {
                    sum += ss.score();
                    clear++;
                }
            }
            strength.put(id, clear == 0 ? 0 : Math.abs(sum / clear));
        });
        double[] minimums = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
        List<Evaluator.Prediction> pooled2 = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            double bestF = -1;
            int bestW = 0;
            double bestM = 0;
            for (double m : minimums) {
                for (int k = 0; k < weights.length; k++) {
                    List<Evaluator.Prediction> train = gated(byWeight, k, strength, m).stream()
                            .filter(p -> fold.get(p.group()) != held).toList();
                    double v = Evaluator.report(train).threeClass().macroF1();
                    if (v > bestF + 1e-12) {
                        bestF = v;
                        bestW = k;
                        bestM = m;
                    }
                }
            }
            pooled2.addAll(gated(byWeight, bestW, strength, bestM).stream()
                    .filter(p -> fold.get(p.group()) == held).toList());
            System.out.printf(Locale.ROOT, "two parameters, fold %d: chose weight %.2f, minimum strength %.1f "
                    + "(other folds macro-F1 %.4f)%n", f + 1, weights[bestW], bestM, bestF);
        }
        print("5-fold pooled, weight and minimum strength chosen per fold", Evaluator.report(pooled2));

        double bestF = -1;
        int best = 0;
        for (int k = 0; k < weights.length; k++) {
            Evaluator.SentimentReport r = Evaluator.report(byWeight.get(k));
            print(String.format(Locale.ROOT, "whole file, weight %.2f", weights[k]), r);
            if (r.threeClass().macroF1() > bestF + 1e-12) {
                bestF = r.threeClass().macroF1();
                best = k;
            }
        }
        System.out.printf(Locale.ROOT, "chosen on the whole file: weight %.2f%n", weights[best]);
        print("each sentence alone", new Evaluator(base.withContextWeight(0))
                .sentiment(Evaluator.labelled(sentences)));
    }

    /** Predictions with weight {@code k} in reviews of at least the given strength, else without context. */
    private static List<Evaluator.Prediction> gated(List<List<Evaluator.Prediction>> byWeight, int k,
            Map<String, Double> strength, double minimum) {
        List<Evaluator.Prediction> with = byWeight.get(k);
        List<Evaluator.Prediction> without = byWeight.get(0);
        List<Evaluator.Prediction> out = new ArrayList<>(with.size());
        for (int i = 0; i < with.size(); i++) {
            out.add(strength.get(with.get(i).group()) >= minimum ? with.get(i) : without.get(i));
        }
        return out;
    }

    private static void print(String what, Evaluator.SentimentReport r) {
        LabelMetrics m = r.threeClass();
        StringBuilder sb = new StringBuilder();
        m.perClass().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "; %s P %.3f R %.3f F1 %.3f (n %d)", k,
                v.precision(), v.recall(), v.f1(), v.support())));
        System.out.printf(Locale.ROOT, "%s: n=%d accuracy %.4f macro-F1 %.4f 2-class %.4f (n=%d)%s%n", what, m.n(),
                m.accuracy(), m.macroF1(), r.twoClassAccuracy(), r.twoClassN(), sb);
    }
}
