package io.touchpoint.app.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What one version of a survey asks, stored as JSON in {@code survey_version.definition}.
 *
 * @param title shown as the page heading
 * @param intro optional text above the first page
 * @param thankYou optional text of the thank-you page
 * @param language BCP 47 tag of the survey's wording (the page's {@code lang}); null for English
 * @param questions in order; a question with a condition must come after the question it tests
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyDefinition(String title, String intro, String thankYou, String language,
        List<Question> questions) {

    public static final String DEFAULT_THANK_YOU = "Thank you for your feedback. It helps us improve.";

    public SurveyDefinition {
        questions = questions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(questions));
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q != null && q.id() != null && q.id().equals(id)).findFirst();
    }

    public String thankYouText() {
        return thankYou == null || thankYou.isBlank() ? DEFAULT_THANK_YOU : thankYou;
    }

    public String languageTag() {
        return language == null || language.isBlank() ? "en" : language;
    }

    public SurveyDefinition withQuestions(List<Question> replaced) {
        return new SurveyDefinition(title, intro, thankYou, language, replaced);
    }
}
