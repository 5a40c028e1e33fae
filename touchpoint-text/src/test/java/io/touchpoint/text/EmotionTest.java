package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmotionTest {

    private final TextAnalyzer analyzer = TextAnalyzer.withDefaults();

    private static Optional<DetectedEmotion> find(TextAnalysis a, ShawEmotion e) {
        return a.emotions().stream().filter(d -> d.emotion() == e).findFirst();
    }

    @Test
    void cuePhrasesGiveEmotionsWithTheirWords() {
        String text = "We felt rushed at dinner: the waiter took our plates before we had finished.";
        TextAnalysis a = analyzer.analyze(text);
        DetectedEmotion hurried = find(a, ShawEmotion.HURRIED).orElseThrow();
        assertThat(hurried.cluster()).isEqualTo(EmotionCluster.DESTROYING);
        assertThat(hurried.evidence()).extracting(Evidence::text).contains("felt rushed");
        for (Evidence ev : hurried.evidence()) {
            assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
        }
    }

    @Test
    void emotionsWithoutGoEmotionsLabelsComeFromCues() {
        TextAnalysis valued = analyzer.analyze("They remembered our names and upgraded us. We felt so valued.");
        assertThat(find(valued, ShawEmotion.VALUED)).isPresent();
        TextAnalysis neglected = analyzer.analyze("Nobody came to our table for 20 minutes, we were ignored.");
        assertThat(find(neglected, ShawEmotion.NEGLECTED)).isPresent();
        TextAnalysis caredFor = analyzer.analyze("The nurse at the spa really looked after us.");
        assertThat(find(caredFor, ShawEmotion.CARED_FOR)).isPresent();
    }

    @Test
    void negatedCuesDoNotCount() {
        TextAnalysis a = analyzer.analyze("We never felt rushed.");
        assertThat(find(a, ShawEmotion.HURRIED)).isEmpty();
    }

    @Test
    void modelEmotionsAlsoCarryEvidenceFromTheText() {
        String text = "I am so grateful, thank you all!";
        TextAnalysis a = analyzer.analyze(text);
        DetectedEmotion pleased = find(a, ShawEmotion.PLEASED).orElseThrow();
        assertThat(pleased.evidence()).isNotEmpty();
        assertThat(pleased.confidence()).isBetween(0.0, 1.0);
        pleased.evidence().forEach(ev -> assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text()));
    }

    @Test
    void everyEmotionBelongsToShawsCluster() {
        assertThat(ShawEmotion.values()).hasSize(20);
        assertThat(ShawEmotion.CARED_FOR.cluster()).isEqualTo(EmotionCluster.RECOMMENDATION);
        assertThat(ShawEmotion.INDULGENT.cluster()).isEqualTo(EmotionCluster.ATTENTION);
        assertThat(ShawEmotion.parse("cared for")).isEqualTo(ShawEmotion.CARED_FOR);
        long destroying = java.util.Arrays.stream(ShawEmotion.values())
                .filter(e -> e.cluster() == EmotionCluster.DESTROYING).count();
        assertThat(destroying).isEqualTo(8);
    }

    @Test
    void aModelEmotionMustAgreeWithTheSentencesPolarity() {
        // "feel" once fired "unhappy" in a warm sentence
        assertThat(analyzer.analyze("The staff made us feel so welcome.").emotions())
                .noneMatch(e -> e.cluster() == EmotionCluster.DESTROYING)
                .anyMatch(e -> e.emotion() == ShawEmotion.CARED_FOR);
        assertThat(analyzer.analyze("We never felt welcome.").emotions())
                .anyMatch(e -> e.emotion() == ShawEmotion.NEGLECTED);
        assertThat(analyzer.analyze("The breakfast was disappointing.").emotions())
                .anyMatch(e -> e.cluster() == EmotionCluster.DESTROYING);
    }
}
