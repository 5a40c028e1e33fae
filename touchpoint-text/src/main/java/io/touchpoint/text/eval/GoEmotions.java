package io.touchpoint.text.eval;

import io.touchpoint.text.EmotionCluster;
import io.touchpoint.text.ShawEmotion;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the GoEmotions TSV files (Demszky et al., ACL 2020; CC BY 4.0) and maps their labels to Shaw's emotions.
 *
 * <p>The mapping is the one proposed in shared/data/goemotions/README.md. Energetic and exploratory share their only
 * sources with stimulated and interested, so they are not trained from GoEmotions (cue phrases find them); the five
 * Shaw emotions with no GoEmotions counterpart (valued, cared for, focused, hurried, neglected) come from cue
 * phrases only.
 */
public final class GoEmotions {

    /** The 28 label names in emotions.txt order. */
    public static final List<String> LABELS = List.of("admiration", "amusement", "anger", "annoyance", "approval",
            "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
            "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride",
            "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    /** Shaw emotion to its GoEmotions sources (README mapping, without the duplicated energetic/exploratory). */
    public static final Map<ShawEmotion, Set<String>> TRAINED_SOURCES = Map.ofEntries(
            Map.entry(ShawEmotion.HAPPY, Set.of("joy", "amusement", "love")),
            Map.entry(ShawEmotion.PLEASED, Set.of("admiration", "approval", "gratitude", "pride")),
            Map.entry(ShawEmotion.TRUSTING, Set.of("optimism")),
            Map.entry(ShawEmotion.SAFE, Set.of("relief")),
            Map.entry(ShawEmotion.INTERESTED, Set.of("curiosity")),
            Map.entry(ShawEmotion.STIMULATED, Set.of("excitement", "surprise")),
            Map.entry(ShawEmotion.INDULGENT, Set.of("desire")),
            Map.entry(ShawEmotion.IRRITATED, Set.of("annoyance")),
            Map.entry(ShawEmotion.UNHAPPY, Set.of("sadness", "grief")),
            Map.entry(ShawEmotion.UNSATISFIED, Set.of("disapproval", "disgust")),
            Map.entry(ShawEmotion.STRESSED, Set.of("nervousness", "fear")),
            Map.entry(ShawEmotion.DISAPPOINTED, Set.of("disappointment")),
            Map.entry(ShawEmotion.FRUSTRATED, Set.of("anger", "confusion")));

    /** One comment with its GoEmotions labels. */
    public record Example(String text, Set<String> labels) {

        /** Shaw emotions whose sources include one of the labels. */
        public Set<ShawEmotion> shaw() {
            Set<ShawEmotion> out = EnumSet.noneOf(ShawEmotion.class);
            for (Map.Entry<ShawEmotion, Set<String>> e : TRAINED_SOURCES.entrySet()) {
                for (String l : labels) {
                    if (e.getValue().contains(l)) {
                        out.add(e.getKey());
                    }
                }
            }
            return out;
        }

        /** Shaw clusters of the mapped labels (energetic and exploratory would fall in Attention too). */
        public Set<EmotionCluster> clusters() {
            Set<EmotionCluster> out = EnumSet.noneOf(EmotionCluster.class);
            for (ShawEmotion e : shaw()) {
                out.add(e.cluster());
            }
            return out;
        }
    }

    private GoEmotions() {
    }

    public static List<Example> read(Path tsv) throws IOException {
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length < 2) {
                    throw new IOException("bad GoEmotions row in " + tsv + ": " + line);
                }
                String text = parts[0];
                // About 2.5% of rows use CSV-style quoting (README).
                if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                    text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
                }
                Set<String> labels = new java.util.HashSet<>();
                for (String id : parts[1].split(",")) {
                    labels.add(LABELS.get(Integer.parseInt(id.trim())));
                }
                out.add(new Example(text, Set.copyOf(labels)));
            }
        }
        return out;
    }
}
