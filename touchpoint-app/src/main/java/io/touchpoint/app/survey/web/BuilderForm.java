package io.touchpoint.app.survey.web;

import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.survey.Condition;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.QuestionType;
import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.SurveyDraft;
import io.touchpoint.app.survey.internal.DefinitionRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The survey builder's form, as plain fields so it works without JavaScript: question {@code i}'s fields are named
 * {@code questions[i].text} and so on, options are one per line. Adding, removing and moving questions are submit
 * buttons that re-render the form with the change applied (htmx swaps just the form when it is there).
 */
public record BuilderForm(Long surveyId, String title, String touchpoint, String stage, String intro,
        String thankYou, String language, List<Row> questions) {

    private static final Pattern FIELD = Pattern.compile("^questions\\[(\\d{1,3})]\\.([a-zA-Z]+)$");

    /** One question's fields, as typed. */
    public record Row(String type, String id, String text, boolean required, String options, String min, String max,
            String minLabel, String maxLabel, String maxLength, String ifQuestion, String ifOp, String ifValue) {

        public QuestionType questionType() {
            return QuestionType.parse(type).orElse(QuestionType.FREE_TEXT);
        }

        static Row of(Question q) {
            String options = q instanceof Question.Choosing c ? String.join("\n", c.options()) : "";
            String min = "";
            String max = "";
            String minLabel = "";
            String maxLabel = "";
            String maxLength = "";
            if (q instanceof Question.Rating r) {
                min = String.valueOf(r.min());
                max = String.valueOf(r.max());
            }
            if (q instanceof Question.Scale s) {
                minLabel = labelOrEmpty(q, true);
                maxLabel = labelOrEmpty(q, false);
            }
            if (q instanceof Question.FreeText f) {
                maxLength = String.valueOf(f.maxLength());
            }
            String ifQuestion = "";
            String ifOp = "";
            String ifValue = "";
            if (q.showIf() instanceof Condition.Score s) {
                ifQuestion = s.question();
                ifOp = s.op() == null ? "" : s.op().code();
                ifValue = s.value() == null ? "" : String.valueOf(s.value());
            }
            else if (q.showIf() instanceof Condition.Choice c) {
                ifQuestion = c.question();
                ifOp = c.op() == null ? "" : c.op().code();
                ifValue = c.value() == null ? "" : c.value();
            }
            return new Row(q.questionType().code(), q.id(), q.text(), q.required(), options, min, max, minLabel,
                    maxLabel, maxLength, ifQuestion, ifOp, ifValue);
        }

        private static String labelOrEmpty(Question q, boolean low) {
            String v = null;
            if (q instanceof Question.Nps n) {
                v = low ? n.minLabel() : n.maxLabel();
            }
            else if (q instanceof Question.Csat c) {
                v = low ? c.minLabel() : c.maxLabel();
            }
            else if (q instanceof Question.Ces c) {
                v = low ? c.minLabel() : c.maxLabel();
            }
            else if (q instanceof Question.Rating r) {
                v = low ? r.minLabel() : r.maxLabel();
            }
            return v == null ? "" : v;
        }

        /** The question this row describes; number fields that are not numbers are reported, not guessed. */
        Question toQuestion(int index, List<FieldError> errors) {
            String at = "questions[" + index + "]";
            String qid = blank(id);
            String qtext = text;
            Boolean req = required;
            Condition cond = condition(at, errors);
            return switch (questionType()) {
                case NPS -> new Question.Nps(qid, qtext, req, cond, blank(minLabel), blank(maxLabel));
                case CSAT -> new Question.Csat(qid, qtext, req, cond, blank(minLabel), blank(maxLabel));
                case CES -> new Question.Ces(qid, qtext, req, cond, blank(minLabel), blank(maxLabel));
                case RATING -> new Question.Rating(qid, qtext, req, cond, number(min, at + ".min", errors),
                        number(max, at + ".max", errors), blank(minLabel), blank(maxLabel));
                case SINGLE_CHOICE -> new Question.SingleChoice(qid, qtext, req, cond, lines(options));
                case MULTIPLE_CHOICE -> new Question.MultipleChoice(qid, qtext, req, cond, lines(options));
                case FREE_TEXT -> new Question.FreeText(qid, qtext, req, cond, number(maxLength, at + ".maxLength",
                        errors));
            };
        }

        private Condition condition(String at, List<FieldError> errors) {
            if (blank(ifQuestion) == null) {
                return null;
            }
            var score = Condition.Comparison.parse(ifOp);
            if (score.isPresent()) {
                return new Condition.Score(ifQuestion.strip(), score.get(), number(ifValue, at + ".showIf.value", errors));
            }
            var choice = Condition.ChoiceMatch.parse(ifOp);
            if (choice.isPresent()) {
                return new Condition.Choice(ifQuestion.strip(), choice.get(), ifValue == null ? null : ifValue.strip());
            }
            errors.add(new FieldError(at + ".showIf.op", "choose how to compare"));
            return null;
        }
    }

    /** Reads the submitted fields; at most {@link DefinitionRules#MAX_QUESTIONS} + 1 questions are read. */
    public static BuilderForm read(MultiValueMap<String, String> p) {
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        for (var e : p.entrySet()) {
            Matcher m = FIELD.matcher(e.getKey());
            if (m.matches() && !e.getValue().isEmpty()) {
                int i = Integer.parseInt(m.group(1));
                if (i <= DefinitionRules.MAX_QUESTIONS) {
                    rows.computeIfAbsent(i, k -> new java.util.HashMap<>()).put(m.group(2), e.getValue().get(0));
                }
            }
        }
        List<Row> questions = new ArrayList<>();
        for (Map<String, String> r : rows.values()) {
            questions.add(new Row(r.getOrDefault("type", "free_text"), r.get("id"), r.get("text"),
                    "true".equals(r.get("required")), r.get("options"), r.get("min"), r.get("max"), r.get("minLabel"),
                    r.get("maxLabel"), r.get("maxLength"), r.get("ifQuestion"), r.get("ifOp"), r.get("ifValue")));
        }
        Long id = null;
        try {
            id = p.getFirst("surveyId") == null || p.getFirst("surveyId").isBlank() ? null
                    : Long.valueOf(p.getFirst("surveyId"));
        }
        catch (NumberFormatException ignored) {
            // a new survey
        }
        return new BuilderForm(id, p.getFirst("title"), p.getFirst("touchpoint"), p.getFirst("stage"),
                p.getFirst("intro"), p.getFirst("thankYou"), p.getFirst("language"), questions);
    }

    public static BuilderForm starter(String touchpoint) {
        return new BuilderForm(null, "", touchpoint, "", "", "", "",
                List.of(Row.of(QuestionType.NPS.starter("nps"))));
    }

    public static BuilderForm of(Survey s) {
        SurveyDefinition d = s.definition();
        return new BuilderForm(s.id(), d.title(), s.touchpoint(), s.stage(), nz(d.intro()), nz(d.thankYou()),
                nz(d.language()), d.questions().stream().map(Row::of).toList());
    }

    /** The draft to save, plus the fields that could not be read (e.g. "abc" as a scale minimum). */
    public SurveyDraft draft(List<FieldError> errors) {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            qs.add(questions.get(i).toQuestion(i, errors));
        }
        return new SurveyDraft(touchpoint, blank(stage), new SurveyDefinition(title, blank(intro), blank(thankYou),
                blank(language), qs));
    }

    /**
     * Applies a builder button: {@code add}, {@code remove:i}, {@code up:i}, {@code down:i}; anything else (such as
     * {@code refresh} after changing a type) leaves the questions as they are.
     */
    public BuilderForm apply(String action, String newType) {
        List<Row> rows = new ArrayList<>(questions);
        String a = action == null ? "" : action;
        int i = a.indexOf(':') > 0 ? index(a.substring(a.indexOf(':') + 1)) : -1;
        if (a.equals("add") && rows.size() < DefinitionRules.MAX_QUESTIONS) {
            QuestionType t = QuestionType.parse(newType).orElse(QuestionType.FREE_TEXT);
            rows.add(Row.of(t.starter(freeId(rows))));
        }
        else if (a.startsWith("remove:") && i >= 0 && i < rows.size()) {
            rows.remove(i);
        }
        else if (a.startsWith("up:") && i > 0 && i < rows.size()) {
            rows.add(i - 1, rows.remove(i));
        }
        else if (a.startsWith("down:") && i >= 0 && i < rows.size() - 1) {
            rows.add(i + 1, rows.remove(i));
        }
        return new BuilderForm(surveyId, title, touchpoint, stage, intro, thankYou, language, rows);
    }

    /** Ids of the questions before {@code index}: what a condition may test. */
    public List<String> idsBefore(int index) {
        return questions.subList(0, Math.min(index, questions.size())).stream().map(Row::id)
                .filter(x -> x != null && !x.isBlank()).toList();
    }

    public List<Condition.Comparison> comparisons() {
        return Arrays.asList(Condition.Comparison.values());
    }

    public List<Condition.ChoiceMatch> choiceMatches() {
        return Arrays.asList(Condition.ChoiceMatch.values());
    }

    private static String freeId(List<Row> rows) {
        int n = rows.size() + 1;
        while (true) {
            String candidate = "q" + n;
            if (rows.stream().noneMatch(r -> candidate.equals(r.id()))) {
                return candidate;
            }
            n++;
        }
    }

    private static int index(String s) {
        try {
            return Integer.parseInt(s);
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static Integer number(String s, String field, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        }
        catch (NumberFormatException ex) {
            errors.add(new FieldError(field, "not a whole number: '" + s + "'"));
            return null;
        }
    }

    private static List<String> lines(String s) {
        if (s == null) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
