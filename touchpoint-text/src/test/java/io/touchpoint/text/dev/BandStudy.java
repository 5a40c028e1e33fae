package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
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
                long[][] c = new long[3][3];
                for (Evaluator.Prediction p : ps) {
                    int pred = p.predicted() == SentimentLabel.NEGATIVE ? 0
                            : p.predicted() == SentimentLabel.POSITIVE && p.score() >= t - 1e-9 ? 2 : 1;
                    c[p.gold().ordinal()][pred]++;
                }
                line.append(String.format(Locale.ROOT, "  %.2f:%.4f", t, macroF1(c)));
            }
            System.out.println(line);
        }
    }

    static double macroF1(long[][] c) {
        double f = 0;
        for (int k = 0; k < 3; k++) {
            long tp = c[k][k];
            long gold = c[k][0] + c[k][1] + c[k][2];
            long pred = c[0][k] + c[1][k] + c[2][k];
            double pr = pred == 0 ? 0 : (double) tp / pred;
            double rc = gold == 0 ? 0 : (double) tp / gold;
            f += pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
        }
        return f / 3;
    }
}
