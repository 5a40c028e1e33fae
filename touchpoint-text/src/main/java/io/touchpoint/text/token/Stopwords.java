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

    private static final Set<String> WORDS = load();

    private Stopwords() {
    }

    public static boolean contains(String key) {
        return WORDS.contains(key);
    }

    private static Set<String> load() {
        InputStream in = Stopwords.class.getResourceAsStream("/io/touchpoint/text/token/stopwords.txt");
        if (in == null) {
            throw new IllegalStateException("missing stopwords.txt");
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
