package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AspectTest {

    private final TextAnalyzer analyzer = TextAnalyzer.withDefaults();

    private static AspectMention find(TextAnalysis a, String path) {
        return a.aspects().stream().filter(m -> m.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + a.aspects()));
    }

    @Test
    void eachMentionGetsTheSentimentOfItsOwnClause() {
        String text = "Great location, but the room was tiny and the bathroom was dirty.";
        TextAnalysis a = analyzer.analyze(text);
        assertThat(find(a, "Location").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(find(a, "Room").label()).isEqualTo(SentimentLabel.NEGATIVE);
        AspectMention bathroom = find(a, "Room > Bathroom");
        assertThat(bathroom.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(text.substring(bathroom.clauseStart(), bathroom.clauseEnd())).isEqualTo("and the bathroom was dirty");
    }

    @Test
    void speedSaidOfAnotherTopicBelongsToItNotToTheStaff() {
        for (String text : List.of("Fast Wi-Fi everywhere.", "The internet was painfully slow.",
                "The Wi-Fi was quick and free.")) {
            TextAnalysis a = analyzer.analyze(text);
            assertThat(a.aspects()).as(text).noneMatch(m -> m.path().equals("Staff > Speed of service"));
            assertThat(a.aspects()).as(text).anyMatch(m -> m.path().equals("Facilities > Wi-Fi"));
        }
        // The staff's speed and food that came quickly are still the service's.
        assertThat(find(analyzer.analyze("Service was slow."), "Staff > Speed of service").label())
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(find(analyzer.analyze("The food came quickly."), "Staff > Speed of service").label())
                .isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void spansPointAtTheMatchedWords() {
        String text = "The towels were stained and the Wi-Fi kept dropping.";
        TextAnalysis a = analyzer.analyze(text);
        for (AspectMention m : a.aspects()) {
            assertThat(m.start()).isGreaterThanOrEqualTo(m.clauseStart());
            assertThat(m.end()).isLessThanOrEqualTo(m.clauseEnd());
        }
        AspectMention towels = find(a, "Room > Bathroom");
        assertThat(text.substring(towels.start(), towels.end())).isEqualTo("towels");
        AspectMention wifi = find(a, "Facilities > Wi-Fi");
        assertThat(text.substring(wifi.start(), wifi.end())).isEqualTo("Wi-Fi");
        assertThat(wifi.label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void opinionsWithoutTopicLendToTheNearestTopic() {
        TextAnalysis a = analyzer.analyze("The staff were attentive and very helpful. Clean, spacious room.");
        assertThat(find(a, "Staff").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(find(a, "Room").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void aFollowingSentenceAboutItExtendsTheClause() {
        String text = "We ordered the fish. It was awful.";
        TextAnalysis a = analyzer.analyze(text);
        AspectMention fish = find(a, "Food & drink > Food quality");
        assertThat(fish.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(fish.clauseEnd()).isGreaterThan(text.indexOf("It"));
    }

    @Test
    void coordinatedTopicsShareTheirPredicate() {
        TextAnalysis a = analyzer.analyze("The breakfast and the pool were excellent.");
        assertThat(find(a, "Food & drink > Breakfast").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(find(a, "Facilities > Pool").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void userTopicsAndTermsAreFound() {
        Taxonomy t = Taxonomy.defaultHospitality()
                .withTopic(new Topic("Sustainability", List.of("plastic", "recycl*", "solar panels"), List.of()))
                .withTerms("Facilities > Pool", List.of("lido"));
        TextAnalysis a = analyzer.withTaxonomy(t).analyze("Loved the lido, but so much single-use plastic.");
        assertThat(find(a, "Facilities > Pool").label()).isEqualTo(SentimentLabel.POSITIVE);
        AspectMention plastic = find(a, "Sustainability");
        assertThat(plastic.subtopic()).isNull();
        assertThat(plastic.term()).isEqualTo("plastic");
        assertThat(analyzer.withTaxonomy(t).analyze("They recycle everything.").aspects())
                .extracting(AspectMention::path).contains("Sustainability");
    }

    @Test
    void removedTermsAreNoLongerFound() {
        Taxonomy t = Taxonomy.defaultHospitality().withoutTopic("Facilities > Wi-Fi");
        assertThat(analyzer.withTaxonomy(t).analyze("The wifi was slow.").aspects()).extracting(AspectMention::path)
                .doesNotContain("Facilities > Wi-Fi");
    }

    @Test
    void generalTopicWordsBeforeAnotherTopicOnlyModifyIt() {
        TextAnalysis a = analyzer.analyze("The hotel staff were lovely.");
        assertThat(a.aspects()).extracting(AspectMention::path).contains("Staff")
                .doesNotContain("Overall experience");
    }

    @Test
    void everydayWordsThatLookLikeMenuOrBillingTermsAreNotThoseTopics() {
        // "special" and "tips" used to match the terms "specials" and "tip" by their stem
        assertThat(analyzer.analyze("Staff went out of their way to make our stay special.").aspects())
                .extracting(AspectMention::path).doesNotContain("Food & drink > Menu & choice");
        assertThat(analyzer.analyze("The concierge gave us brilliant tips for dinner.").aspects())
                .extracting(AspectMention::path).doesNotContain("Billing");
        assertThat(analyzer.analyze("The daily specials were excellent.").aspects())
                .extracting(AspectMention::path).contains("Food & drink > Menu & choice");
        assertThat(analyzer.analyze("We left a tip for the housekeeper.").aspects())
                .extracting(AspectMention::path).contains("Billing");
        // "can't wait to come back" is about the stay, not about waiting
        assertThat(analyzer.analyze("Can't wait to come back next summer.").aspects())
                .extracting(AspectMention::path).doesNotContain("Staff > Speed of service");
    }

    @Test
    void theSecondHalfOfABriefContrastHasItsOwnSentiment() {
        TextAnalysis a = analyzer.analyze("The location is perfect, the room not so much.");
        assertThat(find(a, "Location").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(find(a, "Room").label()).isEqualTo(SentimentLabel.NEGATIVE);
        TextAnalysis b = analyzer.analyze("The pool was cold and the gym was closed, but the spa was wonderful.");
        assertThat(b.aspects()).filteredOn(m -> m.term().equals("gym")).extracting(AspectMention::label)
                .containsExactly(SentimentLabel.NEGATIVE);
    }
}
