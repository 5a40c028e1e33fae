package io.touchpoint.app.survey;

/**
 * Personal invitations of one survey by the steps they reached (a later step implies the earlier ones were reached,
 * even if, e.g., a link was opened without having been marked sent). {@code expired}: not completed and past expiry.
 */
public record InvitationFunnel(long created, long sent, long opened, long started, long completed, long expired) {
}
