package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.Taxonomy;
import io.touchpoint.text.aspect.TermMatcher;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.sentiment.SentenceScore;
import io.touchpoint.text.sentiment.SentimentAggregator;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PreparedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Cross-validates the two numbers chosen on SemEval-2014 (the neutral threshold and the polarity model's weight):
 * in each of 5 folds (seed 42) both are picked on the other four folds by macro-F1 and the held-out fold is scored;
 * the pooled predictions give the figures. Also prints the fixed-parameter figures for comparison.
 * Usage: CrossValidate FILE.xml
 */
public final class CrossValidate {

    private record Item(SentimentLabel gold, List<SentenceScore> lexicon, double[] model) {
    }

    public static void main(String[] args) throws Exception {
        List<Evaluator.Labelled> data = Evaluator.labelled(SemEvalReader.read(Path.of(args[0])));
        SentimentScorer scorer = new SentimentScorer(SentimentLexicon.defaults());
        TermMatcher terms = new TermMatcher(Taxonomy.defaultHospitality());
        PolarityModel polarity = PolarityModel.defaults();
        List<Item> items = new ArrayList<>();
        for (Evaluator.Labelled l : data) {
            PreparedText p = PreparedText.of(l.text());
            boolean[] amenity = new boolean[p.tokens.size()];
            for (TermMatcher.TermMatch m : terms.match(p.stems)) {
                for (int i = m.start(); i < m.end(); i++) {
                    amenity[i] = true;
                }
            }
            List<SentenceScore> scores = new ArrayList<>();
            double[] model = new double[p.sentences.size()];
            for (int si = 0; si < p.sentences.size(); si++) {
                int[] s = p.sentences.get(si);
                SentenceScore sc = scorer.score(p.tokens, p.keys, s[0], s[1], p.shouting, amenity);
                scores.add(sc);
                model[si] = polarity.polarity(p, s[0], s[1], sc.notTheGuestsMask(p.tokens.size()));
            }
            items.add(new Item(l.label(), scores, model));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        int folds = 5;
        double[] thresholds = new double[25];
        for (int k = 0; k < thresholds.length; k++) {
            thresholds[k] = 0.02 * (k + 1);
        }
        double[] betas = {0.0, 0.5, 1.0, 1.5, 2.0};
        LabelMetrics pooled = new LabelMetrics(Evaluator.LABELS);
        long n2 = 0;
        long ok2 = 0;
        for (int f = 0; f < folds; f++) {
            List<Item> train = new ArrayList<>();
            List<Item> test = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % folds == f ? test : train).add(items.get(order.get(i)));
            }
            double bestF = -1;
            double bestT = 0;
            double bestB = 0;
            for (double b : betas) {
                for (double t : thresholds) {
                    double m = metrics(train, t, b, null)[0];
                    if (m > bestF + 1e-12) {
                        bestF = m;
                        bestT = t;
                        bestB = b;
                    }
                }
            }
            double[] r = metrics(test, bestT, bestB, pooled);
            n2 += (long) r[2];
            ok2 += (long) r[3];
            System.out.printf(Locale.ROOT, "fold %d: chose threshold %.2f, weight %.1f (train macro-F1 %.4f); "
                    + "held-out macro-F1 %.4f%n", f + 1, bestT, bestB, bestF, r[0]);
        }
        System.out.printf(Locale.ROOT, "5-fold pooled: n=%d accuracy %.4f macro-F1 %.4f neutral F1 %.4f; "
                + "2-class accuracy %.4f (n=%d)%n", pooled.n(), pooled.accuracy(), pooled.macroF1(),
                pooled.perClass().get("neutral").f1(), (double) ok2 / n2, n2);
        double[] lexiconOnly = metrics(items, 0.14, 0.0, null);
        System.out.printf(Locale.ROOT, "lexicon and rules only (threshold 0.14, weight 0): macro-F1 %.4f, 2-class "
                + "accuracy %.4f%n", lexiconOnly[0], lexiconOnly[3] / lexiconOnly[2]);
        double[] fixed = metrics(items, 0.14, 1.0, null);
        System.out.printf(Locale.ROOT, "fixed (threshold 0.14, weight 1.0): macro-F1 %.4f, 2-class accuracy %.4f%n",
                fixed[0], fixed[3] / fixed[2]);
    }

    /** macro-F1, accuracy, 2-class n, 2-class correct. */
    private static double[] metrics(List<Item> items, double t, double beta, LabelMetrics into) {
        LabelMetrics m = new LabelMetrics(Evaluator.LABELS);
        SentimentAggregator agg = new SentimentAggregator(t);
        long n2 = 0;
        long ok2 = 0;
        for (Item it : items) {
            List<SentenceScore> s = new ArrayList<>(it.lexicon().size());
            for (int i = 0; i < it.lexicon().size(); i++) {
                s.add(it.lexicon().get(i).withModel(it.model()[i], beta));
            }
            var sentiment = agg.combine(s);
            m.add(it.gold().wireName(), sentiment.label().wireName());
            if (into != null) {
                into.add(it.gold().wireName(), sentiment.label().wireName());
            }
            if (it.gold() != SentimentLabel.NEUTRAL) {
                n2++;
                SentimentLabel forced = sentiment.score() < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
                if (forced == it.gold()) {
                    ok2++;
                }
            }
        }
        return new double[] {m.macroF1(), m.accuracy(), n2, ok2};
    }
}
