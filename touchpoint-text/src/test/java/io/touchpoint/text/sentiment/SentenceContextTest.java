package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceContextTest {

    private static List<SentenceScore> scores(double... compounds) {
        List<SentenceScore> out = new ArrayList<>();
        for (double c : compounds) {
            out.add(new SentenceScore(List.of(), 0, c, false));
        }
        return out;
    }

    @Test
    void aWeakSentenceLeansByTheWeightedMeanOfTheClearOnesWithinTheNeutralBand() {
        double[] s = new SentenceContext(0.1, 0.14).scores(scores(-0.6, 0.02, -0.8));
        assertThat(s[0]).isEqualTo(-0.6);
        assertThat(s[2]).isEqualTo(-0.8);
        assertThat(s[1]).isCloseTo(0.02 + 0.1 * -0.7, org.assertj.core.data.Offset.offset(1e-12));
        // A larger lean stops just inside the band: the sentence stays neutral.
        double[] strong = new SentenceContext(0.5, 0.14).scores(scores(-0.6, 0.02, -0.8));
        assertThat(strong[1]).isEqualTo(-Math.nextDown(0.14));
    }

    @Test
    void aWeakSentenceLeansTowardsItsNeighboursMoreThanTowardsDistantSentences() {
        // Three praises then a complaint, then a weak sentence: the text is positive on average, but the weak
        // sentence follows the complaint ("The waiter never came back." after "The service was awful.").
        double[] s = new SentenceContext(0.4, 0.14).scores(scores(0.8, 0.7, 0.6, -0.7, 0.02));
        assertThat(s[4]).isLessThan(0).isGreaterThan(-0.14);
        // At the start of the same text, it follows the praise.
        double[] t = new SentenceContext(0.4, 0.14).scores(scores(0.02, 0.8, 0.7, 0.6, -0.7));
        assertThat(t[0]).isGreaterThan(0.02).isLessThan(0.14);
    }

    @Test
    void clearSentencesSingleSentencesAndTextsWithoutClearSentencesAreLeftAlone() {
        SentenceContext context = new SentenceContext(1.0, 0.14);
        assertThat(context.scores(scores(0.6, -0.9))).containsExactly(0.6, -0.9);
        assertThat(context.scores(scores(0.05))).containsExactly(0.05);
        assertThat(context.scores(scores(0.05, -0.1, 0.13))).containsExactly(0.05, -0.1, 0.13);
        assertThat(new SentenceContext(0, 0.14).scores(scores(-0.9, 0.0))).containsExactly(-0.9, 0.0);
    }

    @Test
    void weakPraiseAloneAmongThreeComplaintsIsFaintButStrongPraiseOrTwoPraisesAreNot() {
        SentenceContext context = new SentenceContext(0.4, 0.14);
        double[] litany = context.scores(scores(-0.6, 0.3, -0.5, -0.7));
        assertThat(litany[1]).isLessThan(0).isGreaterThan(-0.14);
        // Clear praise, praise with company, or only two complaints: the praise stays.
        assertThat(context.scores(scores(-0.6, 0.7, -0.5, -0.7))[1]).isEqualTo(0.7);
        assertThat(context.scores(scores(-0.6, 0.3, 0.4, -0.5, -0.7))[1]).isEqualTo(0.3);
        assertThat(context.scores(scores(-0.6, 0.3, -0.5))[1]).isEqualTo(0.3);
        // The rule belongs to the implicit-complaint switch.
        assertThat(context.withImplicitComplaints(false).scores(scores(-0.6, 0.3, -0.5, -0.7))[1]).isEqualTo(0.3);
    }

    @Test
    void scoresStayInRangeAndTheWeightIsChecked() {
        assertThat(new SentenceContext(1.0, 0.14).scores(scores(-1.0, -0.13))[1]).isEqualTo(-Math.nextDown(0.14));
        assertThatThrownBy(() -> new SentenceContext(1.5, 0.14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentenceContext(-0.1, 0.14)).isInstanceOf(IllegalArgumentException.class);
    }
}
