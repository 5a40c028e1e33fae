package io.touchpoint.app.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.internal.AnswerParser.Empty;
import io.touchpoint.app.survey.internal.AnswerParser.Given;
import io.touchpoint.app.survey.internal.AnswerParser.Invalid;
import io.touchpoint.app.survey.internal.AnswerParser.Parsed;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Reading answers from a form, storing them, and the figures a completed response gives the feedback table. */
class SurveyAnswerTest {

    static final Question NPS = new Question.Nps("nps", "?", true, null, null, null);
    static final Question RATING = new Question.Rating("r", "?", false, null, 0, 4, null, null);
    static final Question ONE = new Question.SingleChoice("one", "?", false, null, List.of("Room", "<b>Staff</b>"));
    static final Question MANY = new Question.MultipleChoice("many", "?", false, null, List.of("A", "B", "C"));
    static final Question TEXT = new Question.FreeText("text", "?", false, null, 20);

    static Parsed parse(Question q, String... values) {
        return AnswerParser.parse(q, values == null ? null : Arrays.asList(values));
    }

    @Test
    void scales() {
        assertThat(parse(NPS, "0")).isEqualTo(new Given(new Answer.Score(0)));
        assertThat(parse(NPS, " 10 ")).isEqualTo(new Given(new Answer.Score(10)));
        assertThat(parse(NPS)).isEqualTo(new Empty());
        assertThat(parse(NPS, "")).isEqualTo(new Empty());
        assertThat(parse(NPS, (String[]) null)).isEqualTo(new Empty());
        assertThat(parse(RATING, "4")).isEqualTo(new Given(new Answer.Score(4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "-1", "7.5", "ten", "1e1", "99999999999999999999", "<script>"})
    void outOfRangeOrNotANumber(String value) {
        assertThat(parse(NPS, value)).isEqualTo(new Invalid("Choose a number from 0 to 10."));
    }

    @Test
    void oneValueOnlyForSingleAnswers() {
        assertThat(parse(NPS, "1", "2")).isInstanceOf(Invalid.class);
        assertThat(parse(ONE, "Room", "Room")).isInstanceOf(Invalid.class);
        assertThat(parse(TEXT, "a", "b")).isInstanceOf(Invalid.class);
    }

    @Test
    void choicesMustBeOptionsAndKeepTheQuestionsOrder() {
        assertThat(parse(ONE, "<b>Staff</b>")).isEqualTo(new Given(new Answer.Choice("<b>Staff</b>")));
        assertThat(parse(ONE, "Pool")).isInstanceOf(Invalid.class);
        assertThat(parse(MANY, "C", "A", "C")).isEqualTo(new Given(new Answer.Choices(List.of("A", "C"))));
        assertThat(parse(MANY, "A", "Z")).isInstanceOf(Invalid.class);
        assertThat(parse(MANY)).isEqualTo(new Empty());
    }

    @Test
    void textIsKeptAsWrittenWithinItsLimit() {
        assertThat(parse(TEXT, "<script>x</script>")).isEqualTo(new Given(new Answer.Text("<script>x</script>")));
        assertThat(parse(TEXT, "  spaced\r\nlines ")).isEqualTo(new Given(new Answer.Text("  spaced\nlines ")));
        assertThat(parse(TEXT, "a\u0000b")).isEqualTo(new Given(new Answer.Text("ab")));
        assertThat(parse(TEXT, "   ")).isEqualTo(new Empty());
        assertThat(parse(TEXT, "x".repeat(21))).isEqualTo(new Invalid("Please keep it to 20 characters (you wrote 21)."));
        // A CRLF counts as one character, as the browser's maxlength counts it.
        assertThat(parse(TEXT, "x".repeat(18) + "\r\n" + "x")).isInstanceOf(Given.class);
    }

    @Test
    void storedAnswersReadBackByTheirQuestions() {
        SurveyDefinition d = new SurveyDefinition("t", null, null, null, List.of(NPS, ONE, MANY, TEXT));
        AnswerCodec codec = new AnswerCodec(JsonMapper.builder().build());
        Map<String, Answer> a = Map.of("nps", new Answer.Score(3), "one", new Answer.Choice("Room"),
                "many", new Answer.Choices(List.of("B")), "text", new Answer.Text("\"quoted\" \\ ü"));
        String json = codec.write(a);
        assertThat(codec.read(json, d)).isEqualTo(a);
        // A value that does not fit its question (hand-edited row) is skipped, not misread.
        assertThat(codec.read("{\"nps\":\"x\",\"ghost\":1}", d)).isEmpty();
    }

    @Test
    void feedbackFiguresComeFromTheFirstAnswerOfEachKind() {
        SurveyDefinition d = new SurveyDefinition("t", null, null, null, List.of(
                new Question.Csat("c", "?", false, null, null, null),
                new Question.Rating("r1", "?", false, null, 1, 5, null, null),
                new Question.Rating("r2", "?", false, null, 0, 10, null, null),
                new Question.FreeText("t1", "?", false, null, null), NPS,
                new Question.Ces("e", "?", false, null, null, null),
                new Question.FreeText("t2", "?", false, null, null)));
        var s = FeedbackWriter.Scores.of(d, Map.of("c", new Answer.Score(4), "r1", new Answer.Score(4),
                "r2", new Answer.Score(10), "t1", new Answer.Text("Good"), "nps", new Answer.Score(9),
                "e", new Answer.Score(2), "t2", new Answer.Text("<i>Bad</i>")));
        assertThat(s.csat()).isEqualTo(4);
        assertThat(s.nps()).isEqualTo(9);
        assertThat(s.ces()).isEqualTo(2);
        assertThat(s.rating()).isEqualByComparingTo(new BigDecimal("0.75"));
        assertThat(s.text()).isEqualTo("Good\n\n<i>Bad</i>");
        var none = FeedbackWriter.Scores.of(d, Map.of("r1", new Answer.Score(2)));
        assertThat(none.rating()).isEqualByComparingTo(new BigDecimal("0.2500"));
        assertThat(none.nps()).isNull();
        assertThat(none.text()).isNull();
        // 1 of 0..3 is a third: rounded to the column's four decimals.
        var third = FeedbackWriter.Scores.of(new SurveyDefinition("t", null, null, null,
                List.of(new Question.Rating("r", "?", false, null, 0, 3, null, null))), Map.of("r", new Answer.Score(1)));
        assertThat(third.rating()).isEqualTo(new BigDecimal("0.3333"));
    }
}
