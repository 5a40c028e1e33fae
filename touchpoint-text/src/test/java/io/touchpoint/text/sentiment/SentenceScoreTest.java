package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceScoreTest {

    private static final double BAND = 0.14;

    private static SentenceScore score(double compound) {
        return new SentenceScore(List.of(), 0.0, compound, false);
    }

    @Test
    void aWeakScoreTakesTheLeaningHeldInsideTheBand() {
        assertThat(score(0.05).leaning(-0.08, BAND).compound()).isEqualTo(-0.08);
        assertThat(score(-0.01).leaning(0.9, BAND).compound()).isLessThan(BAND).isGreaterThan(0.1399);
        assertThat(score(0.0).leaning(-0.9, BAND).compound()).isGreaterThan(-BAND).isLessThan(-0.1399);
    }

    @Test
    void aClearScoreIsLeftAsItIs() {
        SentenceScore clear = score(0.14);
        assertThat(clear.leaning(-0.5, BAND)).isSameAs(clear);
        SentenceScore complaint = score(-0.6);
        assertThat(complaint.leaning(0.1, BAND)).isSameAs(complaint);
    }
}
