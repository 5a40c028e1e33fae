package io.touchpoint.app.survey;

import java.time.Instant;

/** One stored version of a survey; published ones are immutable and responses point at them. */
public record SurveyVersion(long surveyId, int version, Instant createdAt, Instant publishedAt, long responses) {
}
