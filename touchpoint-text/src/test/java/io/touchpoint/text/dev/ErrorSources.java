package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.sentiment.SentenceScore;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PreparedText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development aid (counts only, no sentence printed, so it may be run on a held-out file): which part of the engine
 * gave each 2-class error of a SemEval file its wrong sign. The sentence is re-scored alone and split into the
 * lexicon and rules' compound and the polarity model's reading: the lexicon pointed the wrong way, the lexicon had
 * nothing and the model pointed the wrong way, the lexicon was right and the model outweighed it, or the sentence
 * alone was right and its review's context turned it. Usage: ErrorSources FILE.xml...
 */
public final class ErrorSources {

    public static void main(String[] args) throws Exception {
        SentimentScorer scorer = new SentimentScorer(SentimentLexicon.defaults());
        PolarityModel model = PolarityModel.defaults();
        Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());
        for (String f : args) {
            List<SemEvalReader.Sentence> sentences = SemEvalReader.read(Path.of(f));
            List<Evaluator.Prediction> inReview = evaluator.predictionsInReviews(sentences);
            List<Evaluator.Prediction> alone = evaluator.predictions(Evaluator.labelled(sentences));
            List<SemEvalReader.Sentence> labelled = sentences.stream().filter(s -> s.label() != null).toList();
            Map<String, Integer> counts = new TreeMap<>();
            for (int i = 0; i < labelled.size(); i++) {
                SemEvalReader.Sentence s = labelled.get(i);
                if (s.label() == SentimentLabel.NEUTRAL) {
                    continue;
                }
                boolean gold = s.label() == SentimentLabel.POSITIVE;
                if ((inReview.get(i).score() >= 0) == gold) {
                    continue;
                }
                String g = gold ? "gold positive" : "gold negative";
                if ((alone.get(i).score() >= 0) == gold) {
                    counts.merge(g + ": right alone, turned by its review", 1, Integer::sum);
                    continue;
                }
                PreparedText p = PreparedText.of(s.text());
                double lex = 0;
                double m = 0;
                for (int[] r : p.sentences) {
                    SentenceScore sc = scorer.score(p.tokens, p.keys, r[0], r[1], p.shouting, null);
                    lex += sc.compound();
                    m += model.polarity(p, r[0], r[1], sc.notTheGuestsMask(p.tokens.size()));
                }
                String why;
                if (Math.abs(lex) < 0.05) {
                    why = "lexicon and rules silent, model wrong";
                } else if ((lex > 0) != gold) {
                    why = (m > 0) == gold ? "lexicon wrong, model right but weaker" : "lexicon wrong, model wrong too";
                } else {
                    why = "lexicon right, model outweighed it";
                }
                counts.merge(g + ": " + why, 1, Integer::sum);
            }
            System.out.println("== " + Path.of(f).getFileName());
            counts.forEach((k, v) -> System.out.println(v + "\t" + k));
        }
    }
}
