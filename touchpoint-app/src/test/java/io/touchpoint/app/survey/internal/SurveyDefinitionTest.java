package io.touchpoint.app.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.survey.Condition;
import io.touchpoint.app.survey.Condition.ChoiceMatch;
import io.touchpoint.app.survey.Condition.Comparison;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.QuestionType;
import io.touchpoint.app.survey.SurveyDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of a definition and the field-named checks run before it is saved. */
class SurveyDefinitionTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Question nps(String id) {
        return new Question.Nps(id, "How likely are you to recommend us?", true, null, null, null);
    }

    static Question text(String id, Condition showIf) {
        return new Question.FreeText(id, "What went wrong?", false, showIf, null);
    }

    static SurveyDefinition def(Question... qs) {
        return new SurveyDefinition("Your stay", null, null, "en", Arrays.asList(qs));
    }

    static Map<String, String> errors(SurveyDefinition d) {
        return DefinitionRules.validate(d).stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    @Test
    void roundTripsThroughJsonWithTypeNamesAndOperatorCodes() {
        SurveyDefinition d = new SurveyDefinition("Stay", "Two minutes", "Thanks!", "pt", List.of(
                nps("nps"),
                new Question.Csat("csat", "Satisfied?", false, null, "Bad", "Good"),
                new Question.Ces("ces", "Easy?", false, null, null, null),
                new Question.Rating("room", "Room", false, null, 0, 10, "Poor", "Great"),
                new Question.SingleChoice("why", "Why?", false, new Condition.Score("nps", Comparison.LE, 6),
                        List.of("Room", "Staff")),
                new Question.MultipleChoice("tags", "Tags", false, null, List.of("A", "B", "C")),
                new Question.FreeText("more", "More?", false, new Condition.Choice("why", ChoiceMatch.EQUALS, "Room"), 500)));
        String json = JSON.writeValueAsString(d);
        assertThat(json).contains("\"type\":\"nps\"", "\"type\":\"single_choice\"", "\"op\":\"le\"",
                "\"op\":\"equals\"", "\"type\":\"free_text\"");
        // Absent optional values are not written as nulls.
        assertThat(json).doesNotContain("null");
        assertThat(JSON.readValue(json, SurveyDefinition.class)).isEqualTo(d);
        assertThat(DefinitionRules.validate(d)).isEmpty();
    }

    @Test
    void readsMinimalJsonAndFillsDefaults() {
        SurveyDefinition d = JSON.readValue("""
                {"title":"t","questions":[{"type":"rating","id":"r","text":"x"},
                 {"type":"free_text","id":"c","text":"y","showIf":{"question":"r","op":"gt","value":3}}]}""",
                SurveyDefinition.class);
        Question.Rating r = (Question.Rating) d.questions().get(0);
        assertThat(r.min()).isEqualTo(1);
        assertThat(r.max()).isEqualTo(5);
        assertThat(r.required()).isFalse();
        assertThat(((Question.FreeText) d.questions().get(1)).maxLength()).isEqualTo(Question.DEFAULT_TEXT_LENGTH);
        assertThat(d.questions().get(1).showIf()).isEqualTo(new Condition.Score("r", Comparison.GT, 3));
    }

    @Test
    void unknownTypesAndOperatorsAndWrongTypesFailWithAPath() {
        for (String bad : List.of(
                "{\"questions\":[{\"type\":\"slider\",\"id\":\"a\"}]}",
                "{\"questions\":[{\"type\":\"nps\",\"id\":\"a\",\"showIf\":{\"question\":\"x\",\"op\":\"like\"}}]}",
                "{\"questions\":[{\"type\":\"rating\",\"id\":\"a\",\"max\":\"ten\"}]}",
                "{\"questions\":[{\"type\":\"nps\",\"id\":\"a\",\"required\":\"maybe\"}]}")) {
            try {
                JSON.readValue(bad, SurveyDefinition.class);
                throw new AssertionError("accepted " + bad);
            }
            catch (DatabindException ex) {
                assertThat(ex.getPath()).isNotEmpty();
                assertThat(ex.getPath().get(0).getPropertyName()).isEqualTo("questions");
            }
        }
    }

    @Test
    void namesEveryOffendingField() {
        List<Question> qs = new ArrayList<>();
        qs.add(nps("nps"));
        qs.add(nps("nps"));                                                            // duplicate id
        qs.add(new Question.Csat("Bad Id", "", false, null, null, null));              // id pattern, text required
        qs.add(new Question.Rating("r", "R", false, null, 5, 5, null, null));          // max not above min
        qs.add(new Question.SingleChoice("one", "One", false, null, List.of("Only")));   // too few options
        qs.add(new Question.MultipleChoice("many", "Many", false, null, Arrays.asList("A", "A", " ", null)));
        qs.add(new Question.FreeText("long", "Long", false, null, 20_000));
        qs.add(text("later", new Condition.Score("future", Comparison.LE, 6)));        // not an earlier question
        qs.add(text("range", new Condition.Score("nps", Comparison.LE, 11)));          // out of the NPS scale
        qs.add(text("kind", new Condition.Choice("nps", ChoiceMatch.EQUALS, "x")));    // choice op on a scale
        qs.add(text("opt", new Condition.Choice("many", ChoiceMatch.CONTAINS, "Z")));  // not an option
        qs.add(text("free", new Condition.Choice("long", ChoiceMatch.CONTAINS, "x")));  // tests free text
        qs.add(null);
        SurveyDefinition d = new SurveyDefinition(" ", null, null, "english!", qs);
        Map<String, String> e = errors(d);
        assertThat(e).containsKeys("title", "language", "questions[1].id", "questions[2].id", "questions[2].text",
                "questions[3].max", "questions[4].options", "questions[5].options[1]", "questions[5].options[2]",
                "questions[5].options[3]", "questions[6].maxLength", "questions[7].showIf.question",
                "questions[8].showIf.value", "questions[9].showIf.op", "questions[10].showIf.value",
                "questions[11].showIf.question", "questions[12]");
        assertThat(e.get("questions[1].id")).contains("already the id of question 1");
        assertThat(e.get("questions[8].showIf.value")).contains("0 to 10");
        assertThat(e).doesNotContainKeys("questions[0].id", "questions[0].text");
    }

    @Test
    void limitsSizesAndRefusesNulCharacters() {
        List<Question> many = Collections.nCopies(101, nps("x"));
        assertThat(errors(new SurveyDefinition("t", null, null, null, many))).containsOnlyKeys("questions");
        String huge = "x".repeat(201);
        assertThat(errors(def(nps("a")).withQuestions(List.of(nps("a"))))).isEmpty();
        assertThat(errors(new SurveyDefinition(huge, null, null, null, List.of(nps("a"))))).containsKey("title");
        assertThat(errors(new SurveyDefinition("a\u0000b", null, null, null, List.of(nps("a"))))).containsKey("title");
        // Markup in texts is allowed: it is stored as written and escaped wherever it is shown.
        assertThat(errors(new SurveyDefinition("<script>alert(1)</script>", null, null, null, List.of(nps("a")))))
                .isEmpty();
    }

    @Test
    void normaliseGivesMissingIdsWithoutClashes() {
        SurveyDefinition d = DefinitionRules.normalise(new SurveyDefinition("  Title  ", " ", null, "",
                List.of(nps(null), nps("q1"), nps(" "), nps(" padded "))));
        assertThat(d.questions()).extracting(Question::id).containsExactly("q2", "q1", "q3", "padded");
        assertThat(d.title()).isEqualTo("Title");
        assertThat(d.intro()).isNull();
        assertThat(d.language()).isNull();
        assertThat(DefinitionRules.validate(d)).isEmpty();
    }

    @Test
    void publishingNeedsAQuestion() {
        SurveyDefinition empty = new SurveyDefinition("t", null, null, null, List.of());
        assertThat(DefinitionRules.validate(empty)).isEmpty();
        assertThat(DefinitionRules.validateForPublishing(empty)).extracting(FieldError::field).containsExactly("questions");
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void everyStarterQuestionIsValidAndKnowsItsType(QuestionType type) {
        Question q = type.starter("q1");
        assertThat(q.questionType()).isEqualTo(type);
        assertThat(DefinitionRules.validate(def(q))).isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(def(q)), SurveyDefinition.class).questions()).containsExactly(q);
    }
}
