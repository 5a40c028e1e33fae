package io.touchpoint.text.token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** English function words and review filler: never shown as evidence, never suggested as topics. */
public final class Stopwords {

    private static final Set<String> WORDS = load("/io/touchpoint/text/token/stopwords.txt");
    private static final Set<String> NARRATION = load("/io/touchpoint/text/aspect/suggestion_stopwords.txt");

    private Stopwords() {
    }

    /** A function word or review filler. */
    public static boolean contains(String key) {
        return WORDS.contains(key);
    }

    /** A common verb or narration word ("tried", "went", "thing"): no topic on its own. */
    public static boolean isNarration(String key) {
        return NARRATION.contains(key);
    }

    private static Set<String> load(String resource) {
        InputStream in = Stopwords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
