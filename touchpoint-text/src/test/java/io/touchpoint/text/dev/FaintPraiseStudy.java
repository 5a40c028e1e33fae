package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Would weak praise inside a clearly negative review ("The bread was fine." among complaints) be better read as
 * neutral, or weak criticism inside a glowing review as neutral? Parameters (how weak: score below X; how clear the
 * review: the other clear sentences' mean beyond T; which direction) chosen by 5-fold cross-validation over the
 * reviews of the 2015 training file (seed 42) by macro-F1, on top of the engine as shipped. Aggregate figures only.
 * Usage: FaintPraiseStudy TRAIN.xml [TEST.xml to score once with the setting chosen on the whole of TRAIN]
 */
public final class FaintPraiseStudy {

    record Setting(double maxScore, double tau, boolean praise, boolean criticism) {
        static final Setting OFF = new Setting(0, 9, false, false);

        Evaluator.Prediction apply(AspectContextStudy.Item i) {
            SentimentLabel l = i.label();
            double s = i.score();
            if (praise && l == SentimentLabel.POSITIVE && s < maxScore && i.context() <= -tau) {
                l = SentimentLabel.NEUTRAL;
            }
            if (criticism && l == SentimentLabel.NEGATIVE && s > -maxScore && i.context() >= tau) {
                l = SentimentLabel.NEUTRAL;
            }
            return new Evaluator.Prediction(i.review(), i.gold(), l, i.score());
        }
    }

    /** 1: weak praise in negative reviews; 2: weak criticism in glowing ones; 3: both. System property dirs. */
    static final int[] DIRECTIONS = java.util.Arrays.stream(System.getProperty("dirs", "1,2,3").split(","))
            .mapToInt(Integer::parseInt).toArray();

    static List<Setting> grid() {
        List<Setting> g = new ArrayList<>();
        g.add(Setting.OFF);
        for (double x = 0.2; x <= 0.71; x += 0.05) {
            for (double tau = 0.1; tau <= 0.71; tau += 0.1) {
                for (int d : DIRECTIONS) {
                    g.add(new Setting(Math.round(x * 20) / 20.0, Math.round(tau * 10) / 10.0, (d & 1) != 0, (d & 2) != 0));
                }
            }
        }
        return g;
    }

    static double macro(List<AspectContextStudy.Item> items, Setting s) {
        return ReviewFolds.macroF1(items, s, Setting::apply);
    }

    static Setting best(List<AspectContextStudy.Item> items) {
        return ReviewFolds.best(items, grid(), Setting::apply);
    }

    public static void main(String[] args) throws Exception {
        TextAnalyzer a = TextAnalyzer.withDefaults();
        List<AspectContextStudy.Item> train = AspectContextStudy.items(a, SemEvalReader.read(Path.of(args[0])));
        List<Evaluator.Prediction> pooled = ReviewFolds.crossValidate(train, AspectContextStudy.Item::review, grid(), Setting::apply);
        var cv = Evaluator.report(pooled);
        System.out.printf(Locale.ROOT, "5-fold pooled: macro-F1 %.4f accuracy %.4f 2-class %.4f (off: %.4f)%n",
                cv.threeClass().macroF1(), cv.threeClass().accuracy(), cv.twoClassAccuracy(), macro(train, Setting.OFF));
        Setting chosen = best(train);
        System.out.printf(Locale.ROOT, "whole file chose %s: macro-F1 %.4f%n", chosen, macro(train, chosen));
        if (args.length > 1) {
            List<AspectContextStudy.Item> test = AspectContextStudy.items(a, SemEvalReader.read(Path.of(args[1])));
            var r = Evaluator.report(test.stream().map(chosen::apply).toList());
            System.out.printf(Locale.ROOT, "test with %s: macro-F1 %.4f accuracy %.4f 2-class %.4f%n", chosen,
                    r.threeClass().macroF1(), r.threeClass().accuracy(), r.twoClassAccuracy());
        }
    }
}
