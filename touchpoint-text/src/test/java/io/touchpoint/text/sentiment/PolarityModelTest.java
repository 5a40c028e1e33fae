package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.token.PreparedText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolarityModelTest {

    private static final LinearTrainer.Settings SETTINGS = new LinearTrainer.Settings(1, 20, 0.2, 1e-4, 4.0, 0f, 42L);
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static List<GoEmotions.Example> comments() {
        List<GoEmotions.Example> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(new GoEmotions.Example("I love this, thank you", Set.of("love", "gratitude")));
            out.add(new GoEmotions.Example("this makes me so angry", Set.of("anger")));
            out.add(new GoEmotions.Example("we went there on a Tuesday", Set.of("neutral")));
        }
        return out;
    }

    private static double polarity(PolarityModel m, String text) {
        PreparedText p = PreparedText.of(text);
        return m.polarity(p, p.sentences.get(0)[0], p.sentences.get(0)[1]);
    }

    @Test
    void theReviewDirectionLearnsWhatReviewSentencesSayAndKeepsItsOwnHeads() {
        List<Evaluator.Labelled> reviews = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reviews.add(new Evaluator.Labelled("the soup arrived after forty minutes", SentimentLabel.NEGATIVE));
            reviews.add(new Evaluator.Labelled("the soup arrived piping and fragrant", SentimentLabel.POSITIVE));
            reviews.add(new Evaluator.Labelled("the menu lists six soups", SentimentLabel.NEUTRAL));
        }
        LinearModel m = PolarityModel.trainWithReviews(comments(), reviews, SETTINGS, QUIET);
        assertThat(m.headNames()).containsExactly(PolarityModel.REVIEW_POSITIVE, PolarityModel.REVIEW_NEGATIVE);
        PolarityModel direction = new PolarityModel(m, PolarityModel.REVIEW_POSITIVE, PolarityModel.REVIEW_NEGATIVE);
        assertThat(polarity(direction, "the soup arrived after forty minutes")).isNegative();
        assertThat(polarity(direction, "the soup arrived piping and fragrant")).isPositive();
        // what GoEmotions teaches is still there
        assertThat(polarity(direction, "I love this")).isPositive();
        assertThat(polarity(direction, "so angry")).isNegative();
        // centred on GoEmotions' neutral comments, as the GoEmotions model is
        assertThat(Math.abs(polarity(direction, "we went there on a Tuesday"))).isLessThan(0.2);
        // a reader of the GoEmotions heads finds none in it
        assertThatThrownBy(() -> new PolarityModel(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive and negative");
    }

    @Test
    void withoutReviewSentencesTheGoEmotionsModelIsTrainedAsBefore() {
        LinearModel a = PolarityModel.train(comments(), SETTINGS, QUIET);
        LinearModel b = PolarityModel.trainWithReviews(comments(), List.of(), SETTINGS, QUIET);
        assertThat(a.headNames()).containsExactly("positive", "negative");
        PolarityModel pa = new PolarityModel(a);
        PolarityModel pb = new PolarityModel(b, PolarityModel.REVIEW_POSITIVE, PolarityModel.REVIEW_NEGATIVE);
        for (String t : List.of("I love this, thank you", "this makes me so angry", "we went there on a Tuesday")) {
            assertThat(polarity(pb, t)).isEqualTo(polarity(pa, t));
        }
    }

    @Test
    void theShippedReviewDirectionIsReadableAndTheGoEmotionsModelStaysApart() {
        LinearModel review = LinearModel.resource(PolarityModel.REVIEW_RESOURCE);
        assertThat(review).isNotNull();
        assertThat(review.headNames()).containsExactly(PolarityModel.REVIEW_POSITIVE, PolarityModel.REVIEW_NEGATIVE);
        assertThat(LinearModel.resource(PolarityModel.RESOURCE).headNames()).containsExactly("positive", "negative");
    }
}
