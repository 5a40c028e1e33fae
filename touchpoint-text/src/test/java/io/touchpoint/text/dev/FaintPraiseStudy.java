package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
        return Evaluator.report(items.stream().map(s::apply).toList()).threeClass().macroF1();
    }

    static Setting best(List<AspectContextStudy.Item> items) {
        Setting best = Setting.OFF;
        double bestF = macro(items, best);
        for (Setting s : grid()) {
            double f = macro(items, s);
            if (f > bestF + 1e-9) {
                bestF = f;
                best = s;
            }
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        TextAnalyzer a = TextAnalyzer.withDefaults();
        List<AspectContextStudy.Item> train = AspectContextStudy.items(a, SemEvalReader.read(Path.of(args[0])));
        List<String> reviews = new ArrayList<>(new LinkedHashSet<>(train.stream().map(AspectContextStudy.Item::review).toList()));
        Collections.shuffle(reviews, new Random(42));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            fold.put(reviews.get(i), i % 5);
        }
        List<Evaluator.Prediction> pooled = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            int held = f;
            Setting s = best(train.stream().filter(i -> fold.get(i.review()) != held).toList());
            train.stream().filter(i -> fold.get(i.review()) == held).map(s::apply).forEach(pooled::add);
            System.out.printf(Locale.ROOT, "fold %d chose %s%n", f + 1, s);
        }
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
