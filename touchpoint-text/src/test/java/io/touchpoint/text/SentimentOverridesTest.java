package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentOverridesTest {

    private final TextAnalyzer analyzer = TextAnalyzer.withDefaults();

    @Test
    void aCorrectedPhraseCarriesItsNewLabel() {
        String text = "The rooftop DJ set was sick.";
        assertThat(analyzer.analyze(text).sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        TextAnalyzer corrected = analyzer.withOverrides(SentimentOverrides.of(Map.of("sick", SentimentLabel.POSITIVE)));
        assertThat(corrected.analyze(text).sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void aNeutralPhraseSilencesTheWordsInIt() {
        String text = "We booked the Deluxe Paradise Suite.";
        TextAnalyzer corrected = analyzer.withOverrides(SentimentOverrides.none().with("deluxe paradise suite",
                SentimentLabel.NEUTRAL));
        assertThat(corrected.analyze(text).sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(corrected.analyze(text).sentiment().score()).isLessThan(analyzer.analyze(text).sentiment().score());
    }

    @Test
    void overridesParseFromLinesAndDoNotLeakIntoOtherAnalyzers() {
        SentimentOverrides o = SentimentOverrides.parse("""
                # staff corrections
                basic\tneutral
                a bit tired\t-1.5
                """);
        assertThat(o.valences()).containsEntry("basic", 0.0).containsEntry("a bit tired", -1.5);
        analyzer.withOverrides(o);
        assertThat(TextAnalyzer.withDefaults().overrides().isEmpty()).isTrue();
        assertThatThrownBy(() -> SentimentOverrides.parse("no tab here")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> o.with("x", 9.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
