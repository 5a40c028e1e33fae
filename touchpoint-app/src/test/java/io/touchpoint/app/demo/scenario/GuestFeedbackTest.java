package io.touchpoint.app.demo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.text.AspectMention;
import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The demo's comments, read by the text engine as the insights page reads them, tell each hotel's story in varied
 * words: the topic x sentiment matrix and "what drives detractors" must show Boston's noise, Lisbon's Wi-Fi and
 * Edinburgh's queue at the desk, not one sentence repeated a thousand times.
 */
class GuestFeedbackTest {

    private static final TextAnalyzer ANALYZER = TextAnalyzer.withDefaults();
    private static final int DRAWS = 300;

    @Test
    void commentsAreVariedAndFollowTheGuestsMood() {
        SplittableRandom r = new SplittableRandom(11);
        Set<String> distinct = new HashSet<>();
        int promotersPositive = 0;
        int detractorsNegative = 0;
        for (Hotel h : List.of(HotelGroup.LISBON, HotelGroup.EDINBURGH, HotelGroup.BOSTON)) {
            for (int i = 0; i < DRAWS; i++) {
                String good = GuestFeedback.comment(h, 10, false, r);
                String bad = GuestFeedback.comment(h, 2, false, r);
                distinct.add(good);
                distinct.add(bad);
                promotersPositive += ANALYZER.analyze(good).sentiment().label() == SentimentLabel.POSITIVE ? 1 : 0;
                detractorsNegative += ANALYZER.analyze(bad).sentiment().label() == SentimentLabel.NEGATIVE ? 1 : 0;
            }
        }
        assertThat(distinct).as("different comments among %d", 6 * DRAWS).hasSizeGreaterThan(900);
        assertThat(promotersPositive).as("promoters' comments read positive").isGreaterThan((int) (3 * DRAWS * 0.85));
        assertThat(detractorsNegative).as("detractors' comments read negative").isGreaterThan((int) (3 * DRAWS * 0.8));
    }

    @Test
    void eachHotelsDetractorsComplainAboutItsOwnWeakPoints() {
        assertThat(negativeShare(HotelGroup.BOSTON, "Room > Noise", false))
                .isGreaterThan(2 * negativeShare(HotelGroup.LISBON, "Room > Noise", false));
        assertThat(negativeShare(HotelGroup.LISBON, "Facilities > Wi-Fi", false))
                .isGreaterThan(2 * negativeShare(HotelGroup.BOSTON, "Facilities > Wi-Fi", false));
        assertThat(negativeShare(HotelGroup.EDINBURGH, "Check-in", true))
                .isGreaterThan(3 * negativeShare(HotelGroup.EDINBURGH, "Check-in", false));
    }

    @Test
    void theSameDrawGivesTheSameComment() {
        assertThat(GuestFeedback.comment(HotelGroup.BOSTON, 4, false, new SplittableRandom(5)))
                .isEqualTo(GuestFeedback.comment(HotelGroup.BOSTON, 4, false, new SplittableRandom(5)));
    }

    /** Share of a hotel's detractor comments with a negative mention of the topic (or one of its subtopics). */
    private static double negativeShare(Hotel h, String topic, boolean slipping) {
        SplittableRandom r = new SplittableRandom(3);
        int hits = 0;
        for (int i = 0; i < DRAWS; i++) {
            TextAnalysis a = ANALYZER.analyze(GuestFeedback.comment(h, 3, slipping, r));
            for (AspectMention m : a.aspects()) {
                if ((m.path().equals(topic) || m.path().startsWith(topic + " > "))
                        && m.label() == SentimentLabel.NEGATIVE) {
                    hits++;
                    break;
                }
            }
        }
        return (double) hits / DRAWS;
    }
}
