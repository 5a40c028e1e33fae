package io.touchpoint.text.token;

import io.touchpoint.text.aspect.TermMatcher;
import java.util.List;

/**
 * A text tokenized once for all stages: tokens, their normalised keys (for lexicons), plural-stemmed keys (for
 * taxonomy terms and emotion cues) and sentence boundaries.
 */
public final class PreparedText {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    public final String text;
    public final List<Token> tokens;
    public final String[] keys;
    public final String[] stems;
    /** 64-bit hashes of {@code keys}, for model features. */
    public final long[] hashes;
    /** Sentences as {@code [firstToken, endToken)}. */
    public final List<int[]> sentences;
    /** The whole text is written in capitals, so capitals mark no emphasis. */
    public final boolean shouting;

    private PreparedText(String text, List<Token> tokens, String[] keys, String[] stems, long[] hashes,
            List<int[]> sentences, boolean shouting) {
        this.text = text;
        this.tokens = tokens;
        this.keys = keys;
        this.stems = stems;
        this.hashes = hashes;
        this.sentences = sentences;
        this.shouting = shouting;
    }

    public static PreparedText of(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        int n = tokens.size();
        String[] keys = new String[n];
        String[] stems = new String[n];
        long[] hashes = new long[n];
        int words = 0;
        int caps = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            keys[i] = t.norm;
            stems[i] = t.kind == Token.Kind.WORD ? TermMatcher.stem(t.norm) : t.norm;
            hashes[i] = hash(t.norm);
            if (t.kind == Token.Kind.WORD && t.text.length() > 1) {
                words++;
                if (t.allCaps) {
                    caps++;
                }
            }
        }
        boolean shouting = words > 0 && caps * 10 >= words * 7;
        return new PreparedText(text, tokens, keys, stems, hashes, SPLITTER.split(tokens), shouting);
    }

    /** FNV-1a over the string's chars, 64 bits. */
    public static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Character span start of sentence {@code i}. */
    public int sentenceStart(int i) {
        return tokens.get(sentences.get(i)[0]).start;
    }

    /** Character span end of sentence {@code i}. */
    public int sentenceEnd(int i) {
        return tokens.get(sentences.get(i)[1] - 1).end;
    }
}
