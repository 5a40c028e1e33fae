package io.touchpoint.text.aspect;

import io.touchpoint.text.Taxonomy;
import io.touchpoint.text.Topic;
import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds taxonomy terms in tokenized text: longest phrase first, plural-insensitive, with trailing-{@code *} prefix
 * terms. Built once per taxonomy; immutable and thread-safe.
 */
public final class TermMatcher {

    /** Where a term points in the taxonomy. */
    public record TermRef(String topic, String subtopic, String path, String term) {
    }

    /** A matched term: tokens {@code [start, end)} and every topic the term belongs to. */
    public record TermMatch(int start, int end, List<TermRef> refs) {
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final PhraseTrie<List<TermRef>> trie = new PhraseTrie<>();

    public TermMatcher(Taxonomy taxonomy) {
        for (Topic t : taxonomy.topics()) {
            for (String term : t.terms()) {
                add(term, new TermRef(t.name(), null, t.name(), term));
            }
            for (Topic s : t.subtopics()) {
                for (String term : s.terms()) {
                    add(term, new TermRef(t.name(), s.name(), Taxonomy.path(t.name(), s.name()), term));
                }
            }
        }
    }

    private void add(String term, TermRef ref) {
        List<String> keys = keysOf(term);
        if (keys.isEmpty()) {
            return;
        }
        List<TermRef> refs = trie.get(keys);
        List<TermRef> updated = refs == null ? new ArrayList<>(1) : new ArrayList<>(refs);
        if (updated.stream().noneMatch(r -> r.path().equals(ref.path()))) {
            updated.add(ref);
        }
        trie.put(keys, List.copyOf(updated));
    }

    /** Matching keys of a term as written in the taxonomy. */
    public static List<String> keysOf(String term) {
        String t = term.trim();
        boolean wildcard = t.endsWith("*") && t.length() > 1;
        if (wildcard) {
            t = t.substring(0, t.length() - 1);
        }
        List<Token> tokens = TOKENIZER.tokenize(t);
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (last && wildcard) {
                keys.add(tok.norm + "*");
            } else {
                keys.add(stem(tok.norm));
            }
        }
        return keys;
    }

    /**
     * Light English plural stemmer, applied to text and terms alike: "towels" and "towel" meet, "amenities" and
     * "amenity" meet. Deliberately conservative ("bus", "glass", "menus" stay).
     */
    public static String stem(String w) {
        int n = w.length();
        if (n > 2 && w.endsWith("'s")) {
            return w.substring(0, n - 2);
        }
        if (n < 4 || w.charAt(n - 1) != 's' || !Character.isLetter(w.charAt(n - 2))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("uses") && n > 5) {
            return w.substring(0, n - 2); // glasses, lunches, boxes, buses
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    /**
     * All term matches, left to right, longest first, not overlapping.
     *
     * @param stems {@link #stem}med keys of the text's tokens
     */
    public List<TermMatch> match(String[] stems) {
        List<TermMatch> out = new ArrayList<>();
        int i = 0;
        while (i < stems.length) {
            PhraseTrie.Match<List<TermRef>> m = trie.longestAt(stems, i, stems.length, 1);
            if (m == null) {
                i++;
                continue;
            }
            out.add(new TermMatch(m.start(), m.end(), m.value()));
            i = m.end();
        }
        return out;
    }

    public boolean isEmpty() {
        return trie.size() == 0;
    }
}
