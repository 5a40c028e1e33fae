package io.touchpoint.text.model;

import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PreparedText;
import io.touchpoint.text.token.Token;
import java.util.Set;

/**
 * Features of the linear models (emotions, polarity): words (marked "!" inside a negation's reach, so "not happy" is not "happy"),
 * adjacent word pairs, emoji and emoticons, and "!"/"?" runs. Shared by training and inference so they cannot drift.
 */
public final class TextFeatures {

    /** Receives each feature with the token span that produced it. */
    @FunctionalInterface
    public interface Sink {
        void accept(String feature, int tokenStart, int tokenEnd);
    }

    public static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nobody", "none", "nor", "neither",
            "without", "hardly", "barely", "cannot", "can't", "don't", "didn't", "doesn't", "isn't", "wasn't",
            "aren't", "weren't", "won't", "wouldn't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't",
            "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "couldnt", "wouldnt");

    private TextFeatures() {
    }

    /** Extracts features of tokens {@code [s, e)}. */
    public static void extract(PreparedText p, int s, int e, Sink sink) {
        int negLeft = 0;
        String prev = null;
        for (int i = s; i < e; i++) {
            Token t = p.tokens.get(i);
            String key = p.keys[i];
            switch (t.kind) {
                case PUNCT -> {
                    char c = key.charAt(0);
                    if (c == '!') {
                        sink.accept("<!>", i, i + 1);
                    } else if (c == '?') {
                        sink.accept("<?>", i, i + 1);
                    }
                    if (SentimentScorer.clauseBreak(t)) {
                        negLeft = 0;
                    }
                    prev = null;
                    continue;
                }
                case SYMBOL -> {
                    prev = null;
                    continue;
                }
                default -> {
                }
            }
            if (NEGATORS.contains(key)) {
                sink.accept(key, i, i + 1);
                negLeft = 3;
                if (prev != null) {
                    sink.accept(prev + " " + key, i - 1, i + 1);
                }
                prev = key;
                continue;
            }
            if (negLeft > 0) {
                sink.accept("!" + key, i, i + 1);
                negLeft--;
            } else {
                sink.accept(key, i, i + 1);
            }
            if (prev != null) {
                sink.accept(prev + " " + key, i - 1, i + 1);
            }
            if (t.allCaps && !p.shouting) {
                sink.accept("<caps>", i, i + 1);
            }
            prev = key;
        }
    }
}
