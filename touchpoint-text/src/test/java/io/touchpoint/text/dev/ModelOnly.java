package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.token.PreparedText;
import java.nio.file.Path;
import java.util.Locale;

/** Development aid: the GoEmotions polarity model alone on a SemEval file (mean sentence polarity, best threshold). */
public final class ModelOnly {
    public static void main(String[] args) throws Exception {
        var data = Evaluator.labelled(SemEvalReader.read(Path.of(args[0])));
        double[] score = new double[data.size()];
        PolarityModel m = PolarityModel.defaults();
        for (int i = 0; i < data.size(); i++) {
            PreparedText p = PreparedText.of(data.get(i).text());
            double sum = 0;
            for (int[] s : p.sentences) {
                sum += m.polarity(p, s[0], s[1]);
            }
            score[i] = p.sentences.isEmpty() ? 0 : sum / p.sentences.size();
        }
        double best = 0;
        double bestT = 0;
        for (double t = 0.01; t < 0.6; t += 0.01) {
            LabelMetrics lm = new LabelMetrics(Evaluator.LABELS);
            for (int i = 0; i < data.size(); i++) {
                String pred = score[i] >= t ? "positive" : score[i] <= -t ? "negative" : "neutral";
                lm.add(data.get(i).label().wireName(), pred);
            }
            if (lm.macroF1() > best) {
                best = lm.macroF1();
                bestT = t;
            }
        }
        long n2 = 0;
        long ok = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).label() != SentimentLabel.NEUTRAL) {
                n2++;
                if ((score[i] < 0) == (data.get(i).label() == SentimentLabel.NEGATIVE)) {
                    ok++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "model only: best macro-F1 %.4f (threshold %.2f chosen on this file), "
                + "2-class accuracy %.4f%n", best, bestT, (double) ok / n2);
    }
}
