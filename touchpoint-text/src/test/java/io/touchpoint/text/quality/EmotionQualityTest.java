package io.touchpoint.text.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.EmotionCluster;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.GoEmotions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shaw clusters on the GoEmotions test split (mapped as proposed in shared/data/goemotions/README.md). The model was
 * trained on the train split and its thresholds chosen on dev; test was never seen. Figures as in docs/quality.md.
 */
class EmotionQualityTest {

    @Test
    void perClusterF1OnGoEmotionsTest() throws Exception {
        Evaluator.EmotionReport r = new Evaluator(TextAnalyzer.withDefaults())
                .emotions(GoEmotions.read(QualityData.file("goemotions/test.tsv")));
        assertThat(r.n()).isEqualTo(5427);
        Map<EmotionCluster, double[]> c = r.perCluster();
        assertThat(c.get(EmotionCluster.ADVOCACY)[2]).isGreaterThanOrEqualTo(ADVOCACY);
        assertThat(c.get(EmotionCluster.RECOMMENDATION)[2]).isGreaterThanOrEqualTo(RECOMMENDATION);
        assertThat(c.get(EmotionCluster.ATTENTION)[2]).isGreaterThanOrEqualTo(ATTENTION);
        assertThat(c.get(EmotionCluster.DESTROYING)[2]).isGreaterThanOrEqualTo(DESTROYING);
    }

    static final double ADVOCACY = 0.748;
    static final double RECOMMENDATION = 0.395;
    static final double ATTENTION = 0.460;
    static final double DESTROYING = 0.547;
}
