package io.touchpoint.text;

/**
 * Sentiment of one sentence.
 *
 * @param start index of the sentence's first character in the analysed text
 * @param end index after its last character
 * @param label negative, neutral or positive
 * @param score in [-1, 1]
 */
public record SentenceSentiment(int start, int end, SentimentLabel label, double score) {
}
