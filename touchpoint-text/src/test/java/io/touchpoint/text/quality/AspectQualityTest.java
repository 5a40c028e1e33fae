package io.touchpoint.text.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import org.junit.jupiter.api.Test;

/**
 * Aspect categories on the SemEval-2015 restaurant test file with the official measures: category detection F1
 * (Slot 1) and polarity accuracy given the gold categories (Slot 3). Figures as reported in docs/quality.md.
 */
class AspectQualityTest {

    @Test
    void semEval2015RestaurantTest() throws Exception {
        Evaluator.AspectReport r = new Evaluator(TextAnalyzer.withDefaults())
                .aspects(SemEvalReader.read(QualityData.file("reviews-dev/ABSA15_Restaurants_Test.xml")));
        assertThat(r.gold()).isEqualTo(GOLD);
        assertThat(r.f1()).isGreaterThanOrEqualTo(CATEGORY_F1);
        assertThat(r.polarityAccuracy()).isGreaterThanOrEqualTo(POLARITY_ACCURACY);
    }

    /** As `text evaluate` reads a 2015 file: sentences in their review, where implicit complaints count. */
    @Test
    void semEval2015RestaurantTestReadInReviews() throws Exception {
        Evaluator.AspectReport r = new Evaluator(TextAnalyzer.withDefaults())
                .aspectsInReviews(SemEvalReader.read(QualityData.file("reviews-dev/ABSA15_Restaurants_Test.xml")));
        assertThat(r.gold()).isEqualTo(GOLD);
        assertThat(r.f1()).isGreaterThanOrEqualTo(CATEGORY_F1);
        assertThat(r.polarityAccuracy()).isGreaterThanOrEqualTo(POLARITY_ACCURACY_IN_REVIEWS);
    }

    static final long GOLD = 775;
    static final double CATEGORY_F1 = 0.557;
    static final double POLARITY_ACCURACY = 0.717;
    static final double POLARITY_ACCURACY_IN_REVIEWS = 0.750;
}
