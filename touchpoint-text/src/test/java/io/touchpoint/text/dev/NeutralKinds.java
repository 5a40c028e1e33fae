package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development aid (not a test): counts only, no sentence printed, so it may be run on a held-out file. Gold-neutral
 * sentences of a SemEval-2015 file split by kind (no opinion at all, or opinions of neutral polarity) against what
 * the engine calls them in their review (or alone, with a second argument "alone"); the predicted-neutral sentences by
 * their gold label; the errors on opinion sentences by the entity of their opinions; and the 2-class errors (sign of
 * the score) by gold label and by whether the score was weak or clear.
 */
public final class NeutralKinds {

    public static void main(String[] args) throws Exception {
        List<SemEvalReader.Sentence> sentences = SemEvalReader.read(Path.of(args[0]));
        Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());
        boolean alone = args.length > 1 && args[1].equals("alone");
        List<Evaluator.Prediction> predictions = alone ? evaluator.predictions(Evaluator.labelled(sentences))
                : evaluator.predictionsInReviews(sentences);
        List<SemEvalReader.Sentence> labelled = sentences.stream().filter(s -> s.label() != null).toList();
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            SemEvalReader.Sentence s = labelled.get(i);
            Evaluator.Prediction p = predictions.get(i);
            if (s.label() == SentimentLabel.NEUTRAL) {
                String kind = s.opinions().isEmpty() ? "gold neutral, no opinion" : "gold neutral, neutral opinion";
                counts.merge(kind + " -> " + p.predicted().wireName(), 1, Integer::sum);
            }
            if (s.label() != SentimentLabel.NEUTRAL && (p.score() >= 0) != (s.label() == SentimentLabel.POSITIVE)) {
                String band = Math.abs(p.score()) < 0.14 ? "weak (|score| < 0.14)" : "clear";
                counts.merge("2-class error, gold " + s.label().wireName() + ", " + band, 1, Integer::sum);
            }
            if (p.predicted() != s.label() && s.label() != SentimentLabel.NEUTRAL) {
                for (String entity : s.opinions().stream().map(o -> o.category().split("#")[0]).distinct().toList()) {
                    counts.merge("error " + s.label().wireName() + " -> " + p.predicted().wireName() + " about "
                            + entity, 1, Integer::sum);
                }
            }
            if (p.predicted() == SentimentLabel.NEUTRAL && s.label() != SentimentLabel.NEUTRAL) {
                String kind = s.opinions().size() == 1 ? "one opinion" : "several opinions";
                counts.merge("called neutral, gold " + s.label().wireName() + ", " + kind, 1, Integer::sum);
            }
        }
        counts.forEach((k, v) -> System.out.println(v + "\t" + k));
    }
}
