package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Development aid (not a test): macro-F1 of sentences read in their review as the positive edge of the neutral band
 * moves up from the shipped 0.14 (the negative edge stays), one line per file. Only figures are printed.
 */
public final class BandStudy {

    public static void main(String[] args) throws Exception {
        Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());
        for (String file : args) {
            List<Evaluator.Prediction> ps = evaluator.predictionsInReviews(SemEvalReader.read(Path.of(file)));
            StringBuilder line = new StringBuilder(Path.of(file).getFileName().toString());
            for (double t = 0.14; t <= 0.301; t += 0.02) {
                LabelMetrics m = new LabelMetrics(Evaluator.LABELS);
                for (Evaluator.Prediction p : ps) {
                    SentimentLabel pred = p.predicted() == SentimentLabel.POSITIVE && p.score() < t - 1e-9
                            ? SentimentLabel.NEUTRAL : p.predicted();
                    m.add(p.gold().wireName(), pred.wireName());
                }
                line.append(String.format(Locale.ROOT, "  %.2f:%.4f", t, m.macroF1()));
            }
            System.out.println(line);
        }
    }
}
