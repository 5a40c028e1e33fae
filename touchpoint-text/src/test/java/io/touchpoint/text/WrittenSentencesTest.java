package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sentences the eleventh session wrote to decide its rules (resource {@code written-sentences.tsv}), read as a
 * whole: how many the engine labels wrongly and how many it gives the wrong sign. The bounds are the counts measured
 * when they were written (labels: neutral where a sign was meant counts as wrong), so a change that breaks more of
 * them than it mends fails here even when no single assertion of {@link SentimentTest} names the sentence.
 *
 * <p>Since the twelfth session the review direction (the model that signs sentences without clear evidence) is trained
 * on these sentences too, so the sign count is partly in-sample: it guards the rules and the direction together. The
 * label count is not affected (the direction changes no label).
 */
class WrittenSentencesTest {

    /**
     * Measured 2026-11-28, twelfth session: 139 labels and 46 signs wrong of 1,096 (66 with a direction not trained on
     * them, 69 without a direction).
     */
    static final int MAX_WRONG_LABELS = 139;
    static final int MAX_WRONG_SIGNS = 46;

    private record Written(SentimentLabel label, String text) {
    }

    @Test
    void writtenSentencesStayAsRightAsWhenTheyWereWritten() throws IOException {
        List<Written> sentences = read();
        assertThat(sentences).hasSizeGreaterThan(1000);
        TextAnalyzer analyzer = TextAnalyzer.withDefaults();
        int wrongLabels = 0;
        int wrongSigns = 0;
        for (Written w : sentences) {
            Sentiment s = analyzer.analyze(w.text()).sentiment();
            wrongLabels += s.label() == w.label() ? 0 : 1;
            // as in the 2-class figures: a score of exactly 0 counts as positive
            wrongSigns += (s.score() >= 0) == (w.label() == SentimentLabel.POSITIVE) ? 0 : 1;
        }
        assertThat(wrongSigns).as("sentences given the wrong sign").isLessThanOrEqualTo(MAX_WRONG_SIGNS);
        assertThat(wrongLabels).as("sentences labelled wrongly").isLessThanOrEqualTo(MAX_WRONG_LABELS);
    }

    private static List<Written> read() throws IOException {
        List<Written> out = new ArrayList<>();
        try (InputStream in = WrittenSentencesTest.class.getResourceAsStream("written-sentences.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.add(new Written(SentimentLabel.valueOf(line.substring(0, tab).toUpperCase(java.util.Locale.ROOT)),
                        line.substring(tab + 1)));
            }
        }
        return out;
    }
}
