package io.touchpoint.app.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The question types a survey offers, with their JSON codes and a starting question for the builder. */
public enum QuestionType {
    NPS("nps", "Net Promoter Score (0-10)"),
    CSAT("csat", "Satisfaction, CSAT (1-5)"),
    CES("ces", "Effort, CES (1-7)"),
    RATING("rating", "Rating (own scale)"),
    SINGLE_CHOICE("single_choice", "Single choice"),
    MULTIPLE_CHOICE("multiple_choice", "Multiple choice"),
    FREE_TEXT("free_text", "Free text");

    private final String code;
    private final String label;

    QuestionType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean scale() {
        return this == NPS || this == CSAT || this == CES || this == RATING;
    }

    public boolean choosing() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public static Optional<QuestionType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static QuestionType of(Question q) {
        if (q instanceof Question.Nps) {
            return NPS;
        }
        if (q instanceof Question.Csat) {
            return CSAT;
        }
        if (q instanceof Question.Ces) {
            return CES;
        }
        if (q instanceof Question.Rating) {
            return RATING;
        }
        if (q instanceof Question.SingleChoice) {
            return SINGLE_CHOICE;
        }
        if (q instanceof Question.MultipleChoice) {
            return MULTIPLE_CHOICE;
        }
        return FREE_TEXT;
    }

    /** A question of this type with typical wording, for "add question" in the builder. */
    public Question starter(String id) {
        return switch (this) {
            case NPS -> new Question.Nps(id, "How likely are you to recommend us to a friend or colleague?", true,
                    null, null, null);
            case CSAT -> new Question.Csat(id, "How satisfied were you with your experience?", true, null, null, null);
            case CES -> new Question.Ces(id, "It was easy to get what I needed.", false, null, null, null);
            case RATING -> new Question.Rating(id, "How would you rate it?", false, null, 1, 5, null, null);
            case SINGLE_CHOICE -> new Question.SingleChoice(id, "Which one applies?", false, null,
                    List.of("Option A", "Option B"));
            case MULTIPLE_CHOICE -> new Question.MultipleChoice(id, "Which apply?", false, null,
                    List.of("Option A", "Option B"));
            case FREE_TEXT -> new Question.FreeText(id, "Anything else you would like to tell us?", false, null, null);
        };
    }
}
