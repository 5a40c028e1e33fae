package io.touchpoint.text.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "The staff’s welcome was GREAT!!! Check-in took 10:30 mins :) 😀";
        for (Token t : tokenizer.tokenize(text)) {
            assertThat(text.substring(t.start, t.end)).isEqualTo(t.text);
        }
    }

    @Test
    void keepsContractionsAndFoldsTypographicApostrophes() {
        List<Token> tokens = tokenizer.tokenize("We didn’t like it, it wasn't clean");
        assertThat(tokens).extracting(t -> t.norm).contains("didn't", "wasn't");
    }

    @Test
    void readsContractionsTypedWithoutTheirApostropheAsWrittenWithIt() {
        assertThat(tokenizer.tokenize("I didnt like it, wouldnt go back")).extracting(t -> t.norm)
                .containsExactly("i", "didn't", "like", "it", ",", "wouldn't", "go", "back");
        assertThat(tokenizer.tokenize("it did n't work")).extracting(t -> t.norm)
                .containsExactly("it", "did", "not", "work");
        // Spans and the text as written stay as typed.
        Token t = tokenizer.tokenize("Dont").get(0);
        assertThat(t.text).isEqualTo("Dont");
        assertThat(t.end).isEqualTo(4);
    }

    @Test
    void splitsHyphenatedCompoundsAndRemembersTheJoin() {
        List<Token> tokens = tokenizer.tokenize("check-in was slow - really");
        assertThat(tokens).extracting(t -> t.norm).containsExactly("check", "in", "was", "slow", "-", "really");
        assertThat(tokens.get(1).hyphenJoined).isTrue();
        assertThat(tokens.get(4).kind).isEqualTo(Token.Kind.PUNCT);
    }

    @Test
    void recognisesEmojiAndEmoticonsButNotInsideWordsOrUrls() {
        List<Token> tokens = tokenizer.tokenize("Loved it :) see http://x.io 👍🏽 Box");
        assertThat(tokens).filteredOn(t -> t.kind == Token.Kind.EMOTICON).extracting(t -> t.text)
                .containsExactly(":)");
        assertThat(tokens).filteredOn(t -> t.kind == Token.Kind.EMOJI).extracting(t -> t.norm)
                .containsExactly("👍");
        assertThat(tokens).extracting(t -> t.norm).contains("box");
    }

    @Test
    void marksCapitalsElongationAndPunctuationRuns() {
        List<Token> tokens = tokenizer.tokenize("SOOO goooood!!!");
        assertThat(tokens.get(0).allCaps).isTrue();
        assertThat(tokens.get(0).elongated).isTrue();
        assertThat(tokens.get(1).norm).isEqualTo("good");
        assertThat(tokens.get(2).text).isEqualTo("!!!");
        assertThat(tokens).hasSize(3);
    }

    @Test
    void keepsNumbersAndAbbreviationsWhole() {
        List<Token> tokens = tokenizer.tokenize("Paid $4.50 at 10:30 a.m. e.g. coffee");
        assertThat(tokens).extracting(t -> t.text).contains("4.50", "10:30", "a.m", "e.g");
    }

    @Test
    void splitsSentencesOnPunctuationAndLineBreaksButNotAbbreviations() {
        String text = "Great stay!! The room was clean. Dr. Smith agreed\nWould return :)";
        List<Token> tokens = tokenizer.tokenize(text);
        List<int[]> sentences = new SentenceSplitter().split(tokens);
        assertThat(sentences).hasSize(4);
        assertThat(text.substring(tokens.get(sentences.get(2)[0]).start, tokens.get(sentences.get(2)[1] - 1).end))
                .isEqualTo("Dr. Smith agreed");
        assertThat(text.substring(tokens.get(sentences.get(3)[0]).start, tokens.get(sentences.get(3)[1] - 1).end))
                .isEqualTo("Would return :)");
    }
}
