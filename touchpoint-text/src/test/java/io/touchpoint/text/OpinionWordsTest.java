package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpinionWordsTest {

    @Test
    void theWordsBehindTheSentimentWithTheirSpansAndValence() {
        String text = "The staff were not friendly, but the view was amazing!";
        List<OpinionWord> words = TextAnalyzer.withDefaults().opinionWords(text);
        assertThat(words).allMatch(w -> text.substring(w.start(), w.end()).equals(w.text()));
        OpinionWord friendly = words.stream().filter(w -> w.text().contains("friendly")).findFirst().orElseThrow();
        assertThat(friendly.negated() || friendly.text().startsWith("not")).isTrue();
        assertThat(friendly.valence()).isNegative();
        OpinionWord amazing = words.stream().filter(w -> w.text().contains("amazing")).findFirst().orElseThrow();
        assertThat(amazing.valence()).isPositive();
        assertThat(words.indexOf(friendly)).isLessThan(words.indexOf(amazing));
    }

    @Test
    void overridesShowAsTheyWeigh() {
        String text = "The rooftop bar was sick.";
        assertThat(TextAnalyzer.withDefaults().opinionWords(text)).extracting(OpinionWord::text).contains("sick");
        assertThat(TextAnalyzer.withDefaults().opinionWords(text).stream().filter(w -> w.text().equals("sick"))
                .findFirst().orElseThrow().valence()).isNegative();
        TextAnalyzer taught = TextAnalyzer.withDefaults()
                .withOverrides(SentimentOverrides.none().with("sick", SentimentLabel.POSITIVE));
        assertThat(taught.opinionWords(text).stream().filter(w -> w.text().equals("sick")).findFirst().orElseThrow()
                .valence()).isEqualTo(SentimentOverrides.LABEL_VALENCE);
    }

    @Test
    void nothingForTextsNotInEnglishOrWithoutOpinions() {
        TextAnalyzer a = TextAnalyzer.withDefaults();
        assertThat(a.opinionWords("Le petit déjeuner était excellent et le personnel très aimable, merci.")).isEmpty();
        assertThat(a.opinionWords("We arrived at 3pm.")).isEmpty();
        assertThat(a.opinionWords(null)).isEmpty();
    }
}
