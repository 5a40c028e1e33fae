package io.touchpoint.app.customer;

/** What became of one submitted record. */
public record Recorded(String clientId, Outcome outcome, Long customerId) {

    public enum Outcome {
        ACCEPTED, DUPLICATE
    }
}
