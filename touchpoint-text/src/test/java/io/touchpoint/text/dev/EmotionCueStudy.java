package io.touchpoint.text.dev;

import io.touchpoint.text.DetectedEmotion;
import io.touchpoint.text.EmotionCluster;
import io.touchpoint.text.Evidence;
import io.touchpoint.text.SentenceSentiment;
import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Would a neutral sentence in which the emotion detector found a Destroying emotion (irritated, neglected, hurried
 * ...) be better labelled negative, and one with an Advocacy emotion positive? Minimum confidence and direction
 * chosen by 5-fold CV over the reviews of the 2015 training file (seed 42) by macro-F1; aggregate figures only.
 * Usage: EmotionCueStudy TRAIN.xml [TEST.xml]
 */
public final class EmotionCueStudy {

    record Item(String review, SentimentLabel gold, SentimentLabel label, double score, double destroying,
            double advocacy) {
    }

    record Setting(double minConfidence, boolean negative, boolean positive) {
        static final Setting OFF = new Setting(2, false, false);

        Evaluator.Prediction apply(Item i) {
            SentimentLabel l = i.label();
            if (l == SentimentLabel.NEUTRAL) {
                if (negative && i.destroying() >= minConfidence && i.destroying() >= i.advocacy()) {
                    l = SentimentLabel.NEGATIVE;
                } else if (positive && i.advocacy() >= minConfidence && i.advocacy() > i.destroying()) {
                    l = SentimentLabel.POSITIVE;
                }
            }
            return new Evaluator.Prediction(i.review(), i.gold(), l, i.score());
        }
    }

    static List<Item> items(TextAnalyzer a, List<SemEvalReader.Sentence> sentences) {
        Map<String, List<SemEvalReader.Sentence>> reviews = new LinkedHashMap<>();
        for (SemEvalReader.Sentence s : sentences) {
            reviews.computeIfAbsent(s.reviewId(), k -> new ArrayList<>()).add(s);
        }
        List<Item> out = new ArrayList<>();
        for (Map.Entry<String, List<SemEvalReader.Sentence>> r : reviews.entrySet()) {
            TextAnalysis t = a.analyzeSentences(r.getValue().stream().map(SemEvalReader.Sentence::text).toList());
            for (int i = 0; i < r.getValue().size(); i++) {
                SemEvalReader.Sentence s = r.getValue().get(i);
                if (s.label() == null) {
                    continue;
                }
                SentenceSentiment ss = t.sentences().get(i);
                double d = 0;
                double p = 0;
                for (DetectedEmotion e : t.emotions()) {
                    boolean inside = false;
                    for (Evidence ev : e.evidence()) {
                        inside |= ev.start() >= ss.start() && ev.start() < ss.end();
                    }
                    if (inside && e.cluster() == EmotionCluster.DESTROYING) {
                        d = Math.max(d, e.confidence());
                    }
                    if (inside && e.cluster() == EmotionCluster.ADVOCACY) {
                        p = Math.max(p, e.confidence());
                    }
                }
                out.add(new Item(r.getKey(), s.label(), ss.label(), ss.score(), d, p));
            }
        }
        return out;
    }

    static List<Setting> grid() {
        List<Setting> g = new ArrayList<>();
        g.add(Setting.OFF);
        for (double c = 0.3; c <= 0.96; c += 0.05) {
            for (int d = 1; d <= 3; d++) {
                g.add(new Setting(Math.round(c * 20) / 20.0, (d & 1) != 0, (d & 2) != 0));
            }
        }
        return g;
    }

    static double macro(List<Item> items, Setting s) {
        return ReviewFolds.macroF1(items, s, Setting::apply);
    }

    static Setting best(List<Item> items) {
        return ReviewFolds.best(items, grid(), Setting::apply);
    }

    public static void main(String[] args) throws Exception {
        TextAnalyzer a = TextAnalyzer.withDefaults();
        List<Item> train = items(a, SemEvalReader.read(Path.of(args[0])));
        long neutralD = train.stream().filter(i -> i.label() == SentimentLabel.NEUTRAL && i.destroying() > 0).count();
        long neutralA = train.stream().filter(i -> i.label() == SentimentLabel.NEUTRAL && i.advocacy() > 0).count();
        System.out.printf("neutral sentences with a Destroying emotion: %d, with Advocacy: %d%n", neutralD, neutralA);
        List<Evaluator.Prediction> pooled = ReviewFolds.crossValidate(train, Item::review, grid(), Setting::apply);
        var cv = Evaluator.report(pooled);
        System.out.printf(Locale.ROOT, "5-fold pooled: macro-F1 %.4f accuracy %.4f 2-class %.4f (off: %.4f)%n",
                cv.threeClass().macroF1(), cv.threeClass().accuracy(), cv.twoClassAccuracy(), macro(train, Setting.OFF));
        if (args.length > 1) {
            Setting chosen = best(train);
            var r = Evaluator.report(items(a, SemEvalReader.read(Path.of(args[1]))).stream().map(chosen::apply).toList());
            System.out.printf(Locale.ROOT, "test with %s: macro-F1 %.4f accuracy %.4f 2-class %.4f%n", chosen,
                    r.threeClass().macroF1(), r.threeClass().accuracy(), r.twoClassAccuracy());
        }
    }
}
