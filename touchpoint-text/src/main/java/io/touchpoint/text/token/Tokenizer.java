package io.touchpoint.text.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a text into words, numbers, punctuation runs, emoji and emoticons, keeping character spans.
 *
 * <p>Hand-written rather than regex-based: the engine tokenizes every review once per analysis and a single pass over
 * the characters is several times faster than {@code java.util.regex}. Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Western emoticons, longest first so that ":-)" wins over ":-". */
    private static final String[] EMOTICONS;
    /** The second characters of the emoticons: "The" and "But" start none, without a scan of the list. */
    private static final String SECOND_CHARS;

    static {
        String[] all = {
            ":-)", ":)", ":-]", ":]", ":-D", ":D", ";-)", ";)", ";-D", ";D", ":-P", ":P", ":-p", ":p", ";-P", ";P",
            ":-(", ":(", ":-[", ":[", ":'(", ":'-(", ":')", ":'-)", ":-/", ":/", ":-\\", ":\\", ":-|", ":|",
            ":-O", ":O", ":-o", ":o", ":-S", ":S", ":-s", ":s", ":-*", ":*", ":@", ">:(", ">:-(", ">:[", "=)", "=(",
            "=D", "=]", "=[", "=/", "<3", "<33", "<333", "</3", "^^", "^_^", "^.^", "-_-", "-.-", "T_T", "T.T",
            ";_;", "xD", "XD", "xd", "B-)", "8-)", "(:", "):", ":-))", ":))", ":-((", ":(("
        };
        EMOTICONS = all.clone();
        Arrays.sort(EMOTICONS, Comparator.comparingInt(String::length).reversed());
        StringBuilder second = new StringBuilder();
        for (String e : all) {
            if (second.indexOf(e.substring(1, 2)) < 0) {
                second.append(e.charAt(1));
            }
        }
        SECOND_CHARS = second.toString();
    }

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean newline = false;
        boolean hyphenPending = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            int cpLen = Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0xA0 || cp == 0x200B || cp == Markup.FILLER) {
                if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
                    newline = true;
                }
                hyphenPending = false;
                i += cpLen;
                continue;
            }
            String emoticon = emoticonAt(text, i);
            if (emoticon != null) {
                int end = i + emoticon.length();
                out.add(new Token(i, end, Token.Kind.EMOTICON, emoticon, emoticon.toLowerCase(Locale.ROOT), false,
                        false, false, newline));
                newline = false;
                hyphenPending = false;
                i = end;
                continue;
            }
            if (isWordChar(cp)) {
                int end = scanWord(text, i);
                out.add(word(text, i, end, hyphenPending, newline));
                newline = false;
                hyphenPending = false;
                // A hyphen glued on both sides joins compounds ("check-in"): no token for it.
                if (end < n - 1 && isHyphen(text.charAt(end)) && isWordChar(text.codePointAt(end + 1))) {
                    hyphenPending = true;
                    i = end + 1;
                } else {
                    i = end;
                }
                continue;
            }
            if (isEmoji(cp)) {
                int end = i + cpLen;
                // Skip variation selectors, skin tones, keycaps; a zero-width joiner starts a new emoji token.
                while (end < n) {
                    int next = text.codePointAt(end);
                    if (next == 0xFE0F || next == 0xFE0E || next == 0x20E3 || (next >= 0x1F3FB && next <= 0x1F3FF)) {
                        end += Character.charCount(next);
                    } else {
                        break;
                    }
                }
                String e = text.substring(i, i + cpLen);
                out.add(new Token(i, end, Token.Kind.EMOJI, text.substring(i, end), e, false, false, false, newline));
                newline = false;
                hyphenPending = false;
                i = end;
                continue;
            }
            if (cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E) {
                i += cpLen;
                continue;
            }
            if (isPunctuation(cp)) {
                int end = i + cpLen;
                if (cp == '!' || cp == '?') {
                    while (end < n && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
                        end++;
                    }
                } else if (cp == '.' || cp == '-' || cp == '*' || cp == '~' || cp == '=') {
                    while (end < n && text.charAt(end) == cp) {
                        end++;
                    }
                }
                String p = text.substring(i, end);
                out.add(new Token(i, end, Token.Kind.PUNCT, p, p, false, false, false, newline));
                i = end;
            } else {
                String s = text.substring(i, i + cpLen);
                out.add(new Token(i, i + cpLen, Token.Kind.SYMBOL, s, s, false, false, false, newline));
                i += cpLen;
            }
            newline = false;
            hyphenPending = false;
        }
        return out;
    }

    private static Token word(String text, int start, int end, boolean hyphenJoined, boolean newline) {
        String raw = text.substring(start, end);
        boolean number = Character.isDigit(raw.charAt(0));
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        String norm = Markup.dropFiller(raw).toLowerCase(Locale.ROOT);
        if (norm.indexOf('\u2019') >= 0 || norm.indexOf('\u2018') >= 0 || norm.indexOf('`') >= 0) {
            norm = norm.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        }
        String collapsed = collapseRuns(norm);
        boolean elongated = collapsed != norm;
        // most words cannot be one of the contractions (too long, or not ending as any of them): no lookup
        int len = collapsed.length();
        if (len > 0 && len <= CONTRACTION_LENGTH && CONTRACTION_ENDS.indexOf(collapsed.charAt(len - 1)) >= 0) {
            String contraction = CONTRACTIONS.get(collapsed);
            if (contraction != null) {
                collapsed = contraction;
            }
        }
        boolean allCaps = letters >= 2 && upper == letters;
        return new Token(start, end, number ? Token.Kind.NUMBER : Token.Kind.WORD, raw, collapsed, allCaps, elongated,
                hyphenJoined, newline);
    }

    /**
     * Contractions written without their apostrophe, as guests often type them ("didnt", "wouldnt go back"), read as
     * written with it, so every negation rule and phrase sees one form; and a contraction split off by an earlier
     * tokenizer ("did n't") reads as "not". "wont" and "cant" are English words too, but in a review they are almost
     * always the contraction. The rules and word lists therefore list only the apostrophe form.
     */
    private static final Map<String, String> CONTRACTIONS = contractions();
    /** The longest key of {@link #CONTRACTIONS} and the last letters of its keys, so most words skip the lookup. */
    private static final int CONTRACTION_LENGTH = CONTRACTIONS.keySet().stream().mapToInt(String::length).max()
            .orElse(0);
    private static final String CONTRACTION_ENDS = CONTRACTIONS.keySet().stream()
            .map(k -> k.substring(k.length() - 1)).distinct().sorted().reduce("", String::concat);

    private static Map<String, String> contractions() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("don't", "doesn't", "didn't", "isn't", "wasn't", "weren't", "aren't", "can't",
                "couldn't", "wouldn't", "shouldn't", "won't", "haven't", "hasn't", "hadn't", "ain't", "mustn't",
                "needn't", "that's", "there's", "i'm", "i've", "you're", "they're", "what's")) {
            m.put(w.replace("'", ""), w);
        }
        m.put("n't", "not");
        return Map.copyOf(m);
    }

    /** Cuts letter runs of three or more to two ("goooood" to "good"); returns the same instance if none. */
    static String collapseRuns(String s) {
        int n = s.length();
        int k = 2;
        for (; k < n; k++) {
            char c = s.charAt(k);
            if (c == s.charAt(k - 1) && c == s.charAt(k - 2) && Character.isLetter(c)) {
                break;
            }
        }
        if (k >= n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int m = 0; m < n; m++) {
            char c = s.charAt(m);
            int len = sb.length();
            if (len >= 2 && sb.charAt(len - 1) == c && sb.charAt(len - 2) == c && Character.isLetter(c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The first index at or after {@code i} that is not a {@link Markup#FILLER}. */
    private static int nextVisible(String text, int i) {
        while (i < text.length() && text.charAt(i) == Markup.FILLER) {
            i++;
        }
        return i;
    }

    /** The index just after the last character before {@code i} that is not a {@link Markup#FILLER}. */
    private static int previousVisible(String text, int i) {
        while (i > 1 && text.charAt(i - 1) == Markup.FILLER) {
            i--;
        }
        return i;
    }

    private static int scanWord(String text, int start) {
        int n = text.length();
        int i = start;
        int segmentStart = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // A soft hyphen (or the rest of a decoded character reference) inside a word is no break.
            if (cp == Markup.FILLER) {
                int visible = nextVisible(text, i);
                if (visible < n && isWordChar(text.codePointAt(visible))) {
                    i = visible;
                    continue;
                }
            }
            if (i + 1 < n && i > start) {
                char c = text.charAt(i);
                int prev = text.codePointBefore(previousVisible(text, i));
                int after = nextVisible(text, i + 1);
                if (after >= n) {
                    break;
                }
                int next = text.codePointAt(after);
                // don't, it's, o'clock
                if ((c == '\'' || c == '\u2019' || c == '`') && Character.isLetter(prev) && Character.isLetter(next)) {
                    i = after;
                    continue;
                }
                // 4.5, 1,000, 10:30
                if ((c == '.' || c == ',' || c == ':') && Character.isDigit(prev) && Character.isDigit(next)) {
                    i++;
                    continue;
                }
                // e.g., a.m., U.S.: single letters joined by dots
                if (c == '.' && Character.isLetter(prev) && Character.isLetter(next) && i - segmentStart == 1
                        && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
                    i++;
                    segmentStart = i;
                    continue;
                }
                // B&B, AT&T
                if (c == '&' && Character.isLetter(prev) && Character.isLetter(next)) {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static String emoticonAt(String text, int i) {
        char c = text.charAt(i);
        if (":;=<>^-T8BxX()".indexOf(c) < 0) {
            return null;
        }
        int n = text.length();
        boolean boundaryBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        if (Character.isLetterOrDigit(c) && !boundaryBefore) {
            return null; // inside a word: "Toast", "Box"
        }
        if (i + 1 >= n || SECOND_CHARS.indexOf(text.charAt(i + 1)) < 0) {
            return null;
        }
        for (String e : EMOTICONS) {
            if (!text.startsWith(e, i)) {
                continue;
            }
            int end = i + e.length();
            boolean boundaryAfter = end >= n || !Character.isLetterOrDigit(text.charAt(end));
            if (!boundaryAfter || (end < n && text.charAt(end) == '/')) {
                continue;
            }
            char first = e.charAt(0);
            if (Character.isLetterOrDigit(first) || first == '(' || first == ')' || first == '-' || first == '^'
                    || first == '<' || first == '>') {
                // "xD", "8-)", "(:", "-_-": only as a stand-alone token, to spare words, lists and parentheses.
                if (!boundaryBefore) {
                    continue;
                }
                if ((first == '(' || first == ')') && end < n && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '.' && text.charAt(end) != '!') {
                    continue;
                }
            }
            return e;
        }
        return null;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1F5FF) || (cp >= 0x1F600 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x1F1E6 && cp <= 0x1F1FF) || cp == 0x2B50 || cp == 0x2B55 || cp == 0x1F004
                || cp == 0x1F0CF || cp == 0x2B06 || cp == 0x2B07 || cp == 0x2194 || cp == 0x2195;
    }

    private static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
