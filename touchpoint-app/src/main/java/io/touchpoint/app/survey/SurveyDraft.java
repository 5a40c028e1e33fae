package io.touchpoint.app.survey;

/**
 * What a user submits to create or edit a survey.
 *
 * @param touchpoint key of the touchpoint the survey is about
 * @param stage key of the journey stage; when empty, the touchpoint's own stage
 * @param definition the questions; validated on save
 */
public record SurveyDraft(String touchpoint, String stage, SurveyDefinition definition) {
}
