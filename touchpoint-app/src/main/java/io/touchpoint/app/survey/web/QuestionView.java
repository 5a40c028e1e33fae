package io.touchpoint.app.survey.web;

import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.internal.AnswerCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One question as the respondent's page draws it: the control kind, its options with their checked state, and the
 * message if the last answer was not accepted. Built from the saved answer, or from what was sent when it failed.
 *
 * @param kind {@code scale}, {@code single}, {@code multiple} or {@code text}
 * @param name the form parameter, {@code q.<id>}
 * @param anchor the id of the element the error summary links to
 * @param columns how many boxes a scale shows per row on a narrow screen
 */
public record QuestionView(String id, String kind, String name, String anchor, String text, boolean required,
        String error, List<OptionView> options, String value, Integer maxLength, String lowLabel, String highLabel,
        int columns, String condition) {

    public record OptionView(String id, String value, String label, boolean checked) {
    }

    /** Ids of the hint and the error message, for {@code aria-describedby}; null when there is neither. */
    public String describedBy() {
        String ids = ((lowLabel != null || highLabel != null ? "hint-" + id + " " : "")
                + (error != null ? "err-" + id : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    static QuestionView of(Question q, Answer saved, List<String> sent, String error) {
        String base = "q-" + q.id();
        List<String> chosen = sent != null ? sent : saved == null ? List.of() : chosen(saved);
        List<OptionView> options = new ArrayList<>();
        String kind;
        String value = null;
        Integer maxLength = null;
        String low = null;
        String high = null;
        int columns = 0;
        if (q instanceof Question.Scale s) {
            kind = "scale";
            for (int v = s.low(); v <= s.high(); v++) {
                String text = Integer.toString(v);
                options.add(new OptionView(base + "-" + v, text, text, chosen.contains(text)));
            }
            low = s.lowLabel() == null ? null : s.low() + " = " + s.lowLabel();
            high = s.highLabel() == null ? null : s.high() + " = " + s.highLabel();
            int n = s.high() - s.low() + 1;
            columns = n > 7 ? (n + 1) / 2 : n;
        }
        else if (q instanceof Question.Choosing c) {
            kind = q instanceof Question.SingleChoice ? "single" : "multiple";
            for (int i = 0; i < c.options().size(); i++) {
                String o = c.options().get(i);
                options.add(new OptionView(base + "-" + i, o, o, chosen.contains(o)));
            }
        }
        else {
            kind = "text";
            value = chosen.isEmpty() ? null : chosen.get(0);
            maxLength = ((Question.FreeText) q).maxLength();
        }
        String anchor = options.isEmpty() ? base : options.get(0).id();
        return new QuestionView(q.id(), kind, "q." + q.id(), anchor, q.text(), q.required(), error, options, value,
                maxLength, low, high, columns, q.showIf() == null ? null : q.showIf().describe());
    }

    static List<QuestionView> all(List<Question> questions, Map<String, Answer> answers,
            Map<String, List<String>> sent, Map<String, String> errors) {
        return questions.stream().map(q -> of(q, answers.get(q.id()), errors.containsKey(q.id()) ? sent.get(q.id()) : null,
                errors.get(q.id()))).toList();
    }

    private static List<String> chosen(Answer a) {
        Object plain = AnswerCodec.plain(a);
        if (plain instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(plain));
    }
}
