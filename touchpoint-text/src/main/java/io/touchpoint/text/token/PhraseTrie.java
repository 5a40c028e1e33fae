package io.touchpoint.text.token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            labels = java.util.Arrays.copyOf(labels, labels.length + 1);
            children = java.util.Arrays.copyOf(children, children.length + 1);
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

    /** Adds or replaces a phrase; {@code keys} are the normalised tokens of the phrase. */
    public void put(List<String> keys, V value) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (String key : keys) {
            node = child(node, key);
        }
        if (node.value == null) {
            size++;
        }
        node.value = value;
    }

    public int size() {
        return size;
    }

    private static <V> Node<V> child(Node<V> node, String key) {
        if (key.length() > 1 && key.endsWith("*")) {
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

    /** The value of the exact phrase, or null. */
    public V get(List<String> keys) {
        Node<V> node = root;
        for (String key : keys) {
            node = node.next == null ? null : node.next.get(key);
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }

    /**
     * The longest phrase starting at {@code from}, not running past {@code limit}; null if none.
     *
     * @param minLength shortest phrase to report (2 to look only for multi-word phrases)
     */
    public Match<V> longestAt(String[] keys, int from, int limit, int minLength) {
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
