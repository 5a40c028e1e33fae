package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private final TextAnalyzer analyzer = TextAnalyzer.withDefaults();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The room was clean and the staff were friendly.           | en
            A must try!                                               | en
            Great!!                                                   | en
            Das Zimmer war sauber und das Personal sehr freundlich.   | de
            La chambre était propre et le personnel très aimable.     | fr
            La habitación estaba limpia y el personal muy amable.     | es
            La camera era pulita e il personale molto gentile.        | it
            O quarto estava limpo e os funcionários muito simpáticos. | pt
            De kamer was schoon en het personeel heel vriendelijk.    | nl
            Номер был чистый, персонал очень приветливый.             | ru
            部屋はとても綺麗で、スタッフも親切でした。                    | ja
            房间很干净，服务员很友好。                                   | zh
            방이 깨끗하고 직원들이 친절했어요.                            | ko
            Izba bola čistá a personál veľmi milý.                    | sk
            Soba je bila čista, a osoblje vrlo ljubazno i uslužno.    | hr
            Soba je bila čista in osebje zelo prijazno.               | sl
            L'habitació era neta i el personal molt amable.           | ca
            Phòng rất sạch sẽ và nhân viên rất thân thiện.            | vi
            Ang kwarto ay malinis at ang mga staff ay mabait.         | tl
            Chumba kilikuwa safi na wafanyakazi walikuwa wakarimu sana. | sw
            Kambarys buvo švarus, o personalas labai malonus.         | lt
            Wifi ok. Pool ok. Bar ok.                                 | en
            Great location, friendly staff, clean rooms, fair price.  | en
            """)
    void detectsTheLanguage(String text, String code) {
        assertThat(analyzer.analyze(text.trim()).language()).isEqualTo(code);
    }

    @Test
    void nonEnglishIsFlaggedAndNotScored() {
        TextAnalysis a = analyzer.analyze("Das Frühstück war schrecklich und das Zimmer schmutzig.");
        assertThat(a.english()).isFalse();
        assertThat(a.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(a.aspects()).isEmpty();
        assertThat(a.sentences()).hasSize(1);
    }

    @Test
    void wordsOfALanguageTheDetectorDoesNotKnowAreUndeterminedNotEnglish() {
        // Basque and Georgian: neither is known to the detector; before, both were read as English.
        for (String text : List.of("Hotela oso polita zen eta langileak oso atseginak, baina gosaria ez zen ona.",
                "ოთახი იყო სუფთა და პერსონალი ძალიან თავაზიანი.")) {
            TextAnalysis a = analyzer.analyze(text);
            assertThat(a.language()).as(text).isEqualTo("und");
            assertThat(a.english()).isFalse();
            assertThat(a.aspects()).isEmpty();
            assertThat(a.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        }
        // A short text with no known word is most likely English.
        assertThat(analyzer.analyze("Wifi ok.").language()).isEqualTo("en");
    }

    @Test
    void textWithoutWordsHasNoLanguageButEmojiStillCount() {
        TextAnalysis a = analyzer.analyze("👍👍");
        assertThat(a.language()).isEqualTo("zxx");
        assertThat(a.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analyzer.analyze("").language()).isEqualTo("zxx");
    }
}
