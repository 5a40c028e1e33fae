package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences read in their review: {@link TextAnalyzer#analyzeSentences} and the context weight. */
class ReviewContextTest {

    private static final String COLD = "The soup was cold and the waiter was rude.";
    private static final String WINDOW = "We sat by the window.";
    private static final String NEVER = "Terrible service, we will never go back.";
    private static final String LOVELY = "The dessert was lovely.";
    private static final String TUESDAY = "We went on a Tuesday.";
    private static final String WAIT = "We waited for the bill.";

    private final TextAnalyzer alone = TextAnalyzer.withDefaults().withContextWeight(0);
    private final TextAnalyzer inContext = TextAnalyzer.withDefaults().withContextWeight(0.5);

    @Test
    void theDefaultLeansByTheCrossValidatedWeight() {
        assertThat(TextAnalyzer.withDefaults().contextWeight()).isEqualTo(TextAnalyzer.CONTEXT_WEIGHT);
        assertThat(TextAnalyzer.CONTEXT_WEIGHT).isEqualTo(0.4);
    }

    @Test
    void aSentenceWithoutEvidenceOrAspectInANegativeReviewStaysNeutralButLeansNegative() {
        List<String> review = List.of(COLD, TUESDAY, NEVER);
        assertThat(alone.analyze(TUESDAY).sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        SentenceSentiment tuesday = inContext.analyzeSentences(review).sentences().get(1);
        assertThat(tuesday.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(tuesday.score()).isNegative()
                .isLessThan(alone.analyzeSentences(review).sentences().get(1).score())
                .isGreaterThan(-TextAnalyzer.NEUTRAL_THRESHOLD);
    }

    @Test
    void aSentenceNamingAnAspectWithoutEvidenceInANegativeReviewIsAnImplicitComplaint() {
        List<String> review = List.of(COLD, WAIT, NEVER);
        assertThat(alone.analyze(WAIT).sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(alone.analyzeSentences(review).sentences().get(1).label()).isEqualTo(SentimentLabel.NEUTRAL);
        TextAnalysis a = TextAnalyzer.withDefaults().analyzeSentences(review);
        SentenceSentiment wait = a.sentences().get(1);
        assertThat(wait.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(wait.score()).isEqualTo(-TextAnalyzer.NEUTRAL_THRESHOLD);
        // Its aspect is the complaint's: the bill, negative (alone it was neutral).
        assertThat(alone.analyze(WAIT).aspects()).extracting(AspectMention::label).contains(SentimentLabel.NEUTRAL);
        assertThat(a.aspects().stream().filter(m -> m.start() >= wait.start() && m.start() < wait.end()))
                .isNotEmpty().allMatch(m -> m.label() == SentimentLabel.NEGATIVE);
        // The review's own sentiment still reads each sentence alone.
        assertThat(a.sentiment()).isEqualTo(alone.analyzeSentences(review).sentiment());
        // Off on request (the lean stays), off with the context weight, and never inferred from praise.
        SentenceSentiment leanOnly = TextAnalyzer.withDefaults().withImplicitComplaints(false).analyzeSentences(review)
                .sentences().get(1);
        assertThat(leanOnly.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(leanOnly.score()).isNegative().isGreaterThan(-TextAnalyzer.NEUTRAL_THRESHOLD);
        assertThat(alone.analyzeSentences(review).sentences().get(1).label()).isEqualTo(SentimentLabel.NEUTRAL);
        List<String> glowing = List.of("The staff were wonderful and the food was superb.", WAIT,
                "Best meal we have had all year!");
        assertThat(TextAnalyzer.withDefaults().analyzeSentences(glowing).sentences().get(1).label())
                .isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void aSentenceWithoutEvidenceInAGlowingReviewLeansPositive() {
        List<String> review = List.of("The staff were wonderful and the food was superb.", TUESDAY,
                "Best meal we have had all year!");
        SentenceSentiment tuesday = inContext.analyzeSentences(review).sentences().get(1);
        assertThat(tuesday.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(tuesday.score()).isPositive().isLessThan(TextAnalyzer.NEUTRAL_THRESHOLD);
    }

    @Test
    void sentencesWithTheirOwnEvidenceKeepTheirLabelAndScore() {
        List<String> review = List.of(COLD, LOVELY, NEVER);
        TextAnalysis with = TextAnalyzer.withDefaults().withContextWeight(1.0).analyzeSentences(review);
        TextAnalysis without = alone.analyzeSentences(review);
        assertThat(with.sentences().get(1).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(with.sentences()).isEqualTo(without.sentences());
        // The text's own sentiment reads the sentences alone, so the context is not counted twice.
        assertThat(with.sentiment()).isEqualTo(without.sentiment());
    }

    @Test
    void aSingleSentenceIsUnchanged() {
        TextAnalysis one = TextAnalyzer.withDefaults().withContextWeight(1.0).analyzeSentences(List.of(WINDOW));
        assertThat(one.sentences()).hasSize(1);
        assertThat(one.sentences().get(0).score()).isEqualTo(alone.analyze(WINDOW).sentences().get(0).score());
        assertThat(one.sentences().get(0).label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void theSameReviewAlwaysGivesTheSameAnalysis() {
        List<String> review = List.of(COLD, WINDOW, LOVELY, NEVER);
        TextAnalysis first = inContext.analyzeSentences(review);
        for (int i = 0; i < 3; i++) {
            assertThat(inContext.analyzeSentences(review)).isEqualTo(first);
        }
        // A sentence's label depends on the review, not on where the sentence stands in it.
        TextAnalysis reordered = inContext.analyzeSentences(List.of(NEVER, LOVELY, WINDOW, COLD));
        assertThat(reordered.sentences().get(2).score()).isEqualTo(first.sentences().get(1).score());
    }

    @Test
    void givenSentencesStayWholeAndKeepTheirPlace() {
        TextAnalysis a = alone.analyzeSentences(List.of("Wow!! It was awful. Really.", "", WINDOW));
        assertThat(a.text()).isEqualTo("Wow!! It was awful. Really.  " + WINDOW);
        assertThat(a.sentences()).hasSize(3);
        assertThat(a.sentences().get(0).start()).isZero();
        assertThat(a.sentences().get(0).end()).isEqualTo(27);
        assertThat(a.sentences().get(1).label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(a.sentences().get(1).score()).isZero();
        assertThat(a.text().substring(a.sentences().get(2).start(), a.sentences().get(2).end())).isEqualTo(WINDOW);
        assertThat(alone.analyze("Wow!! It was awful. Really.").sentences()).hasSize(3);
    }
}
