package io.touchpoint.app.survey;

import java.time.Instant;

/**
 * A survey with its latest version.
 *
 * @param key the slug of the anonymous link {@code /public/s/{key}}; stable across versions, so printed QR codes
 *            keep working after edits
 * @param version the latest version (the one being edited)
 * @param publishedVersion the version respondents get now; null while a draft
 * @param unpublishedChanges whether the latest version differs from the published one (a draft waiting to be
 *                           published)
 * @param definition the latest version's questions
 */
public record Survey(long id, String key, String touchpoint, String stage, int version, Integer publishedVersion,
        SurveyStatus status, boolean unpublishedChanges, SurveyDefinition definition, Instant createdAt,
        Instant updatedAt) {

    public String title() {
        return definition.title();
    }
}
