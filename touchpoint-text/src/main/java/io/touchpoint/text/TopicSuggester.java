package io.touchpoint.text;

import io.touchpoint.text.aspect.TermMatcher;
import io.touchpoint.text.token.PreparedText;
import io.touchpoint.text.token.Stopwords;
import io.touchpoint.text.token.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests new topics: frequent key phrases in what no taxonomy topic covers.
 *
 * <p>Candidate phrases are runs of one to three content words (no function words, opinion words, intensifiers or
 * numbers) inside a sentence that mentions no topic, so "My loyalty points were never credited" counts even after
 * "Great breakfast." in the same comment. They are counted once per text, plural-insensitively; a phrase is kept
 * when it occurs in at least {@code minTexts} texts, and a shorter phrase gives way to a longer one that explains
 * most of its occurrences ("bus" to "shuttle bus"); a phrase most of whose texts hold a phrase ranked before it is
 * not suggested (the other words of the same recurring sentence). Immutable and thread-safe.
 */
public final class TopicSuggester {

    private final TextAnalyzer analyzer;
    private final int minTexts;
    /** Stemmed keys of names never to suggest (and no part of them): properties, brands, places the team knows. */
    private final List<String> ignored;

    TopicSuggester(TextAnalyzer analyzer) {
        this(analyzer, 2, List.of());
    }

    private TopicSuggester(TextAnalyzer analyzer, int minTexts, List<String> ignored) {
        this.analyzer = analyzer;
        this.minTexts = minTexts;
        this.ignored = ignored;
    }

    /** A suggester for texts analysed against the given taxonomy. */
    public static TopicSuggester forTaxonomy(Taxonomy taxonomy) {
        return TextAnalyzer.withDefaults().withTaxonomy(taxonomy).topicSuggester();
    }

    /** The same suggester keeping only phrases found in at least {@code n} uncovered texts (default 2). */
    public TopicSuggester withMinTexts(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("minTexts must be at least 1");
        }
        return new TopicSuggester(analyzer, n, ignored);
    }

    /**
     * The same suggester never suggesting these names or any run of their words: the business's own property and
     * brand names fill comments ("Aurora Lisbon Riverside") but are not topics. Matched like the phrases themselves
     * (case, plurals and word forms aside).
     */
    public TopicSuggester ignoring(Collection<String> names) {
        List<String> keys = new ArrayList<>(ignored);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            PreparedText p = PreparedText.of(name);
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < p.tokens.size(); i++) {
                if (p.tokens.get(i).kind == Token.Kind.WORD) {
                    key.append(key.isEmpty() ? "" : " ").append(p.stems[i]);
                }
            }
            if (!key.isEmpty()) {
                keys.add(key.toString());
            }
        }
        return new TopicSuggester(analyzer, minTexts, List.copyOf(keys));
    }

    private static final class Candidate {
        final String key;
        final int length;
        final Map<String, Integer> surfaces = new HashMap<>();
        final List<Integer> texts = new ArrayList<>();

        Candidate(String key, int length) {
            this.key = key;
            this.length = length;
        }

        String surface() {
            return surfaces.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(key);
        }
    }

    /**
     * The top phrases among the sentences with no topic mention, most frequent first; a phrase's share is of the
     * texts with at least one such sentence.
     *
     * @param texts the texts (e.g. a period's comments)
     * @param limit most suggestions to return
     */
    public List<TopicSuggestion> suggest(Collection<String> texts, int limit) {
        TermMatcher matcher = analyzer.termMatcher();
        Map<String, Candidate> candidates = new HashMap<>();
        int uncovered = 0;
        int index = -1;
        for (String text : texts) {
            index++;
            if (text == null || text.isBlank()) {
                continue;
            }
            PreparedText p = PreparedText.of(text);
            if (!analyzer.readsLanguageOf(p)) {
                continue; // topics are English terms: a German comment would only suggest its function words
            }
            Set<String> seen = new HashSet<>();
            boolean counted = false;
            for (int[] s : p.sentences) {
                if (!matcher.match(java.util.Arrays.copyOfRange(p.stems, s[0], s[1])).isEmpty()) {
                    continue; // a topic covers this sentence
                }
                if (!counted) {
                    uncovered++;
                    counted = true;
                }
                int runStart = -1;
                for (int i = s[0]; i <= s[1]; i++) {
                    boolean content = i < s[1] && isContent(p, i);
                    if (content && runStart < 0) {
                        runStart = i;
                    } else if (!content && runStart >= 0) {
                        collect(p, runStart, i, index, seen, candidates);
                        runStart = -1;
                    }
                }
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.texts.size() >= minTexts && !(c.length == 1 && likelyNotANoun(c.key)) && !isIgnored(c.key)) {
                kept.add(c);
            }
        }
        // A shorter phrase gives way to a longer one covering most of its texts.
        Set<String> dropped = new HashSet<>();
        for (Candidate longer : kept) {
            if (longer.length < 2) {
                continue;
            }
            for (Candidate shorter : kept) {
                if (shorter.length < longer.length && contains(longer.key, shorter.key)
                        && longer.texts.size() * 10 >= shorter.texts.size() * 6) {
                    dropped.add(shorter.key);
                }
            }
        }
        kept.removeIf(c -> dropped.contains(c.key));
        kept.sort((a, b) -> {
            int byCount = Integer.compare(b.texts.size(), a.texts.size());
            if (byCount != 0) {
                return byCount;
            }
            int byLength = Integer.compare(b.length, a.length);
            return byLength != 0 ? byLength : a.key.compareTo(b.key);
        });
        List<TopicSuggestion> out = new ArrayList<>();
        List<Set<Integer>> chosen = new ArrayList<>();
        for (Candidate c : kept) {
            if (out.size() >= limit) {
                break;
            }
            // Words of the same recurring sentence ("late", "Friday", "long flight") are one suggestion, not three:
            // a phrase whose texts mostly (80%) hold a phrase already suggested adds nothing.
            if (redundant(c, chosen)) {
                continue;
            }
            chosen.add(new HashSet<>(c.texts));
            List<Integer> examples = c.texts.subList(0, Math.min(3, c.texts.size()));
            out.add(new TopicSuggestion(c.surface(), c.texts.size(), (double) c.texts.size() / uncovered, examples));
        }
        return out;
    }

    private static boolean redundant(Candidate c, List<Set<Integer>> chosen) {
        for (Set<Integer> texts : chosen) {
            int shared = 0;
            for (int t : c.texts) {
                if (texts.contains(t)) {
                    shared++;
                }
            }
            if (shared * 10 >= c.texts.size() * 8) {
                return true;
            }
        }
        return false;
    }

    private boolean isIgnored(String key) {
        for (String name : ignored) {
            if (contains(name, key)) {
                return true;
            }
        }
        return false;
    }

    /** A single word ending in -ed or -ly is nearly always a verb form, adjective or adverb, not a topic. */
    private static boolean likelyNotANoun(String word) {
        return word.length() > 4 && (word.endsWith("ed") || word.endsWith("ly"));
    }

    private static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private void collect(PreparedText p, int from, int to, int textIndex, Set<String> seen,
            Map<String, Candidate> candidates) {
        for (int len = 1; len <= 3; len++) {
            for (int a = from; a + len <= to; a++) {
                StringBuilder key = new StringBuilder();
                StringBuilder surface = new StringBuilder();
                for (int k = a; k < a + len; k++) {
                    if (k > a) {
                        key.append(' ');
                        surface.append(' ');
                    }
                    key.append(p.stems[k]);
                    surface.append(p.keys[k]);
                }
                String k = key.toString();
                Candidate c = candidates.computeIfAbsent(k, x -> new Candidate(x, 0 + countWords(x)));
                c.surfaces.merge(surface.toString(), 1, Integer::sum);
                if (seen.add(k)) {
                    c.texts.add(textIndex);
                }
            }
        }
    }

    private static int countWords(String key) {
        return key.split(" ").length;
    }

    private boolean isContent(PreparedText p, int i) {
        Token t = p.tokens.get(i);
        if (t.kind != Token.Kind.WORD || t.norm.length() < 3) {
            return false;
        }
        String key = p.keys[i];
        if (Stopwords.contains(key) || Stopwords.contains(p.stems[i]) || Stopwords.isNarration(key)
                || Stopwords.isNarration(p.stems[i])) {
            return false;
        }
        return !analyzer.lexicon().isOpinionWord(key) && !analyzer.lexicon().isModifier(key);
    }
}
