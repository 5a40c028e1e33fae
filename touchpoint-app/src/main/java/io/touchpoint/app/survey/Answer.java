package io.touchpoint.app.survey;

import java.util.List;

/** One respondent's answer to one question; which kind depends on the question type. */
public sealed interface Answer {

    /** NPS, CSAT, CES and rating questions. */
    record Score(int value) implements Answer {
    }

    /** Single choice: the chosen option's text. */
    record Choice(String option) implements Answer {
    }

    /** Multiple choice: the chosen options, in the order the question lists them. */
    record Choices(List<String> options) implements Answer {

        public Choices {
            options = List.copyOf(options);
        }
    }

    /** Free text, stored as written (line breaks normalised to \n). */
    record Text(String text) implements Answer {
    }
}
