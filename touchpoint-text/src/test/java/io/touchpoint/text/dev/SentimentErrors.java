package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Development aid (not a test): threshold sweep and misclassified sentences of a SemEval file. */
public final class SentimentErrors {

    public static void main(String[] args) throws Exception {
        List<Evaluator.Labelled> data = Evaluator.labelled(SemEvalReader.read(Path.of(args[0])));
        String show = args.length > 1 ? args[1] : "";
        TextAnalyzer analyzer = TextAnalyzer.withDefaults();
        List<double[]> scored = new ArrayList<>();
        for (Evaluator.Labelled l : data) {
            TextAnalysis a = analyzer.analyze(l.text());
            scored.add(new double[] {l.label().ordinal(), a.sentiment().score()});
            SentimentLabel pred = a.sentiment().label();
            String key = "nup".charAt(l.label().ordinal()) + ">" + "nup".charAt(pred.ordinal());
            if (!show.isEmpty() && show.contains(key)) {
                System.out.printf(Locale.ROOT, "%s %+.2f %s%n", key, a.sentiment().score(), l.text());
            }
        }
        for (double t = 0.02; t <= 0.5; t += 0.02) {
            long[][] c = new long[3][3];
            for (double[] s : scored) {
                int p = s[1] >= t ? 2 : s[1] <= -t ? 0 : 1;
                c[(int) s[0]][p]++;
            }
            double f = 0;
            for (int k = 0; k < 3; k++) {
                long tp = c[k][k];
                long gold = c[k][0] + c[k][1] + c[k][2];
                long pred = c[0][k] + c[1][k] + c[2][k];
                double pr = pred == 0 ? 0 : (double) tp / pred;
                double rc = gold == 0 ? 0 : (double) tp / gold;
                f += pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
            }
            System.err.printf(Locale.ROOT, "t=%.2f macroF1=%.4f%n", t, f / 3);
        }
    }
}
