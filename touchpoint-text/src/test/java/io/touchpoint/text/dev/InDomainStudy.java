package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * Exploratory, aggregate figures only: how far do in-domain sentence labels (as staff corrections would give) take the
 * engine? A small logistic model ({@link LinearTrainer}, heads positive and negative) is stacked on the engine: its
 * features are the engine's own sentence label, its sentence score in buckets of 0.1 and of about 0.3, and (unless
 * {@code engine-only}) the word n-grams of the sentence ({@link LinearTrainer#features}). Sentences are read in their
 * review, as {@code evaluate} reads them. A sentence is neutral when neither head reaches the threshold t, else the
 * larger head wins; the 2-class score is P(positive) - P(negative).
 *
 * <p>Settings grid: minimum feature count {1, 2, 3} x L2 {1e-4, 1e-3} x threshold {0.4, 0.5, 0.6}. <b>The setting is
 * chosen on the training file only</b>: its reviews are shuffled (seed 42) into 5 folds (a review's sentences stay
 * together); every setting is trained on four folds and scored on the fifth, predictions pooled over the folds; the
 * setting with the best pooled macro-F1 (first in grid order on a tie) is trained on the whole training file and the
 * test file is scored once with it. The whole grid is then also scored on the test file: its best figure is an upper
 * bound (a setting picked by looking at the test file), not a result.
 *
 * <p>With {@code reviewedShare} below 1 the training labels are simulated: each training sentence is "reviewed" with
 * that probability (random seed 42, in file order); a reviewed sentence keeps its gold label (staff correct the
 * engine where it was wrong), the others keep the engine's label. Cross-validation then scores against these
 * simulated labels too, since an installation has nothing else. The test file is always scored against its gold.
 *
 * <p>Usage: InDomainStudy TRAIN.xml TEST.xml [ngrams|engine-only] [reviewedShare]
 */
public final class InDomainStudy {

    private static final int FOLDS = 5;
    private static final int[] MIN_COUNTS = {1, 2, 3};
    private static final double[] L2S = {1e-4, 1e-3};
    private static final double[] THRESHOLDS = {0.4, 0.5, 0.6};
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    record Row(List<String> features, SentimentLabel gold, SentimentLabel engine, double score, String group) {
    }

    static List<Row> rows(TextAnalyzer a, List<SemEvalReader.Sentence> s, boolean ngrams) {
        List<Evaluator.Prediction> p = new Evaluator(a).predictionsInReviews(s);
        List<SemEvalReader.Sentence> labelled = s.stream().filter(x -> x.label() != null).toList();
        if (p.size() != labelled.size()) {
            throw new IllegalStateException("predictions and labelled sentences differ in number");
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            SemEvalReader.Sentence src = labelled.get(i);
            Evaluator.Prediction pr = p.get(i);
            // predictionsInReviews keeps file order when a review's sentences are contiguous, as in the 2015 files.
            if (!pr.group().equals(src.reviewId()) || pr.gold() != src.label()) {
                throw new IllegalStateException("predictions are not in file order");
            }
            out.add(new Row(feats(src.text(), pr.predicted(), pr.score(), ngrams), pr.gold(), pr.predicted(),
                    pr.score(), pr.group()));
        }
        return out;
    }

    static List<String> feats(String text, SentimentLabel engine, double score, boolean ngrams) {
        List<String> f = ngrams ? new ArrayList<>(LinearTrainer.features(text)) : new ArrayList<>();
        f.add("<eng:" + engine.wireName() + ">");
        int bucket = (int) Math.round(Math.max(-1, Math.min(1, score)) * 10);
        f.add("<s:" + bucket + ">");
        f.add("<s:" + (bucket / 3) + "c>");
        return f;
    }

    static LinearModel train(List<Row> rows, int minCount, double l2) {
        List<List<String>> docs = new ArrayList<>();
        boolean[][] y = new boolean[rows.size()][2];
        for (int i = 0; i < rows.size(); i++) {
            docs.add(rows.get(i).features());
            y[i][0] = rows.get(i).gold() == SentimentLabel.POSITIVE;
            y[i][1] = rows.get(i).gold() == SentimentLabel.NEGATIVE;
        }
        return new LinearTrainer(new LinearTrainer.Settings(minCount, 8, 0.05, l2, 4.0, 0.0f, 7L))
                .train(new String[] {"pos", "neg"}, docs, y, QUIET);
    }

    static List<Evaluator.Prediction> predict(LinearModel m, List<Row> rows, double t) {
        List<Evaluator.Prediction> preds = new ArrayList<>();
        for (Row r : rows) {
            double zp = m.bias(0), zn = m.bias(1);
            for (String f : r.features()) {
                float[] w = m.weights(f);
                if (w != null) {
                    zp += w[0];
                    zn += w[1];
                }
            }
            double pp = LinearModel.sigmoid(zp), pn = LinearModel.sigmoid(zn);
            SentimentLabel l = Math.max(pp, pn) < t ? SentimentLabel.NEUTRAL
                    : pp >= pn ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            preds.add(new Evaluator.Prediction(r.group(), r.gold(), l, pp - pn));
        }
        return preds;
    }

    static List<Evaluator.Prediction> engine(List<Row> rows) {
        return rows.stream().map(r -> new Evaluator.Prediction(r.group(), r.gold(), r.engine(), r.score())).toList();
    }

    static String figures(Evaluator.SentimentReport r) {
        return String.format(Locale.ROOT, "macroF1 %.4f accuracy %.4f 2-class %.4f", r.threeClass().macroF1(),
                r.threeClass().accuracy(), r.twoClassAccuracy());
    }

    static String setting(int minCount, double l2, double t) {
        return String.format(Locale.ROOT, "min %d l2 %.0e t %.1f", minCount, l2, t);
    }

    public static void main(String[] args) throws Exception {
        boolean ngrams = args.length < 3 || !args[2].equals("engine-only");
        double reviewed = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        TextAnalyzer a = TextAnalyzer.withDefaults();
        List<Row> gold = rows(a, SemEvalReader.read(Path.of(args[0])), ngrams);
        List<Row> test = rows(a, SemEvalReader.read(Path.of(args[1])), ngrams);

        Random rnd = new Random(42);
        int corrected = 0;
        List<Row> train = new ArrayList<>();
        for (Row r : gold) {
            boolean seen = rnd.nextDouble() < reviewed;
            if (seen && r.gold() != r.engine()) {
                corrected++;
            }
            train.add(seen ? r : new Row(r.features(), r.engine(), r.engine(), r.score(), r.group()));
        }
        System.out.printf(Locale.ROOT, "features: %s; reviewed share %.2f: %d corrections of %d training sentences%n",
                ngrams ? "engine + n-grams" : "engine only", reviewed, corrected, train.size());

        // 5-fold cross-validation over the training file's reviews.
        List<String> reviews = new ArrayList<>(new LinkedHashSet<>(train.stream().map(Row::group).toList()));
        Collections.shuffle(reviews, new Random(42));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            fold.put(reviews.get(i), i % FOLDS);
        }
        Map<String, List<Evaluator.Prediction>> pooled = new HashMap<>();
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            List<Row> in = train.stream().filter(r -> fold.get(r.group()) != held).toList();
            List<Row> out = train.stream().filter(r -> fold.get(r.group()) == held).toList();
            for (int minCount : MIN_COUNTS) {
                for (double l2 : L2S) {
                    LinearModel m = train(in, minCount, l2);
                    for (double t : THRESHOLDS) {
                        pooled.computeIfAbsent(setting(minCount, l2, t), k -> new ArrayList<>())
                                .addAll(predict(m, out, t));
                    }
                }
            }
        }
        double bestCv = -1;
        int cMin = 0;
        double cL2 = 0, cT = 0;
        for (int minCount : MIN_COUNTS) {
            for (double l2 : L2S) {
                for (double t : THRESHOLDS) {
                    Evaluator.SentimentReport r = Evaluator.report(pooled.get(setting(minCount, l2, t)));
                    System.out.printf(Locale.ROOT, "cv  %s: %s%n", setting(minCount, l2, t), figures(r));
                    if (r.threeClass().macroF1() > bestCv + 1e-12) {
                        bestCv = r.threeClass().macroF1();
                        cMin = minCount;
                        cL2 = l2;
                        cT = t;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "engine on the training labels: %s%n", figures(Evaluator.report(engine(train))));
        System.out.printf(Locale.ROOT, "chosen by 5-fold CV on the training file: %s (pooled CV %s)%n",
                setting(cMin, cL2, cT), figures(Evaluator.report(pooled.get(setting(cMin, cL2, cT)))));

        Evaluator.SentimentReport chosen = Evaluator.report(predict(train(train, cMin, cL2), test, cT));
        System.out.printf(Locale.ROOT, "TEST, CV-chosen setting, scored once: %s%n", figures(chosen));

        // Upper bound: the whole grid on the test file.
        double bestTest = -1;
        String bestSetting = "";
        Evaluator.SentimentReport bestReport = null;
        for (int minCount : MIN_COUNTS) {
            for (double l2 : L2S) {
                LinearModel m = train(train, minCount, l2);
                for (double t : THRESHOLDS) {
                    Evaluator.SentimentReport r = Evaluator.report(predict(m, test, t));
                    System.out.printf(Locale.ROOT, "test %s: %s%n", setting(minCount, l2, t), figures(r));
                    if (r.threeClass().macroF1() > bestTest + 1e-12) {
                        bestTest = r.threeClass().macroF1();
                        bestSetting = setting(minCount, l2, t);
                        bestReport = r;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "TEST, grid best (setting picked on test; upper bound): %s: %s%n", bestSetting,
                figures(bestReport));
        System.out.printf(Locale.ROOT, "TEST, engine alone: %s%n", figures(Evaluator.report(engine(test))));
    }
}
