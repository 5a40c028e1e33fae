package io.touchpoint.app.survey.internal;

import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.survey.Condition;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a survey definition before it is stored and names every offending field with a JSON-pointer-like path
 * ({@code questions[2].showIf.value}), so the API and the builder can point at what to fix.
 */
public final class DefinitionRules {

    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_OPTIONS = 30;
    public static final int MAX_TEXT_LENGTH = 10_000;
    static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$");

    private DefinitionRules() {
    }

    /**
     * Trims the texts and gives questions without an id one ({@code q1}, {@code q2}, ... by position, skipping ids
     * in use). Nothing else is changed, so what the user wrote is what gets validated.
     */
    public static SurveyDefinition normalise(SurveyDefinition d) {
        Set<String> used = new HashSet<>();
        d.questions().forEach(q -> {
            if (q != null && q.id() != null && !q.id().isBlank()) {
                used.add(q.id().trim());
            }
        });
        List<Question> out = new ArrayList<>();
        int n = 0;
        for (Question q : d.questions()) {
            n++;
            if (q == null) {
                out.add(null);
                continue;
            }
            if (q.id() == null || q.id().isBlank()) {
                String id = "q" + n;
                int k = n;
                while (used.contains(id)) {
                    id = "q" + (++k);
                }
                used.add(id);
                out.add(q.withId(id));
            }
            else if (!q.id().equals(q.id().trim())) {
                out.add(q.withId(q.id().trim()));
            }
            else {
                out.add(q);
            }
        }
        return new SurveyDefinition(trim(d.title()), blankToNull(d.intro()), blankToNull(d.thankYou()),
                blankToNull(trim(d.language())), out);
    }

    /** Problems that prevent saving. */
    public static List<FieldError> validate(SurveyDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", d.title(), true, 200);
        text(errors, "intro", d.intro(), false, 2000);
        text(errors, "thankYou", d.thankYou(), false, 2000);
        if (d.language() != null && (d.language().length() > 35 || !LANGUAGE.matcher(d.language()).matches())) {
            errors.add(new FieldError("language", "use a language tag such as 'en', 'pt' or 'de-CH'"));
        }
        if (d.questions().size() > MAX_QUESTIONS) {
            errors.add(new FieldError("questions", "at most " + MAX_QUESTIONS + " questions"));
            return errors;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < d.questions().size(); i++) {
            String at = "questions[" + i + "]";
            Question q = d.questions().get(i);
            if (q == null) {
                errors.add(new FieldError(at, "a question is required here"));
                continue;
            }
            if (q.id() == null || !ID.matcher(q.id()).matches()) {
                errors.add(new FieldError(at + ".id",
                        "use 1-40 lower-case letters, digits or '_', starting with a letter"));
            }
            else if (seen.putIfAbsent(q.id(), i) != null) {
                errors.add(new FieldError(at + ".id", "'" + q.id() + "' is already the id of question "
                        + (seen.get(q.id()) + 1)));
            }
            text(errors, at + ".text", q.text(), true, 500);
            if (q instanceof Question.Scale) {
                text(errors, at + ".minLabel", labelOf(q, true), false, 60);
                text(errors, at + ".maxLabel", labelOf(q, false), false, 60);
                if (q instanceof Question.Rating r) {
                    if (r.min() < 0 || r.min() > 9) {
                        errors.add(new FieldError(at + ".min", "use 0 to 9"));
                    }
                    if (r.max() < 1 || r.max() > 10) {
                        errors.add(new FieldError(at + ".max", "use 1 to 10"));
                    }
                    else if (r.max() <= r.min()) {
                        errors.add(new FieldError(at + ".max", "must be greater than min (" + r.min() + ")"));
                    }
                }
            }
            if (q instanceof Question.Choosing c) {
                options(errors, at, c.options());
            }
            if (q instanceof Question.FreeText f && (f.maxLength() < 1 || f.maxLength() > MAX_TEXT_LENGTH)) {
                errors.add(new FieldError(at + ".maxLength", "use 1 to " + MAX_TEXT_LENGTH));
            }
            if (q.showIf() != null) {
                condition(errors, at + ".showIf", q.showIf(), d.questions().subList(0, i));
            }
        }
        return errors;
    }

    /** Problems that prevent publishing, on top of {@link #validate}. */
    public static List<FieldError> validateForPublishing(SurveyDefinition d) {
        List<FieldError> errors = new ArrayList<>(validate(d));
        if (d.questions().isEmpty()) {
            errors.add(new FieldError("questions", "add at least one question before publishing"));
        }
        return errors;
    }

    private static String labelOf(Question q, boolean min) {
        if (q instanceof Question.Nps n) {
            return min ? n.minLabel() : n.maxLabel();
        }
        if (q instanceof Question.Csat c) {
            return min ? c.minLabel() : c.maxLabel();
        }
        if (q instanceof Question.Ces c) {
            return min ? c.minLabel() : c.maxLabel();
        }
        if (q instanceof Question.Rating r) {
            return min ? r.minLabel() : r.maxLabel();
        }
        return null;
    }

    private static void options(List<FieldError> errors, String at, List<String> options) {
        if (options.size() < 2) {
            errors.add(new FieldError(at + ".options", "give at least 2 options"));
        }
        if (options.size() > MAX_OPTIONS) {
            errors.add(new FieldError(at + ".options", "at most " + MAX_OPTIONS + " options"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            String o = options.get(j);
            String field = at + ".options[" + j + "]";
            if (o == null || o.isBlank()) {
                errors.add(new FieldError(field, "an option needs a text"));
            }
            else if (!o.equals(o.strip())) {
                errors.add(new FieldError(field, "remove the spaces around the option"));
            }
            else if (!seen.add(o)) {
                errors.add(new FieldError(field, "'" + o + "' is listed twice"));
            }
            else {
                text(errors, field, o, true, 200);
            }
        }
    }

    private static void condition(List<FieldError> errors, String at, Condition c, List<Question> earlier) {
        Question target = c.question() == null ? null : earlier.stream()
                .filter(q -> q != null && c.question().equals(q.id())).findFirst().orElse(null);
        if (target == null) {
            errors.add(new FieldError(at + ".question", "name an earlier question's id"));
            return;
        }
        if (target instanceof Question.FreeText) {
            errors.add(new FieldError(at + ".question", "a condition cannot test a free-text answer"));
            return;
        }
        if (c instanceof Condition.Score s) {
            if (!(target instanceof Question.Scale scale)) {
                errors.add(new FieldError(at + ".op", "'" + target.id() + "' is a choice question: use equals or contains"));
            }
            else if (s.value() == null) {
                errors.add(new FieldError(at + ".value", "give the number to compare with"));
            }
            else if (s.value() < scale.low() || s.value() > scale.high()) {
                errors.add(new FieldError(at + ".value", "'" + target.id() + "' is answered from " + scale.low()
                        + " to " + scale.high()));
            }
        }
        else if (c instanceof Condition.Choice ch) {
            if (!(target instanceof Question.Choosing choosing)) {
                errors.add(new FieldError(at + ".op", "'" + target.id()
                        + "' is answered with a number: use lt, le, eq, ne, ge or gt"));
            }
            else if (ch.value() == null || !choosing.options().contains(ch.value())) {
                errors.add(new FieldError(at + ".value", "use one of the options of '" + target.id() + "'"));
            }
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
        else if (value.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(field, "contains a NUL character"));
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
