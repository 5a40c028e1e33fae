package io.touchpoint.text.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences: after runs of {@code . ! ?}, at line breaks, never after a known abbreviation.
 *
 * <p>Reviews are often typed without capitals, so a lower-case word after a full stop still starts a new sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e",
            "a.m", "p.m", "approx", "no", "nr", "jr", "sr", "prof", "mt", "ft", "min", "max", "incl", "excl", "u.s",
            "u.k", "ave", "rd", "apt", "dept", "est", "tel", "ca", "cf", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Sentences as {@code [firstToken, endToken)} index pairs into {@code tokens}. */
    public List<int[]> split(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int n = tokens.size();
        int start = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > start && t.newlineBefore) {
                out.add(new int[] {start, i});
                start = i;
            }
            if (t.kind != Token.Kind.PUNCT) {
                continue;
            }
            if (endsSentence(tokens, i)) {
                int end = i + 1;
                // Closing quotes and brackets stay with the sentence they close.
                while (end < n && tokens.get(end).kind == Token.Kind.PUNCT && isCloser(tokens.get(end).text)
                        && !tokens.get(end).newlineBefore) {
                    end++;
                }
                // Emoji and emoticons right after "!" belong to the sentence they end.
                while (end < n && (tokens.get(end).kind == Token.Kind.EMOJI
                        || tokens.get(end).kind == Token.Kind.EMOTICON) && !tokens.get(end).newlineBefore) {
                    end++;
                }
                out.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        String p = tokens.get(i).text;
        char c = p.charAt(0);
        if (c == '!' || c == '?' || c == '\u2026') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        if (p.length() > 1) {
            return true; // "..." and longer runs end a thought in reviews
        }
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.end != tokens.get(i).start) {
            return true;
        }
        if (prev.kind == Token.Kind.WORD) {
            if (ABBREVIATIONS.contains(prev.norm)) {
                // "No. 5" and "St. Mark's" continue; "etc." at the end of a sentence usually is the end.
                return i + 1 >= tokens.size() || prev.norm.equals("etc")
                        || tokens.get(i + 1).kind != Token.Kind.WORD && tokens.get(i + 1).kind != Token.Kind.NUMBER;
            }
            // A single capital letter is an initial ("J. Smith").
            return !(prev.text.length() == 1 && Character.isUpperCase(prev.text.charAt(0)));
        }
        return true;
    }

    private static boolean isCloser(String p) {
        char c = p.charAt(0);
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
    }
}
