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

    /** Result of detection: an ISO 639-1 code ("und" when nothing could be told) and a confidence in [0, 1]. */
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
        for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
            float[] s = new float[codes.size()];
            // A word shared by k languages is weak evidence for each of them.
            float v = 1f / e.getValue().size();
            for (int l : e.getValue()) {
                s[l] = v;
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
        float english = en >= 0 ? score[en] + 0.6f * englishOpinionWords : 0f;
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
        if (english > 0) {
            return new Guess("en", Math.min(1.0, english / total));
        }
        if (best >= 0 && score[best] >= 1f) {
            return new Guess(codes[best], Math.min(1.0, score[best] / total));
        }
        if (script == Script.NONE || words == 0) {
            return new Guess("und", 0.0);
        }
        // Latin words but nothing known: most likely a short English text ("Wifi ok.").
        return new Guess("en", 0.2);
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
            switch (c) {
                case 'ß' -> add(score, "de", 1f);
                case 'ñ' -> add(score, "es", 1f);
                case 'ã', 'õ' -> add(score, "pt", 1f);
                case 'ø', 'æ' -> {
                    add(score, "da", 0.5f);
                    add(score, "no", 0.5f);
                }
                case 'ł', 'ą', 'ę', 'ś', 'ź', 'ż', 'ń', 'ć' -> add(score, "pl", 1f);
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
            default -> "und";
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
