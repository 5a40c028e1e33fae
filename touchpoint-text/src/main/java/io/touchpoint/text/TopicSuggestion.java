package io.touchpoint.text;

import java.util.List;

/**
 * A key phrase that recurs among texts no topic covers: a candidate for a new topic or new terms.
 *
 * @param phrase the phrase in its most frequent written form, lower case ("shuttle bus")
 * @param texts number of uncovered texts that contain it
 * @param share {@code texts} divided by the number of uncovered texts
 * @param examples indices (into the input list) of up to three texts that contain it
 */
public record TopicSuggestion(String phrase, int texts, double share, List<Integer> examples) {

    public TopicSuggestion {
        examples = List.copyOf(examples);
    }
}
