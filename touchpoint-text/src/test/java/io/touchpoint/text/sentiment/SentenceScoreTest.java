package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceScoreTest {

    private static SentenceScore of(OpinionUnit... units) {
        double sum = 0;
        for (OpinionUnit u : units) {
            sum += u.value() * u.weight();
        }
        return new SentenceScore(List.of(units), sum, SentenceScore.squash(sum), false);
    }

    @Test
    void theModelAddsItsPolarityToTheSum() {
        SentenceScore s = of(new OpinionUnit(0, 1, 1.5f, 1.5f, 1f, false)).withModel(0.4, 1.0);
        assertThat(s.sum()).isCloseTo(1.9, offset(1e-6));
        assertThat(of().withModel(-0.3, 1.0).sum()).isCloseTo(-0.3, offset(1e-6));
    }

    @Test
    void theModelDoesNotReverseUnanimousOpinionWordsButHalvesThem() {
        SentenceScore complaint = of(new OpinionUnit(0, 1, -0.6f, -0.6f, 1f, false));
        SentenceScore read = complaint.withModel(0.9, 1.0);
        assertThat(read.sum()).isCloseTo(-0.3, offset(1e-6));
        assertThat(read.compound()).isNegative();
    }

    @Test
    void mixedOpinionWordsCanBeTippedByTheModel() {
        SentenceScore mixed = of(new OpinionUnit(0, 1, 1.5f, 1.5f, 1f, false),
                new OpinionUnit(2, 3, -1.9f, -1.9f, 1f, false));
        assertThat(mixed.withModel(0.9, 1.0).compound()).isPositive();
    }
}
