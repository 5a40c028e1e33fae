package io.touchpoint.text.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    private static String[] keys(String text) {
        return text.split(" ");
    }

    @Test
    void findsTheLongestPhraseStartingAtAToken() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put(List.of("not", "bad"), "not bad");
        trie.put(List.of("not", "bad", "at", "all"), "not bad at all");
        trie.put(List.of("bad"), "bad");
        String[] k = keys("it was not bad at all really");
        assertThat(trie.longestAt(k, 2, k.length, 1)).isEqualTo(new PhraseTrie.Match<>(2, 6, "not bad at all"));
        // a phrase cut by the limit is not there; the shorter one is
        assertThat(trie.longestAt(k, 2, 5, 1)).isEqualTo(new PhraseTrie.Match<>(2, 4, "not bad"));
        assertThat(trie.longestAt(k, 3, k.length, 1)).isEqualTo(new PhraseTrie.Match<>(3, 4, "bad"));
        assertThat(trie.longestAt(k, 3, k.length, 2)).isNull();
        assertThat(trie.longestAt(k, 0, k.length, 1)).isNull();
        assertThat(trie.longestAt(k, k.length, k.length, 1)).isNull();
    }

    @Test
    void aMissingKeyEndsThePhrase() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put(List.of("a", "b"), "ab");
        assertThat(trie.longestAt(new String[] {"a", null, "b"}, 0, 3, 1)).isNull();
    }

    @Test
    void prefixKeysMatchTokensStartingWithThem() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put(List.of("clean*"), "clean");
        trie.put(List.of("very", "clean*", "room*"), "very clean rooms");
        trie.put(List.of("very", "cleanliness"), "exact");
        assertThat(trie.longestAt(keys("cleanliness"), 0, 1, 1).value()).isEqualTo("clean");
        assertThat(trie.longestAt(keys("clea"), 0, 1, 1)).isNull();
        String[] k = keys("very cleanest rooms");
        assertThat(trie.longestAt(k, 0, 3, 1)).isEqualTo(new PhraseTrie.Match<>(0, 3, "very clean rooms"));
        assertThat(trie.longestAt(keys("very cleanliness"), 0, 2, 1).value()).isEqualTo("exact");
        assertThat(trie.longestAt(keys("very cleanly"), 0, 2, 1)).isNull();
        // exact lookup sees a prefix key as it was put (the topic matcher merges a term listed under two topics)
        assertThat(trie.get(List.of("clean*"))).isEqualTo("clean");
        assertThat(trie.get(List.of("very", "clean*", "room*"))).isEqualTo("very clean rooms");
        assertThat(trie.get(List.of("clea*"))).isNull();
        assertThat(trie.get(List.of("cleanliness"))).isNull();
    }

    @Test
    void replacingAPhraseKeepsItsCountAndExactLookupSeesTheNewValue() {
        PhraseTrie<Integer> trie = new PhraseTrie<>();
        trie.put(List.of("a", "b"), 1);
        trie.put(List.of("a", "b"), 2);
        trie.put(List.of("a"), 3);
        assertThat(trie.size()).isEqualTo(2);
        assertThat(trie.get(List.of("a", "b"))).isEqualTo(2);
        assertThat(trie.get(List.of("a", "c"))).isNull();
        assertThat(trie.get(List.of("b"))).isNull();
        assertThatThrownBy(() -> trie.put(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Thousands of random phrases against a plain scan of the phrase list; the first-word filters in use. */
    @Test
    void agreesWithAScanOfEveryPhraseOnRandomText() {
        agreesWithAScan(false);
    }

    /** The same with some prefix keys, where the filters cannot be used. */
    @Test
    void agreesWithAScanOfEveryPhraseWithPrefixKeysOnRandomText() {
        agreesWithAScan(true);
    }

    private static void agreesWithAScan(boolean prefixKeys) {
        Random random = new Random(42);
        String[] vocabulary = new String[60];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i + (i % 3 == 0 ? "x" : "");
        }
        Map<List<String>, Integer> phrases = new HashMap<>();
        PhraseTrie<Integer> trie = new PhraseTrie<>();
        for (int p = 0; p < 5000; p++) {
            List<String> phrase = new ArrayList<>();
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                String w = vocabulary[random.nextInt(vocabulary.length)];
                phrase.add(prefixKeys && random.nextInt(20) == 0 ? w.substring(0, 2) + "*" : w);
            }
            phrases.put(phrase, p);
            trie.put(phrase, p);
        }
        assertThat(trie.size()).isEqualTo(phrases.size());
        for (int t = 0; t < 2000; t++) {
            String[] k = new String[12];
            for (int i = 0; i < k.length; i++) {
                // words outside the phrases' vocabulary too, which the filters turn away
                k[i] = random.nextInt(8) == 0 ? "v" + random.nextInt(1000) : vocabulary[random.nextInt(vocabulary.length)];
            }
            int from = random.nextInt(k.length);
            int limit = from + random.nextInt(k.length - from + 1);
            int minLength = 1 + random.nextInt(2);
            int bestEnd = -1;
            List<Integer> atBest = new ArrayList<>();
            for (Map.Entry<List<String>, Integer> e : phrases.entrySet()) {
                List<String> phrase = e.getKey();
                if (phrase.size() < minLength || from + phrase.size() > limit || !matches(phrase, k, from)) {
                    continue;
                }
                int end = from + phrase.size();
                if (end > bestEnd) {
                    bestEnd = end;
                    atBest.clear();
                }
                if (end == bestEnd) {
                    atBest.add(e.getValue());
                }
            }
            PhraseTrie.Match<Integer> m = trie.longestAt(k, from, limit, minLength);
            if (bestEnd < 0) {
                assertThat(m).isNull();
            } else {
                assertThat(m.start()).isEqualTo(from);
                assertThat(m.end()).isEqualTo(bestEnd);
                assertThat(atBest).contains(m.value());
            }
        }
    }

    private static boolean matches(List<String> phrase, String[] k, int from) {
        for (int i = 0; i < phrase.size(); i++) {
            String p = phrase.get(i);
            boolean ok = p.endsWith("*") ? k[from + i].startsWith(p.substring(0, p.length() - 1))
                    : k[from + i].equals(p);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
