package io.touchpoint.text;

/**
 * Words in the analysed text that gave an emotion away.
 *
 * @param text the words as written
 * @param start index of the first character
 * @param end index after the last character
 */
public record Evidence(String text, int start, int end) {
}
