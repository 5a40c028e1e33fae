package io.touchpoint.text.dev;

import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Language detection on language-labelled paragraphs (tools/udhr-languages.sh): per language, the share detected as
 * that language and the share taken for English; overall, English kept as English and other languages flagged as
 * not English, which is the decision the app makes. Input: code TAB expected ISO 639-1 (or "other") TAB text.
 */
public final class LanguageEval {

    public static void main(String[] args) throws Exception {
        TextAnalyzer analyzer = TextAnalyzer.withDefaults();
        Map<String, long[]> perLanguage = new TreeMap<>(); // n, right, taken for English
        long englishN = 0;
        long englishKept = 0;
        long otherN = 0;
        long otherFlagged = 0;
        long knownN = 0;
        long knownRight = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length < 3) {
                continue;
            }
            TextAnalysis a = analyzer.analyze(f[2]);
            String expected = f[1];
            long[] c = perLanguage.computeIfAbsent(f[0] + " (" + expected + ")", k -> new long[3]);
            c[0]++;
            boolean right = expected.equals(a.language());
            c[1] += right ? 1 : 0;
            c[2] += a.english() ? 1 : 0;
            if (expected.equals("en")) {
                englishN++;
                englishKept += a.english() ? 1 : 0;
            } else {
                otherN++;
                otherFlagged += a.english() ? 0 : 1;
            }
            if (!expected.equals("other")) {
                knownN++;
                knownRight += right ? 1 : 0;
            }
        }
        perLanguage.forEach((lang, c) -> System.out.printf(Locale.ROOT, "%-22s n %3d  detected %.3f  taken for English %.3f%n",
                lang, c[0], (double) c[1] / c[0], (double) c[2] / c[0]));
        System.out.printf(Locale.ROOT, "English kept as English: %d of %d (%.3f)%n", englishKept, englishN,
                (double) englishKept / englishN);
        System.out.printf(Locale.ROOT, "other languages flagged as not English: %d of %d (%.3f)%n", otherFlagged, otherN,
                (double) otherFlagged / otherN);
        System.out.printf(Locale.ROOT, "languages the detector knows, language right: %d of %d (%.3f)%n", knownRight,
                knownN, (double) knownRight / knownN);
    }
}
