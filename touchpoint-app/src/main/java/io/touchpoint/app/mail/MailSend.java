package io.touchpoint.app.mail;

import java.time.Instant;

/** What a rule did for one event: sent (with its invitation), skipped (with the reason), pending or failed. */
public record MailSend(long id, long ruleId, long eventId, long customerId, String status, String reason,
        Long invitationId, String email, Instant createdAt, Instant sentAt, String reminderStatus,
        Instant reminderSentAt) {
}
