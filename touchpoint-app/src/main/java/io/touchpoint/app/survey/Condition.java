package io.touchpoint.app.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Skip logic: a question with a condition is shown only when the condition holds for the answer to an earlier
 * question. In JSON the operator decides the kind, so clients write {@code {"question":"nps","op":"le","value":6}} or
 * {@code {"question":"topics","op":"contains","value":"Breakfast"}}. A condition on an unanswered (or hidden)
 * question does not hold.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "op", visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Condition.Score.class, names = {"lt", "le", "eq", "ne", "ge", "gt"}),
        @JsonSubTypes.Type(value = Condition.Choice.class, names = {"equals", "contains"})})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Condition {

    /** The id of the earlier question whose answer is tested. */
    String question();

    boolean holds(Answer answer);

    /** Human wording for builders and previews, e.g. "nps ≤ 6". */
    String describe();

    /** Whether the answer to {@code question()} in {@code answers} satisfies the condition. */
    default boolean holdsIn(Map<String, Answer> answers) {
        Answer a = answers.get(question());
        return a != null && holds(a);
    }

    /** A comparison of a numeric (scale) answer with a number. */
    record Score(String question, Comparison op, Integer value) implements Condition {

        @Override
        public boolean holds(Answer answer) {
            if (!(answer instanceof Answer.Score s) || op == null || value == null) {
                return false;
            }
            return op.test(s.value(), value);
        }

        @Override
        public String describe() {
            return question + " " + (op == null ? "?" : op.symbol()) + " " + value;
        }
    }

    /**
     * A test on a choice answer: {@code equals} holds when exactly that option is chosen, {@code contains} when it
     * is among the chosen options (for a single choice the two are the same).
     */
    record Choice(String question, ChoiceMatch op, String value) implements Condition {

        @Override
        public boolean holds(Answer answer) {
            if (op == null || value == null) {
                return false;
            }
            if (answer instanceof Answer.Choice c) {
                return c.option().equals(value);
            }
            if (answer instanceof Answer.Choices cs) {
                return op == ChoiceMatch.EQUALS
                        ? cs.options().size() == 1 && cs.options().get(0).equals(value)
                        : cs.options().contains(value);
            }
            return false;
        }

        @Override
        public String describe() {
            return question + " " + (op == null ? "?" : op.code()) + " \"" + value + "\"";
        }
    }

    enum Comparison {
        LT("lt", "<"), LE("le", "≤"), EQ("eq", "="), NE("ne", "≠"), GE("ge", "≥"), GT("gt", ">");

        private final String code;
        private final String symbol;

        Comparison(String code, String symbol) {
            this.code = code;
            this.symbol = symbol;
        }

        @JsonValue
        public String code() {
            return code;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(int answer, int value) {
            return switch (this) {
                case LT -> answer < value;
                case LE -> answer <= value;
                case EQ -> answer == value;
                case NE -> answer != value;
                case GE -> answer >= value;
                case GT -> answer > value;
            };
        }

        public static Optional<Comparison> parse(String code) {
            return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }

    enum ChoiceMatch {
        EQUALS("equals"), CONTAINS("contains");

        private final String code;

        ChoiceMatch(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        public static Optional<ChoiceMatch> parse(String code) {
            return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }
}
