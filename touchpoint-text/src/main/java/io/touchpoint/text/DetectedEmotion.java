package io.touchpoint.text;

import java.util.List;

/**
 * A Shaw emotion found in a text.
 *
 * @param emotion the emotion
 * @param cluster its cluster (same as {@code emotion.cluster()}, repeated for readers of the JSON)
 * @param confidence in [0, 1]: the model's probability, at least 0.75 when an explicit cue phrase was found
 * @param evidence the words that gave it away, in text order
 */
public record DetectedEmotion(ShawEmotion emotion, EmotionCluster cluster, double confidence,
        List<Evidence> evidence) {

    public DetectedEmotion {
        evidence = List.copyOf(evidence);
    }
}
