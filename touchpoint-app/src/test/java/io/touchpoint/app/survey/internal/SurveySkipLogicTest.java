package io.touchpoint.app.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Condition;
import io.touchpoint.app.survey.Condition.ChoiceMatch;
import io.touchpoint.app.survey.Condition.Comparison;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Skip logic evaluated page by page on the server. */
class SurveySkipLogicTest {

    // Page 1: nps, stay; page 2: what went wrong (nps <= 6) and what was best (nps >= 9); page 3: areas, then
    // a comment on the room only when "Room" was among the areas.
    static final SurveyDefinition HOTEL = new SurveyDefinition("Stay", null, null, null, List.of(
            new Question.Nps("nps", "Recommend?", true, null, null, null),
            new Question.SingleChoice("stay", "Purpose?", false, null, List.of("Business", "Leisure")),
            new Question.FreeText("wrong", "What went wrong?", true, new Condition.Score("nps", Comparison.LE, 6), null),
            new Question.FreeText("best", "What was best?", false, new Condition.Score("nps", Comparison.GE, 9), null),
            new Question.MultipleChoice("areas", "Which areas?", false, null, List.of("Room", "Food", "Staff")),
            new Question.FreeText("room", "About the room?", false,
                    new Condition.Choice("areas", ChoiceMatch.CONTAINS, "Room"), null)));

    static Map<String, Answer> answers(Object... kv) {
        Map<String, Answer> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof Integer n ? new Answer.Score(n)
                    : v instanceof List<?> l ? new Answer.Choices(l.stream().map(String::valueOf).toList())
                    : new Answer.Text((String) v));
        }
        return m;
    }

    static List<String> ids(List<Question> qs) {
        return qs.stream().map(Question::id).toList();
    }

    @Test
    void pagesBreakWhereAConditionTestsTheCurrentPage() {
        SurveyFlow flow = new SurveyFlow(HOTEL);
        assertThat(flow.pageCount()).isEqualTo(3);
        assertThat(ids(flow.page(0))).containsExactly("nps", "stay");
        assertThat(ids(flow.page(1))).containsExactly("wrong", "best", "areas");
        assertThat(ids(flow.page(2))).containsExactly("room");
        assertThat(flow.pageOf("areas")).isEqualTo(1);
        assertThat(flow.pageOf("nope")).isEqualTo(-1);
    }

    @ParameterizedTest(name = "nps {0}: {1}")
    @CsvSource({"0, wrong", "6, wrong", "7, ''", "8, ''", "9, best", "10, best"})
    void theFollowUpDependsOnTheScore(int nps, String followUp) {
        SurveyFlow flow = new SurveyFlow(HOTEL);
        List<String> expected = new ArrayList<>();
        if (!followUp.isEmpty()) {
            expected.add(followUp);
        }
        expected.add("areas");
        assertThat(ids(flow.shownOn(1, answers("nps", nps)))).containsExactlyElementsOf(expected);
        assertThat(flow.missing(answers("nps", nps)))
                .extracting(Question::id).containsExactlyElementsOf(nps <= 6 ? List.of("wrong") : List.of());
    }

    @Test
    void aPageWhoseQuestionsAreAllHiddenIsSkipped() {
        SurveyFlow flow = new SurveyFlow(HOTEL);
        Map<String, Answer> noRoom = answers("nps", 8, "areas", List.of("Food"));
        assertThat(flow.next(1, noRoom)).isEmpty();
        assertThat(flow.next(1, answers("nps", 8, "areas", List.of("Food", "Room")))).hasValue(2);
        assertThat(flow.previous(2, noRoom)).hasValue(1);
        assertThat(flow.first(Map.of())).hasValue(0);
    }

    @Test
    void answersToQuestionsThatBecameHiddenDoNotCount() {
        SurveyFlow flow = new SurveyFlow(HOTEL);
        // The respondent said 3 and explained, then went back and changed the score to 10.
        Map<String, Answer> a = answers("nps", 10, "wrong", "Noisy room", "areas", List.of("Room"), "room", "Small");
        assertThat(flow.effective(a)).containsOnlyKeys("nps", "areas", "room");
        assertThat(flow.shown(HOTEL.questions().get(2), a)).isFalse();
        // A chain: without "areas", the room comment is hidden too.
        assertThat(flow.effective(answers("nps", 10, "room", "Small"))).containsOnlyKeys("nps");
    }

    @Test
    void theButtonSaysSubmitOnlyWhenNoLaterPageCanShow() {
        SurveyFlow flow = new SurveyFlow(HOTEL);
        // Page 1 always leads on: "areas" on page 2 has no condition.
        assertThat(flow.mayContinue(0, Map.of())).isTrue();
        // Page 2: the room comment depends on "areas", which is on this page and not settled yet.
        assertThat(flow.mayContinue(1, answers("nps", 8))).isTrue();
        assertThat(flow.mayContinue(2, answers("nps", 8))).isFalse();

        SurveyDefinition twoPages = new SurveyDefinition("t", null, null, null, List.of(
                new Question.Nps("nps", "?", true, null, null, null),
                new Question.FreeText("why", "?", false, new Condition.Score("nps", Comparison.LT, 7), null)));
        SurveyFlow f = new SurveyFlow(twoPages);
        assertThat(f.mayContinue(0, Map.of())).isTrue();
        assertThat(f.next(0, answers("nps", 9))).isEmpty();
        assertThat(f.next(0, answers("nps", 2))).hasValue(1);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({"lt,7,6,true", "lt,7,7,false", "le,6,6,true", "eq,5,5,true", "eq,5,4,false", "ne,5,4,true",
            "ge,9,9,true", "ge,9,8,false", "gt,9,10,true", "gt,9,9,false"})
    void comparisons(String op, int value, int answer, boolean holds) {
        Condition c = new Condition.Score("q", Comparison.parse(op).orElseThrow(), value);
        assertThat(c.holds(new Answer.Score(answer))).isEqualTo(holds);
        assertThat(c.holds(new Answer.Text(String.valueOf(answer)))).isFalse();
    }

    @Test
    void choiceConditions() {
        Condition equals = new Condition.Choice("q", ChoiceMatch.EQUALS, "Room");
        Condition contains = new Condition.Choice("q", ChoiceMatch.CONTAINS, "Room");
        assertThat(equals.holds(new Answer.Choice("Room"))).isTrue();
        assertThat(contains.holds(new Answer.Choice("Room"))).isTrue();
        assertThat(equals.holds(new Answer.Choice("Food"))).isFalse();
        assertThat(equals.holds(new Answer.Choices(List.of("Room")))).isTrue();
        assertThat(equals.holds(new Answer.Choices(List.of("Room", "Food")))).isFalse();
        assertThat(contains.holds(new Answer.Choices(List.of("Food", "Room")))).isTrue();
        assertThat(contains.holds(new Answer.Choices(List.of()))).isFalse();
        assertThat(contains.holds(new Answer.Score(1))).isFalse();
        assertThat(contains.holdsIn(Map.of())).isFalse();
    }

    /** Property check over seeded random answers: what counts is exactly what is shown. */
    @Test
    void effectiveAnswersAreExactlyTheShownAnsweredQuestions() {
        Random random = new Random(20260521L);
        SurveyFlow flow = new SurveyFlow(HOTEL);
        for (int run = 0; run < 2_000; run++) {
            Map<String, Answer> a = new HashMap<>();
            if (random.nextInt(10) > 0) {
                a.put("nps", new Answer.Score(random.nextInt(11)));
            }
            if (random.nextBoolean()) {
                a.put("wrong", new Answer.Text("w"));
            }
            if (random.nextBoolean()) {
                a.put("best", new Answer.Text("b"));
            }
            if (random.nextBoolean()) {
                List<String> areas = new ArrayList<>();
                for (String o : List.of("Room", "Food", "Staff")) {
                    if (random.nextBoolean()) {
                        areas.add(o);
                    }
                }
                a.put("areas", new Answer.Choices(areas));
            }
            if (random.nextBoolean()) {
                a.put("room", new Answer.Text("r"));
            }
            Map<String, Answer> effective = flow.effective(a);
            for (Question q : HOTEL.questions()) {
                boolean shown = flow.shown(q, a);
                assertThat(effective.containsKey(q.id())).isEqualTo(shown && a.containsKey(q.id()));
                // Evaluating on the effective answers gives the same visibility (a fixed point).
                assertThat(flow.shown(q, effective)).isEqualTo(shown);
            }
            Answer nps = a.get("nps");
            boolean low = nps instanceof Answer.Score s && s.value() <= 6;
            assertThat(flow.missing(a).stream().anyMatch(q -> q.id().equals("wrong")))
                    .isEqualTo(low && !a.containsKey("wrong"));
        }
    }
}
