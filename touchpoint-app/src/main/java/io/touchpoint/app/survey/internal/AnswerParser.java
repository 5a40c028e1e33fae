package io.touchpoint.app.survey.internal;

import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Question;
import java.util.List;

/** Reads one question's answer from the values a form sent, with a message a respondent understands. */
public final class AnswerParser {

    public static final String REQUIRED = "Please answer this question.";

    /** The outcome: an answer, no answer, or a value that is not acceptable. */
    public sealed interface Parsed {
    }

    public record Given(Answer answer) implements Parsed {
    }

    public record Empty() implements Parsed {
    }

    public record Invalid(String message) implements Parsed {
    }

    private AnswerParser() {
    }

    public static Parsed parse(Question q, List<String> raw) {
        List<String> values = raw == null ? List.of() : raw.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (q instanceof Question.FreeText f) {
            return text(f, raw);
        }
        if (values.isEmpty()) {
            return new Empty();
        }
        if (q instanceof Question.Scale s) {
            String range = "Choose a number from " + s.low() + " to " + s.high() + ".";
            if (values.size() > 1) {
                return new Invalid("Choose one number only.");
            }
            int v;
            try {
                v = Integer.parseInt(values.get(0).strip());
            }
            catch (NumberFormatException ex) {
                return new Invalid(range);
            }
            return v < s.low() || v > s.high() ? new Invalid(range) : new Given(new Answer.Score(v));
        }
        if (q instanceof Question.SingleChoice c) {
            if (values.size() > 1) {
                return new Invalid("Choose one option only.");
            }
            return c.options().contains(values.get(0)) ? new Given(new Answer.Choice(values.get(0)))
                    : new Invalid("Choose one of the options shown.");
        }
        if (q instanceof Question.MultipleChoice c) {
            if (!c.options().containsAll(values)) {
                return new Invalid("Choose among the options shown.");
            }
            return new Given(new Answer.Choices(c.options().stream().filter(values::contains).toList()));
        }
        throw new IllegalArgumentException("unknown question type " + q);
    }

    private static Parsed text(Question.FreeText f, List<String> raw) {
        if (raw == null || raw.isEmpty() || raw.get(0) == null) {
            return new Empty();
        }
        if (raw.size() > 1) {
            return new Invalid("Send one text only.");
        }
        // Browsers send line breaks as CRLF; NUL cannot be stored and is never typed.
        String text = raw.get(0).replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        if (text.isBlank()) {
            return new Empty();
        }
        if (text.length() > f.maxLength()) {
            return new Invalid("Please keep it to " + f.maxLength() + " characters (you wrote " + text.length() + ").");
        }
        return new Given(new Answer.Text(text));
    }
}
