package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opinion words and phrases with their valence, plus intensifiers, negators and contrast markers.
 *
 * <p>Built from the shipped resources: VADER's lexicon, then the hospitality lexicon (which overrides it), emoji
 * valences and modifiers; user overrides are layered on top by {@link #withOverrides(Map)}. Immutable once built.
 */
public final class SentimentLexicon {

    private static final String BASE = "/io/touchpoint/text/sentiment/";
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Map<String, LexiconEntry> words;
    private final PhraseTrie<LexiconEntry> phrases;
    private final PhraseTrie<LexiconEntry> userPhrases;
    private final Map<String, Float> userEntries;
    /** Single-letter deletions of opinion words, for typo-tolerant lookup; "" marks an ambiguous variant. */
    private final Map<String, String> deletions;
    /**
     * Memo of {@link #resolve}: a word's resolution depends only on the immutable word list, so caching it changes
     * no result; it spares the comparative and typo searches for words met before. Bounded.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Resolved> resolved;
    private static final int MEMO_LIMIT = 200_000;

    /** A word resolved against the lexicon: its entry (null if none) and a degree factor for comparatives. */
    public record Resolved(LexiconEntry entry, float degree) {
    }

    private static final Resolved NONE = new Resolved(null, 1f);

    private SentimentLexicon(Map<String, LexiconEntry> words, PhraseTrie<LexiconEntry> phrases,
            PhraseTrie<LexiconEntry> userPhrases, Map<String, Float> userEntries, Map<String, String> deletions) {
        this.words = words;
        this.phrases = phrases;
        this.userPhrases = userPhrases;
        this.userEntries = userEntries;
        this.deletions = deletions;
        this.resolved = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private SentimentLexicon(SentimentLexicon base, PhraseTrie<LexiconEntry> userPhrases,
            Map<String, Float> userEntries) {
        this.words = base.words;
        this.phrases = base.phrases;
        this.userPhrases = userPhrases;
        this.userEntries = userEntries;
        this.deletions = base.deletions;
        this.resolved = base.resolved;
    }

    /**
     * A word token's entry: the word itself, its un-elongated form ("sooo"), the positive degree of a comparative
     * or superlative ("friendlier", "cleanest"), or a one-typo match ("delicous"); null entry if none.
     */
    public Resolved resolve(String norm, boolean elongated) {
        String key = elongated ? norm + '\u0001' : norm;
        Resolved r = resolved.get(key);
        if (r != null) {
            return r;
        }
        r = compute(norm, elongated);
        if (resolved.size() < MEMO_LIMIT) {
            resolved.put(key, r);
        }
        return r;
    }

    private Resolved compute(String norm, boolean elongated) {
        LexiconEntry w = words.get(norm);
        if (w == null && elongated) {
            w = words.get(collapseAll(norm));
        }
        if (w != null) {
            return new Resolved(w, 1f);
        }
        if (norm.length() > 4) {
            Resolved graded = graded(norm);
            if (graded != null) {
                return graded;
            }
        }
        if (norm.length() >= 7) {
            LexiconEntry f = fuzzy(norm);
            if (f != null) {
                return new Resolved(f, 1f);
            }
        }
        return NONE;
    }

    private static String collapseAll(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (k > 0 && c == s.charAt(k - 1) && Character.isLetter(c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Comparatives and superlatives of opinion adjectives: "friendlier", "cleanest", "bigger". */
    private Resolved graded(String norm) {
        String stem = null;
        float d = 1f;
        if (norm.endsWith("iest")) {
            stem = norm.substring(0, norm.length() - 4) + "y";
            d = 1.2f;
        } else if (norm.endsWith("ier")) {
            stem = norm.substring(0, norm.length() - 3) + "y";
            d = 0.9f;
        } else if (norm.endsWith("est")) {
            stem = norm.substring(0, norm.length() - 3);
            d = 1.2f;
        } else if (norm.endsWith("er")) {
            stem = norm.substring(0, norm.length() - 2);
            d = 0.9f;
        }
        if (stem == null || stem.length() < 3) {
            return null;
        }
        LexiconEntry w = words.get(stem);
        if (w == null) {
            w = words.get(stem + "e"); // nicer, safest
        }
        int len = stem.length();
        if (w == null && len > 3 && stem.charAt(len - 1) == stem.charAt(len - 2)) {
            w = words.get(stem.substring(0, len - 1)); // bigger, hottest
        }
        if (w == null || !w.hasValence() || w.role() != LexiconEntry.Role.NONE) {
            return null;
        }
        return new Resolved(w, d);
    }

    private static final class Holder {
        static final SentimentLexicon DEFAULT = load();
    }

    /** The shipped lexicon; loaded once. */
    public static SentimentLexicon defaults() {
        return Holder.DEFAULT;
    }

    private static SentimentLexicon load() {
        Map<List<String>, LexiconEntry> entries = new HashMap<>();
        readValences(BASE + "vader_lexicon.tsv", entries);
        readValences(BASE + "hospitality_lexicon.tsv", entries);
        readValences(BASE + "emoji.tsv", entries);
        readModifiers(BASE + "modifiers.tsv", entries);
        return build(entries, Map.of());
    }

    private static SentimentLexicon build(Map<List<String>, LexiconEntry> entries, Map<String, Float> user) {
        Map<String, LexiconEntry> words = new HashMap<>(entries.size() * 2);
        PhraseTrie<LexiconEntry> phrases = new PhraseTrie<>();
        for (Map.Entry<List<String>, LexiconEntry> e : entries.entrySet()) {
            if (e.getKey().size() == 1) {
                words.put(e.getKey().get(0), e.getValue());
            } else {
                phrases.put(e.getKey(), e.getValue());
            }
        }
        PhraseTrie<LexiconEntry> userPhrases = new PhraseTrie<>();
        for (Map.Entry<String, Float> e : user.entrySet()) {
            List<String> keys = keys(e.getKey());
            if (!keys.isEmpty()) {
                userPhrases.put(keys, LexiconEntry.opinion(e.getValue(), true));
            }
        }
        return new SentimentLexicon(words, phrases, userPhrases, Map.copyOf(user), deletions(words));
    }

    private static Map<String, String> deletions(Map<String, LexiconEntry> words) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, LexiconEntry> e : words.entrySet()) {
            String w = e.getKey();
            LexiconEntry en = e.getValue();
            if (w.length() < 6 || !en.hasValence() || Math.abs(en.valence()) < 1.0f || !alphabetic(w)) {
                continue;
            }
            putVariant(out, w, w, words);
            for (int i = 0; i < w.length(); i++) {
                putVariant(out, w.substring(0, i) + w.substring(i + 1), w, words);
            }
        }
        return out;
    }

    private static void putVariant(Map<String, String> out, String variant, String word,
            Map<String, LexiconEntry> words) {
        String old = out.putIfAbsent(variant, word);
        if (old != null && !old.equals(word)) {
            out.put(variant, agreeing(old, word, words));
        }
    }

    /**
     * Two lexicon words a typo could stand for: the milder of the two when they agree in sign ("disappointment"
     * and the common misspelling "dissapointment" for "dissappointment"), else "" (ambiguous).
     */
    private static String agreeing(String a, String b, Map<String, LexiconEntry> words) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        float va = words.get(a).valence();
        float vb = words.get(b).valence();
        if (Math.signum(va) != Math.signum(vb)) {
            return "";
        }
        return Math.abs(va) <= Math.abs(vb) ? a : b;
    }

    private static boolean alphabetic(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Typo-tolerant lookup for words of seven letters or more that the lexicon lacks: one letter dropped, added or
     * swapped ("delicous", "freindly", "dissapointing"), or changed in a word of nine letters or more ("magnificant";
     * in shorter words a changed letter too often makes another real word), same first two letters, one unambiguous
     * candidate. The valence is damped to 0.8 of the word's.
     */
    public LexiconEntry fuzzy(String norm) {
        if (norm.length() < 7 || !alphabetic(norm)) {
            return null;
        }
        // Letter left out: the typed word is a deletion of a lexicon word.
        String found = candidate(norm, null, norm, false);
        for (int i = 0; i < norm.length() && !"".equals(found); i++) {
            String d = norm.substring(0, i) + norm.substring(i + 1);
            // Letter added: a deletion of the typed word is a lexicon word.
            LexiconEntry exact = words.get(d);
            if (exact != null && exact.hasValence() && Math.abs(exact.valence()) >= 1.0f && d.length() >= 6) {
                found = merge(found, d, norm);
            }
            // Letters swapped ("freindly"); a changed letter is not accepted, it too often makes another real word
            // ("unbearable" is not "unbeatable").
            found = candidate(d, found, norm, true);
        }
        if (found == null || found.isEmpty() || found.equals(norm)) {
            return null;
        }
        LexiconEntry e = words.get(found);
        return new LexiconEntry(e.valence() * 0.8f, true, LexiconEntry.Role.NONE, 0f, false);
    }

    /** One letter changed, in a word of nine letters or more ("magnificant", "recommand"). */
    private static boolean substitution(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length() && diff < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }

    private static boolean transposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
            }
        }
        return false;
    }

    private String candidate(String variant, String found, String typed, boolean swapOnly) {
        String w = deletions.get(variant);
        if (w == null) {
            return found;
        }
        if (w.isEmpty()) {
            return "";
        }
        if (swapOnly && !transposition(w, typed) && !(typed.length() >= 9 && substitution(w, typed))) {
            return found;
        }
        return merge(found, w, typed);
    }

    private String merge(String found, String w, String typed) {
        if (w.length() < 2 || typed.length() < 2 || w.charAt(0) != typed.charAt(0) || w.charAt(1) != typed.charAt(1)) {
            return found;
        }
        if (found == null || found.equals(w)) {
            return w;
        }
        return agreeing(found, w, words);
    }

    /**
     * A lexicon with user phrases added (phrase to valence on the -4..4 scale; 0 makes a phrase neutral). User
     * phrases are matched before any built-in word or phrase, so they also neutralise the words inside them.
     */
    public SentimentLexicon withOverrides(Map<String, Float> phraseValences) {
        if (phraseValences.isEmpty() && userEntries.isEmpty()) {
            return this;
        }
        Map<String, Float> merged = new HashMap<>(userEntries);
        merged.putAll(phraseValences);
        PhraseTrie<LexiconEntry> userTrie = new PhraseTrie<>();
        for (Map.Entry<String, Float> e : merged.entrySet()) {
            List<String> keys = keys(e.getKey());
            if (!keys.isEmpty()) {
                userTrie.put(keys, LexiconEntry.opinion(e.getValue(), true));
            }
        }
        return new SentimentLexicon(this, userTrie, Map.copyOf(merged));
    }

    /** Normalised keys of a phrase, as the tokenizer would produce them from review text. */
    public static List<String> keys(String phrase) {
        List<Token> tokens = TOKENIZER.tokenize(phrase.trim());
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.norm);
        }
        return keys;
    }

    public LexiconEntry word(String key) {
        return words.get(key);
    }

    public PhraseTrie<LexiconEntry> phrases() {
        return phrases;
    }

    public PhraseTrie<LexiconEntry> userPhrases() {
        return userPhrases;
    }

    public boolean hasUserPhrases() {
        return userPhrases.size() > 0;
    }

    /** True if the word carries an opinion on its own (used to keep opinion words out of topic suggestions). */
    public boolean isOpinionWord(String key) {
        LexiconEntry e = words.get(key);
        return e != null && e.hasValence() && e.valence() != 0f;
    }

    /** True if the word is a modifier (booster, negator, contrast marker). */
    public boolean isModifier(String key) {
        LexiconEntry e = words.get(key);
        return e != null && e.role() != LexiconEntry.Role.NONE;
    }

    private static void readValences(String resource, Map<List<String>, LexiconEntry> into) {
        for (String[] row : rows(resource)) {
            if (row.length < 2) {
                continue;
            }
            List<String> keys = keys(row[0]);
            if (keys.isEmpty()) {
                continue;
            }
            float v = Float.parseFloat(row[1].trim());
            LexiconEntry old = into.get(keys);
            into.put(keys, old == null ? LexiconEntry.opinion(v, false) : old.withValence(v, false));
        }
    }

    private static void readModifiers(String resource, Map<List<String>, LexiconEntry> into) {
        for (String[] row : rows(resource)) {
            if (row.length < 3) {
                continue;
            }
            LexiconEntry.Role role = switch (row[0].trim()) {
                case "boost" -> LexiconEntry.Role.BOOST;
                case "negate" -> LexiconEntry.Role.NEGATE;
                case "contrast" -> LexiconEntry.Role.CONTRAST;
                case "concede" -> LexiconEntry.Role.CONCEDE;
                default -> throw new IllegalStateException("unknown modifier kind in " + resource + ": " + row[0]);
            };
            List<String> keys = keys(row[1]);
            float value = Float.parseFloat(row[2].trim());
            LexiconEntry old = into.get(keys);
            LexiconEntry base = old == null ? new LexiconEntry(0f, false, LexiconEntry.Role.NONE, 0f, false) : old;
            // Negators and contrast markers are never opinion words themselves ("no" is -1.2 in VADER).
            if (role != LexiconEntry.Role.BOOST) {
                base = new LexiconEntry(0f, false, LexiconEntry.Role.NONE, 0f, false);
            }
            into.put(keys, base.withRole(role, value));
        }
    }

    static List<String[]> rows(String resource) {
        InputStream in = SentimentLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
