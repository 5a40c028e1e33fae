package io.touchpoint.text.lang;

import io.touchpoint.text.token.Token;
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
 * Offline language identification from writing system, function words and tell-tale letters.
 *
 * <p>Reviews are long enough that a handful of function words settles the language; the detector needs no model
 * and no training text, which keeps it tiny and deterministic. Non-Latin scripts are decided by script
 * (Cyrillic, Greek, Arabic, Hebrew, Han, kana, Hangul, Thai, Devanagari ...). Immutable and thread-safe.
 */
public final class LanguageDetector {

    /** BCP 47 "no linguistic content": a text of emoji, numbers or punctuation, read like English. */
    public static final String NO_LANGUAGE = "zxx";
    /** BCP 47 "undetermined": words of a language the detector does not know; not English. */
    public static final String UNDETERMINED = "und";

    /**
     * Result of detection: an ISO 639-1 code, {@link #UNDETERMINED} for words in a language the detector does not
     * know, {@link #NO_LANGUAGE} for a text without words; and a confidence in [0, 1].
     */
    public record Guess(String code, double confidence) {
    }

    private final String[] codes;
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final Map<String, float[]> wordScores;

    private LanguageDetector(String[] codes, Map<String, float[]> wordScores) {
        this.codes = codes;
        this.wordScores = wordScores;
        for (int l = 0; l < codes.length; l++) {
            codeIndex.put(codes[l], l);
        }
    }

    private static final class Holder {
        static final LanguageDetector DEFAULT = load();
    }

    public static LanguageDetector defaults() {
        return Holder.DEFAULT;
    }

    private static LanguageDetector load() {
        List<String> codes = new ArrayList<>();
        List<String[]> lists = new ArrayList<>();
        InputStream in = LanguageDetector.class.getResourceAsStream("/io/touchpoint/text/lang/function_words.tsv");
        if (in == null) {
            throw new IllegalStateException("missing function_words.tsv");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                codes.add(parts[0].trim());
                lists.add(parts[1].trim().split("\\s+"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Integer>> owners = new HashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            for (String w : lists.get(l)) {
                List<Integer> o = owners.computeIfAbsent(w, k -> new ArrayList<>());
                if (!o.contains(l)) {
                    o.add(l);
                }
            }
        }
        Map<String, float[]> scores = new HashMap<>();
        int en = codes.indexOf("en");
        for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
            float[] s = new float[codes.size()];
            // A word shared by k languages is weak evidence for each of them; English first: an English function
            // word keeps at least half its weight however many languages share it ("to", "a", "no").
            float v = 1f / e.getValue().size();
            for (int l : e.getValue()) {
                s[l] = l == en ? Math.max(v, 0.5f) : v;
            }
            scores.put(e.getKey(), s);
        }
        return new LanguageDetector(codes.toArray(String[]::new), scores);
    }

    /**
     * Detects the language of a tokenized text.
     *
     * @param text the original text (for script statistics)
     * @param tokens its tokens
     * @param englishOpinionWords number of tokens found in the English sentiment lexicon (a hint for very short texts
     *     like "Great!!")
     */
    public Guess detect(String text, List<Token> tokens, int englishOpinionWords) {
        Script script = dominantScript(text);
        if (script != Script.LATIN && script != Script.NONE) {
            return new Guess(byScript(script, text), 0.9);
        }
        float[] score = new float[codes.length];
        int words = 0;
        for (Token t : tokens) {
            if (t.kind != Token.Kind.WORD) {
                continue;
            }
            words++;
            float[] s = wordScores.get(t.norm);
            if (s != null) {
                for (int l = 0; l < s.length; l++) {
                    score[l] += s[l];
                }
            }
            letterHints(t.norm, score);
            if (words >= 400) {
                break; // plenty: reviews do not switch language halfway
            }
        }
        int en = indexOf("en");
        // English opinion words are a hint for very short texts ("Great!!"); in longer ones they are mostly
        // cognates of the other language's words ("protection", "education") and the function words decide.
        float english = en >= 0 ? score[en] + (words <= 5 ? 0.6f : 0.2f) * englishOpinionWords : 0f;
        int best = -1;
        float total = english;
        for (int l = 0; l < score.length; l++) {
            if (l == en) {
                continue;
            }
            total += score[l];
            if (score[l] > 0 && (best < 0 || score[l] > score[best])) {
                best = l;
            }
        }
        // English first: another language must show at least two function words and clearly outscore English, so
        // a short English text with one shared word ("A must try!") is not taken for Portuguese.
        if (best >= 0 && score[best] >= 2f && score[best] > 1.5f * english) {
            return new Guess(codes[best], Math.min(1.0, score[best] / total));
        }
        // English evidence is weak when a text of eight words or more has less than one English word in ten: then
        // another language's single clear hint wins, and a stray cognate or two ("zen", "personal") is not English.
        boolean weakEnglish = words >= 8 && english < Math.max(1f, 0.1f * words);
        if (english > 0 && !weakEnglish) {
            return new Guess("en", Math.min(1.0, english / total));
        }
        if (best >= 0 && score[best] >= 1f && score[best] > english) {
            return new Guess(codes[best], Math.min(1.0, score[best] / total));
        }
        if (english >= 0.5f) {
            return new Guess("en", Math.min(1.0, english / total));
        }
        if (script == Script.NONE || words == 0) {
            return new Guess(NO_LANGUAGE, 0.0); // emoji, numbers, punctuation: no language to tell
        }
        // Latin words but nothing known: a short text is most likely English ("Wifi ok."); six words or more of
        // English without a single English function or opinion word are rare, so a longer one is a language we do
        // not know (Basque, Quechua ...): undetermined, and not English.
        return words >= 6 ? new Guess(UNDETERMINED, 0.0) : new Guess("en", 0.2);
    }

    private int indexOf(String code) {
        Integer l = codeIndex.get(code);
        return l == null ? -1 : l;
    }

    /** Letters that only some Latin-script languages use. */
    private void letterHints(String w, float[] score) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < 0xC0) {
                continue;
            }
            if (c >= 0x1EA0 && c <= 0x1EF9 || c == 'ơ' || c == 'ư') {
                add(score, "vi", 1f); // Vietnamese tone marks on vowels
                continue;
            }
            switch (c) {
                case 'ß' -> add(score, "de", 1f);
                case 'ñ' -> add(score, "es", 1f);
                case 'ã' -> add(score, "pt", 1f);
                case 'õ' -> {
                    add(score, "pt", 0.5f);
                    add(score, "et", 0.5f);
                }
                case 'ľ', 'ĺ', 'ŕ', 'ô' -> add(score, "sk", 1f);
                case 'ė', 'ų', 'į' -> add(score, "lt", 1f);
                case 'ā', 'ē', 'ī', 'ļ', 'ņ', 'ģ', 'ķ' -> add(score, "lv", 1f);
                case 'đ' -> {
                    add(score, "hr", 0.5f);
                    add(score, "vi", 0.5f);
                }
                case 'ŀ' -> add(score, "ca", 1f);
                case 'ø', 'æ' -> {
                    add(score, "da", 0.5f);
                    add(score, "no", 0.5f);
                }
                case 'ł', 'ś', 'ź', 'ż', 'ń' -> add(score, "pl", 1f);
                case 'ą', 'ę' -> {
                    add(score, "pl", 0.6f);
                    add(score, "lt", 0.4f);
                }
                case 'ć' -> {
                    add(score, "pl", 0.5f);
                    add(score, "hr", 0.5f);
                }
                case 'ř', 'ě', 'ů' -> add(score, "cs", 1f);
                case 'ğ', 'ş', 'ı' -> add(score, "tr", 1f);
                case 'ő', 'ű' -> add(score, "hu", 1f);
                case 'ă', 'ș', 'ț', 'ţ' -> add(score, "ro", 1f);
                case 'ü' -> {
                    add(score, "de", 0.4f);
                    add(score, "tr", 0.2f);
                }
                case 'ä', 'ö' -> {
                    add(score, "de", 0.2f);
                    add(score, "sv", 0.2f);
                    add(score, "fi", 0.2f);
                }
                case 'å' -> {
                    add(score, "sv", 0.4f);
                    add(score, "da", 0.2f);
                    add(score, "no", 0.2f);
                }
                case 'è', 'ê', 'à', 'ç', 'œ' -> {
                    add(score, "fr", 0.4f);
                    add(score, "it", 0.1f);
                    add(score, "pt", 0.1f);
                }
                case 'ì', 'ò' -> add(score, "it", 0.4f);
                default -> {
                }
            }
        }
    }

    private void add(float[] score, String code, float v) {
        int l = indexOf(code);
        if (l >= 0) {
            score[l] += v * 0.5f;
        }
    }

    enum Script {
        NONE, LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, HAN, KANA, HANGUL, THAI, DEVANAGARI, OTHER
    }

    private static Script dominantScript(String text) {
        int[] counts = new int[Script.values().length];
        int limit = Math.min(text.length(), 2000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            if (cp < 0x250) { // Basic Latin to Latin Extended-B: most reviews, no table lookup
                counts[Script.LATIN.ordinal()]++;
                continue;
            }
            Character.UnicodeScript us;
            try {
                us = Character.UnicodeScript.of(cp);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Script s = switch (us) {
                case LATIN -> Script.LATIN;
                case CYRILLIC -> Script.CYRILLIC;
                case GREEK -> Script.GREEK;
                case ARABIC -> Script.ARABIC;
                case HEBREW -> Script.HEBREW;
                case HAN -> Script.HAN;
                case HIRAGANA, KATAKANA -> Script.KANA;
                case HANGUL -> Script.HANGUL;
                case THAI -> Script.THAI;
                case DEVANAGARI -> Script.DEVANAGARI;
                default -> Script.OTHER;
            };
            counts[s.ordinal()]++;
        }
        // Japanese mixes kana and Han: any real share of kana means Japanese.
        if (counts[Script.KANA.ordinal()] > 0
                && counts[Script.KANA.ordinal()] * 5 >= counts[Script.HAN.ordinal()] + counts[Script.KANA.ordinal()]) {
            counts[Script.KANA.ordinal()] += counts[Script.HAN.ordinal()];
        }
        Script best = Script.NONE;
        int max = 0;
        for (Script s : Script.values()) {
            if (counts[s.ordinal()] > max) {
                max = counts[s.ordinal()];
                best = s;
            }
        }
        return best;
    }

    private static String byScript(Script script, String text) {
        return switch (script) {
            case CYRILLIC -> cyrillic(text);
            case GREEK -> "el";
            case ARABIC -> persianLetters(text) ? "fa" : "ar";
            case HEBREW -> "he";
            case HAN -> "zh";
            case KANA -> "ja";
            case HANGUL -> "ko";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            default -> UNDETERMINED;
        };
    }

    private static String cyrillic(String text) {
        int uk = 0;
        int bg = 0;
        int ru = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                uk++;
            } else if (c == 'ы' || c == 'э' || c == 'ё') {
                ru++;
            } else if (c == 'ъ') {
                bg++;
            }
        }
        if (uk > ru && uk >= bg) {
            return "uk";
        }
        if (bg > ru && bg > uk) {
            return "bg";
        }
        return "ru";
    }

    private static boolean persianLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی') {
                return true;
            }
        }
        return false;
    }
}
