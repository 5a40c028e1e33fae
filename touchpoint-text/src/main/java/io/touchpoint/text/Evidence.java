package io.touchpoint.text;

/**
 * Words in the analysed text that gave an emotion away.
 *
 * @param text the words as written (HTML markup left out, character references decoded; the offsets index the
 *     text as received)
 * @param start index of the first character
 * @param end index after the last character
 */
public record Evidence(String text, int start, int end) {
}
