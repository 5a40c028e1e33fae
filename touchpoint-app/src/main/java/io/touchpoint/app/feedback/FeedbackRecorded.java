package io.touchpoint.app.feedback;

/**
 * Published in the same transaction that inserted row {@code feedbackId} of the {@code feedback} table, so a listener
 * ({@code @ApplicationModuleListener}: text analytics, rollups) sees the row once the transaction has committed, and a
 * rolled-back insert publishes nothing. Listeners read the row by id and must be idempotent: the JDBC event
 * publication registry may deliver an event again after a failure or a restart.
 */
public record FeedbackRecorded(long feedbackId) {
}
