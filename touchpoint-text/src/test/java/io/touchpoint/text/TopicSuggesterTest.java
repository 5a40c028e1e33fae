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
    void aSentenceNoTopicCoversCountsEvenInACommentThatMentionsATopic() {
        List<String> texts = List.of(
                "Great breakfast. My loyalty points were never credited.",
                "Lovely staff! Loyalty points never appeared on my account.",
                "The room was clean and the loyalty points were a nice bonus.");
        List<TopicSuggestion> s = TopicSuggester.forTaxonomy(Taxonomy.defaultHospitality()).suggest(texts, 5);
        assertThat(s).isNotEmpty();
        assertThat(s.get(0).phrase()).isEqualTo("loyalty points");
        // the third comment's only sentence names the room: covered, not counted
        assertThat(s.get(0).texts()).isEqualTo(2);
        assertThat(s.get(0).examples()).containsExactly(0, 1);
    }

    @Test
    void theOtherWordsOfARecurringSentenceAreOneSuggestionNotSeveral() {
        List<String> texts = List.of(
                "We arrived on Friday after a long flight.", "Arrived Friday after a long flight, tired.",
                "A long flight, then Friday traffic.", "The pottery class was fun.", "Pottery class on Fridays!");
        List<TopicSuggestion> s = TopicSuggester.forTaxonomy(Taxonomy.defaultHospitality()).suggest(texts, 5);
        // "long flight" (3 texts) stands for its sentence; "friday" never counts (a day, not a topic)
        assertThat(s).extracting(TopicSuggestion::phrase).containsExactly("long flight", "pottery class");
    }

    @Test
    void commentsInOtherLanguagesSuggestNothing() {
        List<String> texts = List.of(
                "Das Zimmer war laut und das Frühstück leider enttäuschend.",
                "Sehr freundliches Personal und ein sauberes Zimmer, wir kommen gerne wieder.",
                "Funcionários muito simpáticos e o quarto estava impecável, voltaremos com certeza.",
                "Funcionários muito simpáticos, voltaremos.");
        assertThat(TopicSuggester.forTaxonomy(Taxonomy.defaultHospitality()).suggest(texts, 5)).isEmpty();
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
