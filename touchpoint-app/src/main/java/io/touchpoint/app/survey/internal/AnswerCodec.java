package io.touchpoint.app.survey.internal;

import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as stored in {@code survey_response.answers}: a JSON object from question id to a plain value (a number
 * for scales, the option text for a single choice, an array of option texts for a multiple choice, a string for free
 * text). Which {@link Answer} a value is comes from the question in the response's own survey version.
 */
public final class AnswerCodec {

    private final JsonMapper json;

    public AnswerCodec(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, Answer> answers) {
        Map<String, Object> plain = new LinkedHashMap<>();
        answers.forEach((id, a) -> plain.put(id, plain(a)));
        return json.writeValueAsString(plain);
    }

    public static Object plain(Answer a) {
        if (a instanceof Answer.Score s) {
            return s.value();
        }
        if (a instanceof Answer.Choice c) {
            return c.option();
        }
        if (a instanceof Answer.Choices cs) {
            return cs.options();
        }
        return ((Answer.Text) a).text();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Answer> read(String stored, SurveyDefinition definition) {
        Map<String, Object> plain = stored == null ? Map.of() : json.readValue(stored, Map.class);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            Object v = plain.get(q.id());
            if (v == null) {
                continue;
            }
            if (q instanceof Question.Scale && v instanceof Number n) {
                answers.put(q.id(), new Answer.Score(n.intValue()));
            }
            else if (q instanceof Question.SingleChoice && v instanceof String s) {
                answers.put(q.id(), new Answer.Choice(s));
            }
            else if (q instanceof Question.MultipleChoice && v instanceof List<?> l) {
                answers.put(q.id(), new Answer.Choices((List<String>) l));
            }
            else if (q instanceof Question.FreeText && v instanceof String s) {
                answers.put(q.id(), new Answer.Text(s));
            }
        }
        return answers;
    }
}
