package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Clause and word predicates over the token keys, and the word lists that the scorer and its rule classes share,
 * so that all of them agree on where a clause ends.
 */
final class Clauses {

    static final WordSet CLAUSE_JOINS = WordSet.of("and", "but", "yet", "so");
    static final WordSet COMPARATIVES = WordSet.of("better", "nicer", "greater", "cleaner", "warmer",
            "friendlier", "tastier", "fresher", "more");
    static final WordSet GUEST_SUBJECTS = WordSet.of("i", "we", "i'm", "we're", "im");
    static final WordSet COMPANIONS = WordSet.of("wife", "husband", "friend", "friends", "partner", "kids",
            "children", "daughter", "son", "mother", "father", "mom", "mum", "dad", "boyfriend", "girlfriend",
            "sister", "brother", "colleague", "colleagues", "fiance", "fiancee");
    static final WordSet LOGISTICS = WordSet.of("reservation", "reservations", "reserving", "reserve",
            "booking", "book", "booked", "early", "ahead", "arriving", "calling", "cash", "parking", "advance");
    static final WordSet TASTED = WordSet.of("had", "tasted", "eaten", "ate", "sampled");
    /** The present and past of "be" that link a subject to what is said of it ("the prices are high"). */
    static final WordSet IS_WAS = WordSet.of("is", "was", "were", "are");
    /**
     * What a guest is glad not to find and does not want plenty of: "couldn't find any dirt", "no queues", not
     * "plenty of noise".
     */
    static final WordSet NUISANCES = WordSet.of("dust", "dirt", "hair", "hairs", "noise", "noises", "issues",
            "issue", "problems", "problem", "stains", "stain", "bugs", "bug", "smell", "smells", "odour", "odor",
            "mould", "mold", "damp", "faults", "fault", "hassle", "hassles", "cockroaches", "insects", "ants",
            "mosquitoes", "flies", "crumbs", "grime", "complaints", "complaint", "queue", "queues", "smoke", "traffic",
            "construction", "crowds", "wait", "waiting");

    /** Verbs that link a subject to what is said of it, with the adverbs that sit between them. */
    static final WordSet LINKING_VERBS = WordSet.of("was", "were", "is", "are", "wasn't", "weren't", "isn't",
            "aren't", "ran", "runs", "run", "came", "comes", "arrived", "arrives", "stayed", "stays", "remained", "got",
            "gets", "went", "felt", "feels", "tasted", "turned", "been", "be", "served", "out", "always", "never",
            "still");

    private Clauses() {
    }

    static boolean hasValence(LexiconEntry e) {
        return e != null && e.hasValence() && e.valence() != 0f;
    }

    /** One of {@code words} within {@code window} tokens before {@code at}, in the same clause. */
    static boolean inClauseBefore(String[] keys, List<Token> tokens, int s, int at, int window,
            WordSet words) {
        for (int t = at - 1; t >= s && t >= at - window; t--) {
            if (clauseBreak(tokens.get(t))) {
                return false;
            }
            if (words.contains(keys[t])) {
                return true;
            }
        }
        return false;
    }

    static boolean isWord(String[] keys, int at, String word) {
        return at >= 0 && at < keys.length && word.equals(keys[at]);
    }

    /** Punctuation that closes a clause for negation and concession scopes. */
    static boolean clauseBreak(Token t) {
        if (t.kind != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')'
                || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2026';
    }

    /**
     * The subject a predicative adjective at {@code at} describes: back over degree words ({@code degrees}) and a
     * linking verb ("was", "ran", "came out"), then up to five words back, in the same clause, to the first word
     * {@code thing} accepts ("the water in the shower was never hot": "shower"). -1 if there is no linking verb or
     * no such word.
     */
    static int subjectBefore(List<Token> tokens, String[] keys, int at, int s, WordSet degrees,
            Predicate<String> thing) {
        int t = at - 1;
        while (t >= s && at - t <= 3 && degrees.contains(keys[t])) {
            t--;
        }
        boolean linked = false;
        while (t >= s && at - t <= 6 && LINKING_VERBS.contains(keys[t])) {
            linked = true;
            t--;
        }
        for (int j = t; linked && j >= s && t - j < 5; j--) {
            if (clauseBreak(tokens.get(j)) || CLAUSE_JOINS.contains(keys[j])) {
                break;
            }
            if (thing.test(keys[j])) {
                return j;
            }
        }
        return -1;
    }
}
