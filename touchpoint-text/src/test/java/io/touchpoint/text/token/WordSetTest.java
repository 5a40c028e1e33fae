package io.touchpoint.text.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void answersLikeAHashSet() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 3, 17, 64, 500}) {
            List<String> words = new ArrayList<>();
            Set<String> reference = new HashSet<>();
            while (words.size() < size) {
                String w = word(random);
                if (reference.add(w)) {
                    words.add(w);
                }
            }
            WordSet set = WordSet.of(words.toArray(String[]::new));
            assertThat(set.size()).isEqualTo(size);
            for (String w : words) {
                assertThat(set.contains(new String(w))).as(w).isTrue(); // another instance of the same word
            }
            for (int t = 0; t < 20_000; t++) {
                String w = word(random);
                assertThat(set.contains(w)).as(w).isEqualTo(reference.contains(w));
            }
            assertThat(set.contains(null)).isFalse();
        }
    }

    @Test
    void wordsWithTheSameHashAreTold() {
        // "Aa" and "BB" share String.hashCode
        WordSet set = WordSet.of("Aa");
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isFalse();
        assertThat(WordSet.of("Aa", "BB").contains("BB")).isTrue();
    }

    @Test
    void aWordGivenTwiceOrANullIsAnErrorAsWithSetOf() {
        assertThatThrownBy(() -> WordSet.of("a", "b", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a");
        assertThatThrownBy(() -> WordSet.of("a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void unionAndCopyKeepEachWordOnce() {
        WordSet u = WordSet.union(WordSet.of("i", "we"), WordSet.of("we", "i've"));
        assertThat(u.size()).isEqualTo(3);
        assertThat(u.words()).containsExactlyInAnyOrder("i", "we", "i've");
        assertThat(WordSet.copyOf(List.of("x", "x", "y")).size()).isEqualTo(2);
    }

    private static String word(Random random) {
        int length = 1 + random.nextInt(5);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(6)));
        }
        return b.toString();
    }
}
