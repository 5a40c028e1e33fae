package io.touchpoint.text.dev;

import io.touchpoint.text.AspectMention;
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
 * Would a neutral sentence that names an aspect (a taxonomy term) inside a clearly negative (or positive) review be
 * better labelled by the review? Unlike {@link ContextStudy}'s rule, sentences without an aspect (the factual "We
 * went on a Tuesday") are never moved. Parameters (minimum context strength, direction, aspect required) chosen by
 * 5-fold cross-validation over the reviews of a 2015 file (seed 42), by macro-F1; aggregate figures only.
 * Usage: AspectContextStudy TRAIN.xml [TEST.xml to score once with the setting chosen on the whole of TRAIN]
 */
public final class AspectContextStudy {

    record Item(String review, SentimentLabel gold, SentimentLabel label, double score, boolean aspect,
            double context) {
    }

    record Setting(double tau, boolean negativeOnly, boolean requireAspect) {
        static final Setting OFF = new Setting(Double.POSITIVE_INFINITY, false, true);

        Evaluator.Prediction apply(Item i) {
            SentimentLabel l = i.label();
            if (l == SentimentLabel.NEUTRAL && (i.aspect() || !requireAspect) && Math.abs(i.context()) >= tau
                    && (!negativeOnly || i.context() < 0)) {
                l = i.context() < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
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
            double sum = 0;
            int clear = 0;
            for (SentenceSentiment s : t.sentences()) {
                if (Math.abs(s.score()) >= TextAnalyzer.NEUTRAL_THRESHOLD) {
                    sum += s.score();
                    clear++;
                }
            }
            for (int i = 0; i < r.getValue().size(); i++) {
                SemEvalReader.Sentence s = r.getValue().get(i);
                if (s.label() == null) {
                    continue;
                }
                SentenceSentiment ss = t.sentences().get(i);
                boolean aspect = false;
                for (AspectMention m : t.aspects()) {
                    aspect |= m.start() >= ss.start() && m.start() < ss.end();
                }
                // The context of a sentence leaves the sentence itself out.
                boolean selfClear = Math.abs(ss.score()) >= TextAnalyzer.NEUTRAL_THRESHOLD;
                int n = clear - (selfClear ? 1 : 0);
                double c = n == 0 ? 0 : (sum - (selfClear ? ss.score() : 0)) / n;
                out.add(new Item(r.getKey(), s.label(), ss.label(), ss.score(), aspect, c));
            }
        }
        return out;
    }

    static List<Setting> grid() {
        List<Setting> g = new ArrayList<>();
        g.add(Setting.OFF);
        for (double tau = 0.05; tau <= 0.91; tau += 0.05) {
            for (boolean neg : new boolean[] {true, false}) {
                for (boolean asp : new boolean[] {true, false}) {
                    g.add(new Setting(Math.round(tau * 20) / 20.0, neg, asp));
                }
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
        // The engine without the rule this study chose (it ships on): the grid's settings are applied on top.
        TextAnalyzer a = TextAnalyzer.withDefaults().withImplicitComplaints(false);
        List<Item> train = items(a, SemEvalReader.read(Path.of(args[0])));
        List<Evaluator.Prediction> pooled = ReviewFolds.crossValidate(train, Item::review, grid(), Setting::apply);
        var cv = Evaluator.report(pooled);
        System.out.printf(Locale.ROOT, "5-fold pooled: macro-F1 %.4f accuracy %.4f 2-class %.4f (off: %.4f)%n",
                cv.threeClass().macroF1(), cv.threeClass().accuracy(), cv.twoClassAccuracy(), macro(train, Setting.OFF));
        for (Setting s : grid()) {
            var r = Evaluator.report(train.stream().map(s::apply).toList());
            System.out.printf(Locale.ROOT, "whole file %s: macro-F1 %.4f%n", s, r.threeClass().macroF1());
        }
        long withAspect = train.stream().filter(i -> i.label() == SentimentLabel.NEUTRAL && i.aspect()).count();
        long neutral = train.stream().filter(i -> i.label() == SentimentLabel.NEUTRAL).count();
        System.out.printf(Locale.ROOT, "neutral predictions %d, with an aspect %d%n", neutral, withAspect);
        if (args.length > 1) {
            Setting chosen = best(train);
            List<Item> test = items(a, SemEvalReader.read(Path.of(args[1])));
            var r = Evaluator.report(test.stream().map(chosen::apply).toList());
            System.out.printf(Locale.ROOT, "test with %s: macro-F1 %.4f accuracy %.4f 2-class %.4f%n", chosen,
                    r.threeClass().macroF1(), r.threeClass().accuracy(), r.twoClassAccuracy());
        }
    }
}
