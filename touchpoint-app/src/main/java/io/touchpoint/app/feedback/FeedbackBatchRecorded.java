package io.touchpoint.app.feedback;

import java.util.List;

/**
 * Like {@link FeedbackRecorded}, for the rows one intake call stored (an API batch, a chunk of an import): published
 * once in the transaction that inserted them, so listeners do their work per batch (one analysis transaction, one
 * rollup refresh per touched cell) instead of once per row, and the event registry keeps one record per listener and
 * batch. Same guarantees: seen after commit, nothing for a rolled-back insert, possibly delivered again (listeners are
 * idempotent).
 */
public record FeedbackBatchRecorded(List<Long> feedbackIds) {

    public FeedbackBatchRecorded {
        feedbackIds = List.copyOf(feedbackIds);
    }
}
