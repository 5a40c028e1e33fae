package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Exploratory: how far do in-domain labels (as staff corrections would give) take the engine? */
public final class InDomainStudy {

    record Row(String text, SentimentLabel gold, SentimentLabel engine, double score, String group) {
    }

    static List<Row> rows(TextAnalyzer a, List<SemEvalReader.Sentence> s) {
        List<Evaluator.Prediction> p = new Evaluator(a).predictionsInReviews(s);
        List<SemEvalReader.Sentence> labelled = s.stream().filter(x -> x.label() != null).toList();
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            out.add(new Row(labelled.get(i).text(), p.get(i).gold(), p.get(i).predicted(), p.get(i).score(), p.get(i).group()));
        }
        return out;
    }

    static List<String> feats(Row r, boolean ngrams) {
        List<String> f = ngrams ? new ArrayList<>(LinearTrainer.features(r.text())) : new ArrayList<>();
        f.add("<eng:" + r.engine().wireName() + ">");
        int bucket = (int) Math.round(Math.max(-1, Math.min(1, r.score())) * 10);
        f.add("<s:" + bucket + ">");
        f.add("<s:" + (bucket / 3) + "c>");
        return f;
    }

    public static void main(String[] args) throws Exception {
        TextAnalyzer a = TextAnalyzer.withDefaults();
        List<Row> train = rows(a, SemEvalReader.read(Path.of(args[0])));
        List<Row> test = rows(a, SemEvalReader.read(Path.of(args[1])));
        boolean ngrams = args.length < 3 || !args[2].equals("engine-only");
        double reviewed = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        java.util.Random rnd = new java.util.Random(42);
        int corrected = 0;
        List<Row> sim = new ArrayList<>();
        for (Row r : train) {
            boolean seen = rnd.nextDouble() < reviewed;
            if (seen && r.gold() != r.engine()) {
                corrected++;
            }
            sim.add(seen ? r : new Row(r.text(), r.engine(), r.engine(), r.score(), r.group()));
        }
        System.out.printf("reviewed share %.2f: %d corrections%n", reviewed, corrected);
        train = sim;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<List<String>> docs = new ArrayList<>();
        boolean[][] y = new boolean[train.size()][2];
        for (int i = 0; i < train.size(); i++) {
            docs.add(feats(train.get(i), ngrams));
            y[i][0] = train.get(i).gold() == SentimentLabel.POSITIVE;
            y[i][1] = train.get(i).gold() == SentimentLabel.NEGATIVE;
        }
        for (int minCount : new int[] {1, 2, 3}) {
            for (double l2 : new double[] {1e-4, 1e-3}) {
                LinearModel m = new LinearTrainer(new LinearTrainer.Settings(minCount, 8, 0.05, l2, 4.0, 0.0f, 7L))
                        .train(new String[] {"pos", "neg"}, docs, y, quiet);
                for (double t : new double[] {0.4, 0.5, 0.6}) {
                    List<Evaluator.Prediction> preds = new ArrayList<>();
                    for (Row r : test) {
                        double zp = m.bias(0), zn = m.bias(1);
                        for (String f : feats(r, ngrams)) {
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
                    var rep = Evaluator.report(preds);
                    System.out.printf(Locale.ROOT, "min %d l2 %.0e t %.1f: macroF1 %.4f 2-class %.4f%n", minCount, l2, t,
                            rep.threeClass().macroF1(), rep.twoClassAccuracy());
                }
            }
        }
        var base = Evaluator.report(test.stream().map(r -> new Evaluator.Prediction(r.group(), r.gold(), r.engine(), r.score())).toList());
        System.out.printf(Locale.ROOT, "engine: macroF1 %.4f 2-class %.4f%n", base.threeClass().macroF1(), base.twoClassAccuracy());
    }
}
