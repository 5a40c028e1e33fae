package io.touchpoint.text.dev;

import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentence figures over several SemEval files taken together, read as `evaluate` reads each. Aggregate only. */
public final class PooledFiles {

    public static void main(String[] files) throws Exception {
        Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());
        List<Evaluator.Prediction> all = new ArrayList<>();
        for (String f : files) {
            all.addAll(evaluator.predictionsInReviews(SemEvalReader.read(Path.of(f))));
        }
        Evaluator.SentimentReport r = Evaluator.report(all);
        System.out.printf(Locale.ROOT, "n %d: macro-F1 %.4f, accuracy %.4f, 2-class %.4f (n %d)%n", r.threeClass().n(),
                r.threeClass().macroF1(), r.threeClass().accuracy(), r.twoClassAccuracy(), r.twoClassN());
    }
}
