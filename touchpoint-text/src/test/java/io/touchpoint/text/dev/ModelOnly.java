package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.token.PreparedText;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Development aid: the GoEmotions polarity model alone on a SemEval file, or on a {@code text,label} CSV such as the
 * one {@link GoEmotionsSentiment} writes (mean sentence polarity, best threshold chosen on the file itself; with a
 * second argument, also the figures at that fixed threshold, e.g. one chosen on another file).
 * Usage: ModelOnly FILE.xml|FILE.csv [THRESHOLD]
 */
public final class ModelOnly {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<Evaluator.Labelled> data = file.toString().endsWith(".csv") ? csv(file)
                : Evaluator.labelled(SemEvalReader.read(file));
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
        if (args.length > 1) {
            double t = Double.parseDouble(args[1]);
            LabelMetrics lm = new LabelMetrics(Evaluator.LABELS);
            for (int i = 0; i < data.size(); i++) {
                lm.add(data.get(i).label().wireName(),
                        score[i] >= t ? "positive" : score[i] <= -t ? "negative" : "neutral");
            }
            System.out.printf(Locale.ROOT, "model only at threshold %.2f: macro-F1 %.4f, accuracy %.4f%n", t,
                    lm.macroF1(), lm.accuracy());
        }
    }

    private static List<Evaluator.Labelled> csv(Path file) throws Exception {
        List<Evaluator.Labelled> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                out.add(new Evaluator.Labelled(rec.get("text"), SentimentLabel.parse(rec.get("label"))));
            }
        }
        return out;
    }
}
