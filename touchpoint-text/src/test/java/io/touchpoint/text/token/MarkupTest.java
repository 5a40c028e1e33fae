package io.touchpoint.text.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.AspectMention;
import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class MarkupTest {

    static final TextAnalyzer ANALYZER = TextAnalyzer.withDefaults();

    @Test
    void blanksTagsCharacterForCharacter() {
        String text = "Nice <b>room</b>, <a href=\"x\">link</a><br/>Bad <IMG SRC=x onerror=alert(1)>bed";
        String plain = Markup.blank(text);
        assertThat(plain).hasSameSizeAs(text);
        assertThat(plain).isEqualTo("Nice " + " ".repeat(3) + "room" + " ".repeat(4) + ", " + " ".repeat(12) + "link"
                + " ".repeat(4) + "\n" + " ".repeat(4) + "Bad " + " ".repeat(28) + "bed");
        assertThat(Markup.blank("no markup")).isSameAs("no markup");
    }

    @Test
    void blanksScriptBodiesCommentsAndUnclosedOnes() {
        assertThat(Markup.blank("a<script>alert('great')</script>b")).isEqualTo("a" + " ".repeat(31) + "b");
        assertThat(Markup.blank("a<style>p{}</style>b")).isEqualTo("a" + " ".repeat(18) + "b");
        assertThat(Markup.blank("a<!-- lovely -->b")).isEqualTo("a" + " ".repeat(15) + "b");
        assertThat(Markup.blank("fine <script>alert('amazing')")).isEqualTo("fine " + " ".repeat(24));
        assertThat(Markup.blank("fine <!-- amazing")).isEqualTo("fine " + " ".repeat(12));
    }

    @Test
    void leavesTextThatOnlyLooksLikeMarkup() {
        for (String text : new String[] {"I <3 this place", "price < 10 > 5", "<sigh> the wifi again",
                "<not good>", "a<b", "AT&T", "&unknown;", "& co", "&amp", "<>"}) {
            assertThat(Markup.blank(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void decodesCharacterReferencesInPlace() {
        String f = String.valueOf(Markup.FILLER);
        assertThat(Markup.blank("don&#39;t")).isEqualTo("don'" + f.repeat(4) + "t");
        assertThat(Markup.blank("B&amp;B")).isEqualTo("B&" + f.repeat(4) + "B");
        assertThat(Markup.blank("&quot;x&quot;")).isEqualTo("\"" + f.repeat(5) + "x\"" + f.repeat(5));
        assertThat(Markup.blank("caf&eacute; &#x27; &rsquo;")).hasSize("caf&eacute; &#x27; &rsquo;".length())
                .startsWith("caf\u00e9" + f.repeat(7) + " '");
        // Tags and references together: "&lt;b&gt;" is text that was escaped once, not a tag.
        assertThat(Markup.blank("<b>&lt;b&gt;</b>")).isEqualTo("   <" + f.repeat(3) + "b>" + f.repeat(3) + "    ");
    }

    @Test
    void anEncodedApostropheStillNegates() {
        double plain = ANALYZER.analyze("The staff don't care and the room wasn't clean.").sentiment().score();
        TextAnalysis encoded = ANALYZER.analyze("The staff don&#39;t care and the room wasn&rsquo;t clean.");
        assertThat(encoded.sentiment().score()).isEqualTo(plain).isNegative();
        assertThat(ANALYZER.analyze("Great B&amp;B, &quot;amazing&quot; host").sentiment().score())
                .isEqualTo(ANALYZER.analyze("Great B&B, \"amazing\" host").sentiment().score());
    }

    @Test
    void opinionWordsAndEvidenceQuoteWhatAReaderSees() {
        String text = "I can&#39;t fault the <b>friendly</b> staff.";
        var words = ANALYZER.opinionWords(text);
        assertThat(words).extracting(w -> w.text()).contains("can't fault", "friendly");
        var fault = words.stream().filter(w -> w.text().equals("can't fault")).findFirst().orElseThrow();
        assertThat(text.substring(fault.start(), fault.end())).isEqualTo("can&#39;t fault");
    }

    @Test
    void aSoftHyphenInsideAWordIsNoBreak() {
        assertThat(new Tokenizer().tokenize("dis\u00ADappointing stay")).extracting(t -> t.norm)
                .containsExactly("disappointing", "stay");
    }

    @Test
    void markupDoesNotSwaySentimentAndSpansPointIntoTheOriginal() {
        String plain = "The room was filthy and the staff were rude.";
        String hostile = "<img src=x onerror=alert(1)>The <b>room</b> was filthy and the staff were rude.";
        TextAnalysis a = ANALYZER.analyze(plain);
        TextAnalysis b = ANALYZER.analyze(hostile);
        assertThat(b.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(b.sentiment().score()).isEqualTo(a.sentiment().score());
        assertThat(b.language()).isEqualTo("en");
        assertThat(b.aspects()).extracting(m -> hostile.substring(m.start(), m.end())).contains("room", "staff");
        assertThat(b.aspects()).extracting(AspectMention::label).containsOnly(SentimentLabel.NEGATIVE);
        assertThat(b.text()).isEqualTo(hostile);
    }

    @Test
    void aLineBreakTagEndsASentence() {
        TextAnalysis t = ANALYZER.analyze("Lovely stay, great breakfast<br>Wifi kept dropping out");
        assertThat(t.sentences()).hasSize(2);
        assertThat(t.sentences().get(0).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(t.sentences().get(1).label()).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
