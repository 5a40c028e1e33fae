package io.touchpoint.app.mail;

import java.time.Instant;

/**
 * "Email the survey {@code delayHours} after an event of type {@code eventType}", optionally only for events at a
 * touchpoint or property; one reminder after {@code reminderDays} (null: none) if the survey was not completed.
 */
public record MailRule(long id, long surveyId, String eventType, int delayHours, String touchpoint, String property,
        Integer reminderDays, boolean enabled, Instant createdAt) {
}
