package io.touchpoint.app.mail;

import java.time.Instant;

/**
 * A survey's invitation email: subject and plain-text body with placeholders ({@code {firstName}},
 * {@code {lastName}}, {@code {hotelName}}, {@code {surveyTitle}}, {@code {surveyLink}}, {@code {unsubscribeLink}}).
 *
 * @param custom false while the survey uses the built-in default
 */
public record MailTemplate(long surveyId, String subject, String body, boolean custom, String updatedBy,
        Instant updatedAt) {
}
