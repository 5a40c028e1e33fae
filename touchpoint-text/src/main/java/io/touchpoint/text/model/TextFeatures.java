package io.touchpoint.text.model;

import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PreparedText;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;

/**
 * Features of the linear models (emotions, polarity): words (marked "!" inside a negation's reach, so "not happy"
 * is not "happy"), adjacent word pairs, emoji and emoticons, and "!"/"?" runs and capitals.
 *
 * <p>One walk over the tokens serves training (features as readable strings, kept in the model file) and inference
 * (features as 64-bit ids computed from the tokens' hashes, so no string is built per review). {@link #idOf}
 * turns a string feature into the same id, which is how a loaded model is indexed.
 */
public final class TextFeatures {

    /** Receives each feature as a string with the token span that produced it. */
    @FunctionalInterface
    public interface Sink {
        void accept(String feature, int tokenStart, int tokenEnd);
    }

    /** Receives each feature as an id with the token span that produced it. */
    @FunctionalInterface
    public interface IdSink {
        void accept(long id, int tokenStart, int tokenEnd);
    }

    public static final WordSet NEGATORS = WordSet.of("not", "no", "never", "nothing", "nobody", "none", "nor",
            "neither", "without", "hardly", "barely", "cannot", "can't", "don't", "didn't", "doesn't", "isn't",
            "wasn't", "aren't", "weren't", "won't", "wouldn't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't",
            "ain't");

    private static final int UNIGRAM = 1;
    private static final int NEGATED = 2;
    private static final int BIGRAM = 3;
    private static final long BANG = PreparedText.hash("<!>");
    private static final long QUESTION = PreparedText.hash("<?>");
    private static final long CAPS = PreparedText.hash("<caps>");

    private TextFeatures() {
    }

    private interface Walker {
        /** kind UNIGRAM/NEGATED: token a; BIGRAM: tokens a and b; special: kind 0 with a fixed hash in {@code special}. */
        void feature(int kind, int a, int b, long special);
    }

    private static void walk(PreparedText p, int s, int e, Walker w) {
        int negLeft = 0;
        int prev = -1;
        for (int i = s; i < e; i++) {
            Token t = p.tokens.get(i);
            String key = p.keys[i];
            if (t.kind == Token.Kind.PUNCT) {
                char c = key.charAt(0);
                if (c == '!') {
                    w.feature(0, i, i + 1, BANG);
                } else if (c == '?') {
                    w.feature(0, i, i + 1, QUESTION);
                }
                if (SentimentScorer.clauseBreak(t)) {
                    negLeft = 0;
                }
                prev = -1;
                continue;
            }
            if (t.kind == Token.Kind.SYMBOL) {
                prev = -1;
                continue;
            }
            if (NEGATORS.contains(key)) {
                w.feature(UNIGRAM, i, i, 0);
                negLeft = 3;
                if (prev >= 0) {
                    w.feature(BIGRAM, prev, i, 0);
                }
                prev = i;
                continue;
            }
            if (negLeft > 0) {
                w.feature(NEGATED, i, i, 0);
                negLeft--;
            } else {
                w.feature(UNIGRAM, i, i, 0);
            }
            if (prev >= 0) {
                w.feature(BIGRAM, prev, i, 0);
            }
            if (t.allCaps && !p.shouting) {
                w.feature(0, i, i + 1, CAPS);
            }
            prev = i;
        }
    }

    /** Features of tokens {@code [s, e)} as strings (training, evidence of the file format). */
    public static void extract(PreparedText p, int s, int e, Sink sink) {
        walk(p, s, e, (kind, a, b, special) -> {
            switch (kind) {
                case UNIGRAM -> sink.accept(p.keys[a], a, a + 1);
                case NEGATED -> sink.accept("!" + p.keys[a], a, a + 1);
                case BIGRAM -> sink.accept(p.keys[a] + " " + p.keys[b], a, b + 1);
                default -> sink.accept(special == BANG ? "<!>" : special == QUESTION ? "<?>" : "<caps>", a, b);
            }
        });
    }

    /** Features of tokens {@code [s, e)} as ids (inference). */
    public static void extractIds(PreparedText p, int s, int e, IdSink sink) {
        long[] h = p.hashes;
        walk(p, s, e, (kind, a, b, special) -> {
            switch (kind) {
                case UNIGRAM -> sink.accept(unigram(h[a]), a, a + 1);
                case NEGATED -> sink.accept(negated(h[a]), a, a + 1);
                case BIGRAM -> sink.accept(bigram(h[a], h[b]), a, b + 1);
                default -> sink.accept(unigram(special), a, b);
            }
        });
    }

    /** The id of a feature string as written by {@link #extract}. */
    public static long idOf(String feature) {
        if (feature.length() > 1 && feature.charAt(0) == '!') {
            return negated(PreparedText.hash(feature.substring(1)));
        }
        int space = feature.indexOf(' ');
        if (space > 0) {
            return bigram(PreparedText.hash(feature.substring(0, space)),
                    PreparedText.hash(feature.substring(space + 1)));
        }
        return unigram(PreparedText.hash(feature));
    }

    private static long unigram(long h) {
        return mix(h ^ 0x9E3779B97F4A7C15L);
    }

    private static long negated(long h) {
        return mix(h ^ 0xC2B2AE3D27D4EB4FL);
    }

    private static long bigram(long a, long b) {
        return mix(mix(a ^ 0x165667B19E3779F9L) + b);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
