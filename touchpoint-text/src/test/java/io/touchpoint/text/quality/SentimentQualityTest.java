package io.touchpoint.text.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sentence sentiment on SemEval restaurant reviews (shared/data/reviews-dev, labels by its README rule). The figures
 * asserted are the ones reported in docs/quality.md; the targets are macro-F1 0.70 and 2-class accuracy
 * 0.90 on the 2014 file. The 2015 test file was not used to develop the lexicon or rules (held out); the 2015
 * training file was, in two rounds of reading its errors (2026-11-27). Both are scored the way {@code text evaluate}
 * does (each review analysed as one text) and with every sentence alone.
 */
class SentimentQualityTest {

    private final Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());

    private Evaluator.SentimentReport report(String file) throws Exception {
        Path xml = QualityData.file("reviews-dev/" + file);
        return evaluator.sentiment(Evaluator.labelled(SemEvalReader.read(xml)));
    }

    /** As {@code text evaluate} scores 2015 files: each review analysed as one text. */
    private Evaluator.SentimentReport inReviews(String file) throws Exception {
        return evaluator.sentimentInReviews(SemEvalReader.read(QualityData.file("reviews-dev/" + file)));
    }

    @Test
    void semEval2014MeetsTheTargets() throws Exception {
        Evaluator.SentimentReport r = report("Restaurants_Train_v2.xml");
        LabelMetrics m = r.threeClass();
        assertThat(m.n()).isEqualTo(2768);
        assertThat(m.macroF1()).isGreaterThanOrEqualTo(MACRO_F1_2014).isGreaterThanOrEqualTo(0.70);
        assertThat(r.twoClassAccuracy()).isGreaterThanOrEqualTo(TWO_CLASS_2014).isGreaterThanOrEqualTo(0.90);
        Map<String, LabelMetrics.ClassFigures> per = m.perClass();
        assertThat(per.get("neutral").f1()).isGreaterThanOrEqualTo(NEUTRAL_F1_2014);
    }

    @Test
    void semEval2015SentencesReadInTheirReview() throws Exception {
        Evaluator.SentimentReport train = inReviews("ABSA-15_Restaurants_Train_Final.xml");
        assertThat(train.threeClass().n()).isEqualTo(1210);
        assertThat(train.threeClass().macroF1()).isGreaterThanOrEqualTo(MACRO_F1_2015_TRAIN_IN_REVIEW);
        assertThat(train.twoClassAccuracy()).isGreaterThanOrEqualTo(TWO_CLASS_2015_TRAIN_IN_REVIEW);
        Evaluator.SentimentReport test = inReviews("ABSA15_Restaurants_Test.xml");
        assertThat(test.threeClass().n()).isEqualTo(623);
        assertThat(test.threeClass().macroF1()).isGreaterThanOrEqualTo(MACRO_F1_2015_TEST_IN_REVIEW);
        assertThat(test.twoClassAccuracy()).isGreaterThanOrEqualTo(TWO_CLASS_2015_TEST_IN_REVIEW);
    }

    @Test
    void semEval2014HasNoReviewsSoReadingInReviewsChangesNothing() throws Exception {
        Evaluator.SentimentReport r = inReviews("Restaurants_Train_v2.xml");
        assertThat(r.threeClass().n()).isEqualTo(2768);
        assertThat(r.threeClass().macroF1()).isGreaterThanOrEqualTo(MACRO_F1_2014);
        assertThat(r.twoClassAccuracy()).isGreaterThanOrEqualTo(TWO_CLASS_2014);
    }

    @Test
    void semEval2015HeldOutFilesSentencesAlone() throws Exception {
        Evaluator.SentimentReport train = report("ABSA-15_Restaurants_Train_Final.xml");
        assertThat(train.threeClass().macroF1()).isGreaterThanOrEqualTo(MACRO_F1_2015_TRAIN);
        assertThat(train.twoClassAccuracy()).isGreaterThanOrEqualTo(TWO_CLASS_2015_TRAIN);
        Evaluator.SentimentReport test = report("ABSA15_Restaurants_Test.xml");
        assertThat(test.threeClass().macroF1()).isGreaterThanOrEqualTo(MACRO_F1_2015_TEST);
        assertThat(test.twoClassAccuracy()).isGreaterThanOrEqualTo(TWO_CLASS_2015_TEST);
    }

    // Reported in docs/quality.md (measured values rounded down).
    static final double MACRO_F1_2014 = 0.784;
    static final double TWO_CLASS_2014 = 0.943;
    static final double NEUTRAL_F1_2014 = 0.615;
    static final double MACRO_F1_2015_TRAIN = 0.809;
    static final double TWO_CLASS_2015_TRAIN = 0.949;
    static final double MACRO_F1_2015_TEST = 0.700;
    static final double TWO_CLASS_2015_TEST = 0.891;
    static final double MACRO_F1_2015_TRAIN_IN_REVIEW = 0.813;
    static final double TWO_CLASS_2015_TRAIN_IN_REVIEW = 0.979;
    static final double MACRO_F1_2015_TEST_IN_REVIEW = 0.713;
    static final double TWO_CLASS_2015_TEST_IN_REVIEW = 0.902;
}
