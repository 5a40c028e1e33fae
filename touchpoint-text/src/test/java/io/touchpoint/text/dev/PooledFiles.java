package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sentence figures over several SemEval files taken together, read as `evaluate` reads each, and each file's
 * confusion counts (gold&gt;predicted). Aggregate only: no sentence is printed.
 */
public final class PooledFiles {

    public static void main(String[] files) throws Exception {
        Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());
        List<Evaluator.Prediction> all = new ArrayList<>();
        for (String f : files) {
            List<Evaluator.Prediction> file = evaluator.predictionsInReviews(SemEvalReader.read(Path.of(f)));
            Map<String, Integer> confusion = new TreeMap<>();
            for (Evaluator.Prediction p : file) {
                confusion.merge(sign(p.gold()) + ">" + sign(p.predicted()), 1, Integer::sum);
            }
            System.out.println(Path.of(f).getFileName() + " " + confusion);
            all.addAll(file);
        }
        Evaluator.SentimentReport r = Evaluator.report(all);
        System.out.printf(Locale.ROOT, "n %d: macro-F1 %.4f, accuracy %.4f, 2-class %.4f (n %d)%n", r.threeClass().n(),
                r.threeClass().macroF1(), r.threeClass().accuracy(), r.twoClassAccuracy(), r.twoClassN());
    }

    private static String sign(SentimentLabel l) {
        return switch (l) {
            case NEGATIVE -> "neg";
            case NEUTRAL -> "neu";
            case POSITIVE -> "pos";
        };
    }
}
