package io.touchpoint.app.feedback;

/** A feedback record (survey response, review or social comment) was stored. */
public record FeedbackRecorded(long feedbackId) {
}
