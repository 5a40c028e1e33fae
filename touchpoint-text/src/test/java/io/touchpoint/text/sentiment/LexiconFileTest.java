package io.touchpoint.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped hospitality lexicon says each word or phrase once, so no entry silently overrides another. */
class LexiconFileTest {

    @Test
    void everyWordOrPhraseIsListedOnce() throws Exception {
        Map<List<String>, Integer> firstLine = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/io/touchpoint/text/sentiment/hospitality_lexicon.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> keys = SentimentLexicon.keys(line.split("\t")[0]);
                Integer before = firstLine.putIfAbsent(keys, n);
                if (before != null) {
                    repeated.add(String.join(" ", keys) + " (lines " + before + " and " + n + ")");
                }
            }
        }
        assertThat(repeated).isEmpty();
    }
}
