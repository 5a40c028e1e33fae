package io.touchpoint.app.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One question of a survey version. Stored as JSON with a {@code type} property naming the record, e.g.
 * {@code {"type":"nps","id":"nps","text":"How likely ...?","required":true}}. Optional components may be omitted:
 * the compact constructors fill in the defaults, so a stored definition always reads back equal to itself.
 * Validation (ids, lengths, scales, options, conditions) happens on save, with the offending field named.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Question.Nps.class, name = "nps"),
        @JsonSubTypes.Type(value = Question.Csat.class, name = "csat"),
        @JsonSubTypes.Type(value = Question.Ces.class, name = "ces"),
        @JsonSubTypes.Type(value = Question.Rating.class, name = "rating"),
        @JsonSubTypes.Type(value = Question.SingleChoice.class, name = "single_choice"),
        @JsonSubTypes.Type(value = Question.MultipleChoice.class, name = "multiple_choice"),
        @JsonSubTypes.Type(value = Question.FreeText.class, name = "free_text")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Question {

    int DEFAULT_TEXT_LENGTH = 2000;

    /** Unique within the survey; answers and conditions refer to it. */
    String id();

    String text();

    /** Never null once constructed. */
    Boolean required();

    /** Null when the question is always shown. */
    Condition showIf();

    Question withId(String id);

    default QuestionType questionType() {
        return QuestionType.of(this);
    }

    /** A question answered with a whole number on a closed scale. */
    sealed interface Scale extends Question {

        int low();

        int high();

        /** Words for the low end, shown beside the scale. */
        String lowLabel();

        String highLabel();
    }

    /** A question answered by choosing among listed options. */
    sealed interface Choosing extends Question {

        List<String> options();
    }

    /** Net Promoter Score: likelihood to recommend, 0-10. */
    record Nps(String id, String text, Boolean required, Condition showIf, String minLabel, String maxLabel)
            implements Scale {

        public Nps {
            required = Boolean.TRUE.equals(required);
        }

        @Override
        public int low() {
            return 0;
        }

        @Override
        public int high() {
            return 10;
        }

        @Override
        public String lowLabel() {
            return minLabel != null ? minLabel : "Not at all likely";
        }

        @Override
        public String highLabel() {
            return maxLabel != null ? maxLabel : "Extremely likely";
        }

        @Override
        public Nps withId(String newId) {
            return new Nps(newId, text, required, showIf, minLabel, maxLabel);
        }
    }

    /** Customer satisfaction, 1-5. */
    record Csat(String id, String text, Boolean required, Condition showIf, String minLabel, String maxLabel)
            implements Scale {

        public Csat {
            required = Boolean.TRUE.equals(required);
        }

        @Override
        public int low() {
            return 1;
        }

        @Override
        public int high() {
            return 5;
        }

        @Override
        public String lowLabel() {
            return minLabel != null ? minLabel : "Very dissatisfied";
        }

        @Override
        public String highLabel() {
            return maxLabel != null ? maxLabel : "Very satisfied";
        }

        @Override
        public Csat withId(String newId) {
            return new Csat(newId, text, required, showIf, minLabel, maxLabel);
        }
    }

    /** Customer effort score (CES 2.0 agreement wording), 1-7. */
    record Ces(String id, String text, Boolean required, Condition showIf, String minLabel, String maxLabel)
            implements Scale {

        public Ces {
            required = Boolean.TRUE.equals(required);
        }

        @Override
        public int low() {
            return 1;
        }

        @Override
        public int high() {
            return 7;
        }

        @Override
        public String lowLabel() {
            return minLabel != null ? minLabel : "Strongly disagree";
        }

        @Override
        public String highLabel() {
            return maxLabel != null ? maxLabel : "Strongly agree";
        }

        @Override
        public Ces withId(String newId) {
            return new Ces(newId, text, required, showIf, minLabel, maxLabel);
        }
    }

    /** A rating on a configurable scale {@code min..max} (defaults 1..5); feedback stores it normalised to 0..1. */
    record Rating(String id, String text, Boolean required, Condition showIf, Integer min, Integer max, String minLabel,
            String maxLabel) implements Scale {

        public Rating {
            required = Boolean.TRUE.equals(required);
            min = min == null ? 1 : min;
            max = max == null ? 5 : max;
        }

        @Override
        public int low() {
            return min;
        }

        @Override
        public int high() {
            return max;
        }

        @Override
        public String lowLabel() {
            return minLabel;
        }

        @Override
        public String highLabel() {
            return maxLabel;
        }

        @Override
        public Rating withId(String newId) {
            return new Rating(newId, text, required, showIf, min, max, minLabel, maxLabel);
        }
    }

    record SingleChoice(String id, String text, Boolean required, Condition showIf, List<String> options)
            implements Choosing {

        public SingleChoice {
            required = Boolean.TRUE.equals(required);
            options = copy(options);
        }

        @Override
        public SingleChoice withId(String newId) {
            return new SingleChoice(newId, text, required, showIf, options);
        }
    }

    record MultipleChoice(String id, String text, Boolean required, Condition showIf, List<String> options)
            implements Choosing {

        public MultipleChoice {
            required = Boolean.TRUE.equals(required);
            options = copy(options);
        }

        @Override
        public MultipleChoice withId(String newId) {
            return new MultipleChoice(newId, text, required, showIf, options);
        }
    }

    /** A comment box; {@code maxLength} characters at most (default 2000). */
    record FreeText(String id, String text, Boolean required, Condition showIf, Integer maxLength) implements Question {

        public FreeText {
            required = Boolean.TRUE.equals(required);
            maxLength = maxLength == null ? DEFAULT_TEXT_LENGTH : maxLength;
        }

        @Override
        public FreeText withId(String newId) {
            return new FreeText(newId, text, required, showIf, maxLength);
        }
    }

    /** Null-tolerant copy: nulls inside the list are kept so validation can name them. */
    private static List<String> copy(List<String> options) {
        return options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
    }
}
