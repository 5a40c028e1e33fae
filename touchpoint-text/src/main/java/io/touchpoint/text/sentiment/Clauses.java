package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.List;

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
}
