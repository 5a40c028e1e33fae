package io.touchpoint.text;

/**
 * Sentiment of a whole text.
 *
 * @param label negative, neutral or positive
 * @param score in [-1, 1]; the sign gives the direction, the magnitude the strength
 * @param mixed the text holds clearly positive and clearly negative statements (a label alone would hide one side)
 */
public record Sentiment(SentimentLabel label, double score, boolean mixed) {

    public Sentiment {
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [-1, 1]: " + score);
        }
    }
}
