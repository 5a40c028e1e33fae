package io.touchpoint.text.token;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of word keys made for one question asked very often: is this token one of these words?
 *
 * <p>The sentiment rules ask it of nearly every token of every sentence, dozens of times, and nearly always the answer
 * is no. {@code Set.of} answers no by comparing the token with the strings it probes; this set keeps a small bit
 * filter and the words' hashes (a string caches its own), so that most noes cost one bit test and the rest an int
 * comparison; a string is only compared when its hash matches. Measured in docs/performance.md.
 */
public final class WordSet {

    private final String[] table;
    private final int[] hashes;
    private final long[] filter;
    private final String[] words;

    private WordSet(String[] words) {
        this.words = words;
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1;
        table = new String[capacity];
        hashes = new int[capacity];
        filter = new long[Math.max(4, capacity / 8)];
        for (String w : words) {
            int h = w.hashCode();
            int i = spread(h) & (capacity - 1);
            while (table[i] != null) {
                if (hashes[i] == h && table[i].equals(w)) {
                    throw new IllegalArgumentException("duplicate word: " + w);
                }
                i = (i + 1) & (capacity - 1);
            }
            table[i] = w;
            hashes[i] = h;
            filter[(spread(h) >>> 6) & (filter.length - 1)] |= 1L << h;
        }
    }

    /** The set of these words; like {@code Set.of}, a word given twice or a null is an error. */
    public static WordSet of(String... words) {
        for (String w : words) {
            if (w == null) {
                throw new NullPointerException("null word");
            }
        }
        return new WordSet(words.clone());
    }

    /** The set of the distinct words of {@code words}. */
    public static WordSet copyOf(Collection<String> words) {
        return new WordSet(words.stream().distinct().toArray(String[]::new));
    }

    /** The words of both sets. */
    public static WordSet union(WordSet a, WordSet b) {
        String[] all = Arrays.copyOf(a.words, a.words.length + b.words.length);
        System.arraycopy(b.words, 0, all, a.words.length, b.words.length);
        return copyOf(Arrays.asList(all));
    }

    /** True if {@code word} (null is never in the set) is one of the words. */
    public boolean contains(String word) {
        if (word == null) {
            return false;
        }
        int h = word.hashCode();
        int s = spread(h);
        if ((filter[(s >>> 6) & (filter.length - 1)] & (1L << h)) == 0) {
            return false;
        }
        int mask = table.length - 1;
        for (int i = s & mask; table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && table[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return words.length;
    }

    /** The words, in the order given. */
    public List<String> words() {
        return List.of(words);
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }
}
