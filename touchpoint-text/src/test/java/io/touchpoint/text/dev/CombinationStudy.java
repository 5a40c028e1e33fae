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
 * Development aid (not a test): 5-fold cross-validation (seed 42) on one SemEval file of combination schemes richer
 * than CrossValidate's (separate positive and negative thresholds; a model weight for sentences with and without
 * lexicon evidence). Every parameter is chosen on four folds by macro-F1 and the fifth is scored.
 * Usage: CombinationStudy FILE.xml
 */
public final class CombinationStudy {

    private record Item(SentimentLabel gold, List<SentenceScore> lexicon, double[] model) {
    }

    private record Params(double tPos, double tNeg, double wUnits, double wBare) {
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
        List<Params> symmetric = new ArrayList<>();
        List<Params> asymmetric = new ArrayList<>();
        List<Params> split = new ArrayList<>();
        for (int a = 1; a <= 25; a++) {
            for (double w : new double[] {0, 0.5, 1, 1.5, 2}) {
                symmetric.add(new Params(0.02 * a, 0.02 * a, w, w));
                for (int b = 1; b <= 25; b++) {
                    asymmetric.add(new Params(0.02 * a, 0.02 * b, w, w));
                }
                for (double w2 : new double[] {0, 0.5, 1, 1.5, 2, 3, 4}) {
                    split.add(new Params(0.02 * a, 0.02 * a, w, w2));
                }
            }
        }
        run("symmetric threshold, one weight", symmetric, items, order);
        run("positive and negative thresholds, one weight", asymmetric, items, order);
        run("one threshold, weight with/without lexicon evidence", split, items, order);
    }

    private static void run(String name, List<Params> grid, List<Item> items, List<Integer> order) {
        int folds = 5;
        LabelMetrics pooled = new LabelMetrics(Evaluator.LABELS);
        long n2 = 0;
        long ok2 = 0;
        StringBuilder chosen = new StringBuilder();
        for (int f = 0; f < folds; f++) {
            List<Item> train = new ArrayList<>();
            List<Item> test = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % folds == f ? test : train).add(items.get(order.get(i)));
            }
            double bestF = -1;
            Params best = null;
            for (Params p : grid) {
                double m = metrics(train, p, null)[0];
                if (m > bestF + 1e-12) {
                    bestF = m;
                    best = p;
                }
            }
            double[] r = metrics(test, best, pooled);
            n2 += (long) r[2];
            ok2 += (long) r[3];
            chosen.append(String.format(Locale.ROOT, " (%.2f %.2f %.1f %.1f)", best.tPos(), best.tNeg(),
                    best.wUnits(), best.wBare()));
        }
        System.out.printf(Locale.ROOT, "%s: macro-F1 %.4f, per class F1 n %.3f u %.3f p %.3f; 2-class %.4f; chose%s%n",
                name, pooled.macroF1(), pooled.perClass().get("negative").f1(), pooled.perClass().get("neutral").f1(),
                pooled.perClass().get("positive").f1(), (double) ok2 / n2, chosen);
    }

    /** macro-F1, accuracy, 2-class n, 2-class correct. */
    private static double[] metrics(List<Item> items, Params p, LabelMetrics into) {
        LabelMetrics m = new LabelMetrics(Evaluator.LABELS);
        SentimentAggregator agg = new SentimentAggregator(1.0);
        long n2 = 0;
        long ok2 = 0;
        for (Item it : items) {
            List<SentenceScore> s = new ArrayList<>(it.lexicon().size());
            for (int i = 0; i < it.lexicon().size(); i++) {
                SentenceScore sc = it.lexicon().get(i);
                s.add(sc.withModel(it.model()[i], sc.units().isEmpty() ? p.wBare() : p.wUnits()));
            }
            double score = agg.combine(s).score();
            SentimentLabel label = score >= p.tPos() ? SentimentLabel.POSITIVE
                    : score <= -p.tNeg() ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
            m.add(it.gold().wireName(), label.wireName());
            if (into != null) {
                into.add(it.gold().wireName(), label.wireName());
            }
            if (it.gold() != SentimentLabel.NEUTRAL) {
                n2++;
                if ((score < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE) == it.gold()) {
                    ok2++;
                }
            }
        }
        return new double[] {m.macroF1(), m.accuracy(), n2, ok2};
    }
}
