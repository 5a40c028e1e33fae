package io.touchpoint.text.token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Longest-match lookup of multi-word phrases over already normalised token keys.
 *
 * <p>A key may end in {@code *} to match any token that starts with it ("clean*" matches "cleanliness"). Filled
 * once, then only read: safe to share between threads once the owner has published it through a final field.
 *
 * @param <V> the value stored for each phrase
 */
public final class PhraseTrie<V> {

    private static final class Node<V> {
        Map<String, Node<V>> next;
        /** Prefix ("clean*") children, reached by walking a key's characters: no scan over all prefixes. */
        Chars<V> prefixes;
        V value;
    }

    /** A character trie whose marked nodes hold the phrase node reached by a prefix key. */
    private static final class Chars<V> {
        char[] labels = new char[0];
        @SuppressWarnings("unchecked")
        Chars<V>[] children = new Chars[0];
        Node<V> target;

        Chars<V> child(char c, boolean create) {
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    return children[i];
                }
            }
            if (!create) {
                return null;
            }
            labels = Arrays.copyOf(labels, labels.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            labels[labels.length - 1] = c;
            Chars<V> created = new Chars<>();
            children[children.length - 1] = created;
            return created;
        }
    }

    /** A phrase found in a key sequence. */
    public record Match<V>(int start, int end, V value) {
    }

    private final Node<V> root = new Node<>();
    private int size;

    /*
     * Bloom-style filters of how phrases start. Every token of every text is looked up, by the scorer, the topic
     * matcher and the emotion cues, and most start no phrase: the lexicon's phrases start at 3% of the tokens of
     * review text, though more than half of the tokens start some edge of its trie ("the", "not", "i"). A lookup is
     * turned away by one bit before any map is read.
     *
     * The first filter holds the first few characters of each phrase's first key (as few as the shortest prefix key
     * at the start of a phrase has: the emotion cue "grr*" makes it three), so that prefix keys are covered too. The second holds
     * the first two keys' string hashes and serves lookups of two words or more; it is only sound while no phrase
     * has a prefix key among its first two keys, and a trie with one there does not use it.
     */
    private final long[] firsts = new long[FILTER_WORDS];
    private final Set<String> firstKeys = new HashSet<>();
    private int firstChars = MAX_FIRST_CHARS;
    private final long[] pairs = new long[FILTER_WORDS];
    private boolean pairsSound = true;

    private static final int MAX_FIRST_CHARS = 4;
    private static final int FILTER_WORDS = 1 << 12;

    /** Adds or replaces a phrase; {@code keys} are the normalised tokens of the phrase. */
    public void put(List<String> keys, V value) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (String key : keys) {
            node = child(node, key);
        }
        addFirst(keys.get(0));
        if (keys.size() >= 2) {
            if (isPrefix(keys.get(0)) || isPrefix(keys.get(1))) {
                pairsSound = false;
            } else {
                set(pairs, pairBit(keys.get(0), keys.get(1)));
            }
        }
        if (node.value == null) {
            size++;
        }
        node.value = value;
    }

    public int size() {
        return size;
    }

    private void addFirst(String key) {
        String start = isPrefix(key) ? key.substring(0, key.length() - 1) : key;
        if (isPrefix(key) && start.length() < firstChars) {
            firstChars = start.length();
            Arrays.fill(firsts, 0L);
            for (String k : firstKeys) {
                set(firsts, bit(startHash(k, firstChars)));
            }
        }
        firstKeys.add(start);
        set(firsts, bit(startHash(start, firstChars)));
    }

    /** Hash of the first {@code n} characters of {@code key} (of all of it if shorter). */
    private static int startHash(String key, int n) {
        int h = 0;
        for (int i = 0, end = Math.min(n, key.length()); i < end; i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    private static boolean isPrefix(String key) {
        return key.length() > 1 && key.endsWith("*");
    }

    private static int bit(int hash) {
        return (hash ^ (hash >>> 15)) & (FILTER_WORDS * 64 - 1);
    }

    private static int pairBit(String first, String second) {
        return bit(first.hashCode() * 0x9E3779B1 + second.hashCode());
    }

    private static void set(long[] filter, int bit) {
        filter[bit >>> 6] |= 1L << bit;
    }

    private static boolean has(long[] filter, int bit) {
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static <V> Node<V> child(Node<V> node, String key) {
        if (isPrefix(key)) {
            if (node.prefixes == null) {
                node.prefixes = new Chars<>();
            }
            Chars<V> c = node.prefixes;
            for (int i = 0; i < key.length() - 1; i++) {
                c = c.child(key.charAt(i), true);
            }
            if (c.target == null) {
                c.target = new Node<>();
            }
            return c.target;
        }
        if (node.next == null) {
            node.next = new HashMap<>(4);
        }
        return node.next.computeIfAbsent(key, k -> new Node<>());
    }

    /** The value stored for exactly these keys (a prefix key "clean*" as put, not as a match), or null. */
    public V get(List<String> keys) {
        Node<V> node = root;
        for (String key : keys) {
            node = isPrefix(key) ? prefixTarget(node, key) : node.next == null ? null : node.next.get(key);
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }

    private static <V> Node<V> prefixTarget(Node<V> node, String key) {
        Chars<V> c = node.prefixes;
        for (int i = 0; i < key.length() - 1 && c != null; i++) {
            c = c.child(key.charAt(i), false);
        }
        return c == null ? null : c.target;
    }

    /**
     * The longest phrase starting at {@code from}, not running past {@code limit}; null if none.
     *
     * @param minLength shortest phrase to report (2 to look only for multi-word phrases)
     */
    public Match<V> longestAt(String[] keys, int from, int limit, int minLength) {
        if (from >= limit || keys[from] == null) {
            return null;
        }
        if (minLength >= 2 && pairsSound) {
            if (from + 1 >= limit || keys[from + 1] == null
                    || !has(pairs, pairBit(keys[from], keys[from + 1]))) {
                return null;
            }
        } else if (!has(firsts, bit(startHash(keys[from], firstChars)))) {
            return null;
        }
        return longest(root, keys, from, from, limit, minLength);
    }

    private Match<V> longest(Node<V> node, String[] keys, int start, int at, int limit, int minLength) {
        Match<V> best = null;
        if (node.value != null && at - start >= minLength && at > start) {
            best = new Match<>(start, at, node.value);
        }
        if (at >= limit || keys[at] == null) {
            return best;
        }
        String key = keys[at];
        if (node.next != null) {
            Node<V> exact = node.next.get(key);
            if (exact != null) {
                Match<V> m = longest(exact, keys, start, at + 1, limit, minLength);
                if (m != null && (best == null || m.end > best.end)) {
                    best = m;
                }
            }
        }
        if (node.prefixes != null) {
            Chars<V> c = node.prefixes;
            for (int i = 0; i < key.length() && c != null; i++) {
                c = c.child(key.charAt(i), false);
                if (c != null && c.target != null) {
                    Match<V> m = longest(c.target, keys, start, at + 1, limit, minLength);
                    if (m != null && (best == null || m.end > best.end)) {
                        best = m;
                    }
                }
            }
        }
        return best;
    }
}
