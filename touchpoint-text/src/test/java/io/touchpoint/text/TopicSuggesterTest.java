package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSuggesterTest {

    @Test
    void suggestsFrequentPhrasesAmongTextsWithNoTopic() {
        List<String> texts = List.of(
                "The pottery class with Ana was the highlight.",
                "We took the pottery class twice.",
                "Pottery classes run every Tuesday.",
                "The breakfast was great.",
                "Loved the pottery class!",
                "Yoga session on Fridays.",
                "Yoga session at sunrise.");
        List<TopicSuggestion> s = TextAnalyzer.withDefaults().topicSuggester().suggest(texts, 5);
        assertThat(s).isNotEmpty();
        assertThat(s.get(0).phrase()).isEqualTo("pottery class");
        assertThat(s.get(0).texts()).isEqualTo(4);
        assertThat(s.get(0).examples()).containsExactly(0, 1, 2);
        assertThat(s).extracting(TopicSuggestion::phrase).contains("yoga session")
                .doesNotContain("breakfast", "pottery");
    }

    @Test
    void phrasesCoveredByANewTopicAreNoLongerSuggested() {
        List<String> texts = List.of("Yoga session on Fridays.", "Yoga session at sunrise.");
        Taxonomy t = Taxonomy.defaultHospitality().withTopic(new Topic("Wellbeing", List.of("yoga"),
                List.of()));
        assertThat(TopicSuggester.forTaxonomy(t).suggest(texts, 5)).isEmpty();
    }

    @Test
    void theBusinesssOwnNamesAreNotSuggestedNorAnyRunOfTheirWords() {
        List<String> texts = List.of(
                "Our week at Aurora Lisbon Riverside.",
                "Aurora Lisbon Riverside again this summer.",
                "Back at the Aurora Lisbon Riverside for the pottery class.",
                "Lisbon Riverside in May, pottery class every day.",
                "The pottery classes were the best part.");
        TopicSuggester suggester = TextAnalyzer.withDefaults().topicSuggester();
        assertThat(suggester.suggest(texts, 10)).extracting(TopicSuggestion::phrase).contains("aurora lisbon riverside");
        List<TopicSuggestion> s = suggester.ignoring(List.of("AURORA LISBON RIVERSIDES", " ", "Boston Harbor"))
                .suggest(texts, 10);
        assertThat(s).extracting(TopicSuggestion::phrase).contains("pottery class")
                .noneMatch(p -> p.contains("aurora") || p.contains("lisbon") || p.contains("riverside"));
        // Immutable: the first suggester still suggests the name.
        assertThat(suggester.suggest(texts, 10)).extracting(TopicSuggestion::phrase).contains("aurora lisbon riverside");
    }
}
