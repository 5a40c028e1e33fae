package io.touchpoint.app.survey;

import java.time.Instant;

/** A personal survey invitation: one respondent, one signed link, at most one completed response. */
public record Invitation(long id, long surveyId, Long customerId, String email, InvitationStatus status,
        Instant createdAt, Instant expiresAt, Instant sentAt, Instant openedAt, Instant startedAt,
        Instant completedAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
