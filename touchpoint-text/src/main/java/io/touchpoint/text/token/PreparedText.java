package io.touchpoint.text.token;

import io.touchpoint.text.aspect.TermMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A text tokenized once for all stages: tokens, their normalised keys (for lexicons), plural-stemmed keys (for
 * taxonomy terms and emotion cues) and sentence boundaries.
 */
public final class PreparedText {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    public final String text;
    /** {@code text} with its HTML markup blanked ({@link Markup}): same length, same offsets. */
    public final String plain;
    public final List<Token> tokens;
    public final String[] keys;
    public final String[] stems;
    /** 64-bit hashes of {@code keys}, for model features. */
    public final long[] hashes;
    /** Sentences as {@code [firstToken, endToken)}. */
    public final List<int[]> sentences;
    /** Character spans of the sentences, {@code [start, end)} at {@code 2i, 2i + 1}. */
    private final int[] spans;
    /** The whole text is written in capitals, so capitals mark no emphasis. */
    public final boolean shouting;

    private PreparedText(String text, String plain, List<Token> tokens, String[] keys, String[] stems, long[] hashes,
            List<int[]> sentences, int[] spans, boolean shouting) {
        this.text = text;
        this.plain = plain;
        this.tokens = tokens;
        this.keys = keys;
        this.stems = stems;
        this.hashes = hashes;
        this.sentences = sentences;
        this.spans = spans;
        this.shouting = shouting;
    }

    /** A text split into sentences by {@link SentenceSplitter}. */
    public static PreparedText of(String text) {
        String plain = Markup.blank(text);
        List<Token> tokens = TOKENIZER.tokenize(plain);
        List<int[]> sentences = SPLITTER.split(tokens);
        int[] spans = new int[2 * sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            spans[2 * i] = tokens.get(sentences.get(i)[0]).start;
            spans[2 * i + 1] = tokens.get(sentences.get(i)[1] - 1).end;
        }
        return prepare(text, plain, tokens, sentences, spans);
    }

    /**
     * Sentences already split by the caller, read as one text: they are joined with a space and each stays one
     * sentence (the splitter is not run), so sentence {@code i} of the result is {@code sentences.get(i)}. A blank
     * sentence keeps its place with no tokens.
     */
    public static PreparedText ofSentences(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        int[] offsets = new int[2 * sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            offsets[2 * i] = sb.length();
            sb.append(sentences.get(i));
            offsets[2 * i + 1] = sb.length();
        }
        String text = sb.toString();
        String plain = Markup.blank(text);
        List<Token> tokens = TOKENIZER.tokenize(plain);
        List<int[]> ranges = new ArrayList<>(sentences.size());
        int[] spans = new int[offsets.length];
        int t = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int first = t;
            // A token belongs to the sentence its first character is in.
            while (t < tokens.size() && tokens.get(t).start < offsets[2 * i + 1]) {
                t++;
            }
            ranges.add(new int[] {first, t});
            spans[2 * i] = first < t ? tokens.get(first).start : offsets[2 * i];
            spans[2 * i + 1] = first < t ? tokens.get(t - 1).end : offsets[2 * i];
        }
        return prepare(text, plain, tokens, ranges, spans);
    }

    private static PreparedText prepare(String text, String plain, List<Token> tokens, List<int[]> sentences, int[] spans) {
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
        return new PreparedText(text, plain, tokens, keys, stems, hashes, sentences, spans, shouting);
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

    /**
     * The words of {@code [start, end)} as a reader sees them: markup blanked and character references decoded
     * ({@link Markup}), the fill of a decoded reference dropped. For evidence and opinion words; offsets stay those of
     * {@link #text}.
     */
    public String readable(int start, int end) {
        return Markup.dropFiller(plain.substring(start, end));
    }

    /** Character span start of sentence {@code i}. */
    public int sentenceStart(int i) {
        return spans[2 * i];
    }

    /** Character span end of sentence {@code i}. */
    public int sentenceEnd(int i) {
        return spans[2 * i + 1];
    }
}
