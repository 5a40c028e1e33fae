package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.List;

/** Aggregate only: where the 2-class (forced sign) errors of a SemEval file sit by the size of the score. */
public final class SignErrors {
    public static void main(String[] args) throws Exception {
        List<Evaluator.Prediction> p = new Evaluator(TextAnalyzer.withDefaults())
                .predictionsInReviews(SemEvalReader.read(Path.of(args[0])));
        int n = 0, wrong = 0, zero = 0, zeroWrong = 0, weakWrong = 0, clearWrong = 0, goldNegZero = 0;
        int wrongPosAsNeg = 0, wrongNegAsPos = 0;
        for (Evaluator.Prediction x : p) {
            if (x.gold() == SentimentLabel.NEUTRAL) continue;
            n++;
            boolean neg = x.score() < 0;
            boolean ok = neg == (x.gold() == SentimentLabel.NEGATIVE);
            if (x.score() == 0) { zero++; if (!ok) zeroWrong++; if (x.gold() == SentimentLabel.NEGATIVE) goldNegZero++; }
            if (!ok) {
                wrong++;
                if (x.score() != 0 && Math.abs(x.score()) < TextAnalyzer.NEUTRAL_THRESHOLD) weakWrong++;
                if (Math.abs(x.score()) >= TextAnalyzer.NEUTRAL_THRESHOLD) clearWrong++;
                if (x.gold() == SentimentLabel.POSITIVE) wrongPosAsNeg++; else wrongNegAsPos++;
            }
        }
        System.out.printf("gold pos/neg %d, wrong sign %d (gold pos called neg %d, gold neg called pos %d); score exactly 0: %d (wrong %d, gold negative %d); weak nonzero wrong %d; clear wrong %d%n",
                n, wrong, wrongPosAsNeg, wrongNegAsPos, zero, zeroWrong, goldNegZero, weakWrong, clearWrong);
    }
}
