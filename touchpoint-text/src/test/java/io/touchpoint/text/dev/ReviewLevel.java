package io.touchpoint.text.dev;

import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Exploratory, aggregate only: whole-review sentiment on SemEval-2015 reviews whose opinions all agree. */
public final class ReviewLevel {
    public static void main(String[] args) throws Exception {
        Map<String, List<SemEvalReader.Sentence>> reviews = new LinkedHashMap<>();
        for (SemEvalReader.Sentence s : SemEvalReader.read(Path.of(args[0]))) {
            reviews.computeIfAbsent(s.reviewId(), k -> new ArrayList<>()).add(s);
        }
        TextAnalyzer a = TextAnalyzer.withDefaults();
        int n = 0, ok = 0, nMixed = 0, mixedFlag = 0, mixedNeutral = 0;
        int[][] conf = new int[2][3];
        for (List<SemEvalReader.Sentence> r : reviews.values()) {
            int pos = 0, neg = 0;
            StringBuilder text = new StringBuilder();
            for (SemEvalReader.Sentence s : r) {
                text.append(s.text()).append(' ');
                for (SemEvalReader.Opinion o : s.opinions()) {
                    if ("positive".equals(o.polarity())) pos++;
                    if ("negative".equals(o.polarity())) neg++;
                }
            }
            TextAnalysis t = a.analyze(text.toString().trim());
            String p = t.sentiment().label().wireName();
            if (pos > 0 && neg == 0 || neg > 0 && pos == 0) {
                n++;
                int g = pos > 0 ? 0 : 1;
                conf[g][p.equals("positive") ? 0 : p.equals("negative") ? 1 : 2]++;
            } else if (pos > 0 && neg > 0) {
                nMixed++;
                if (t.sentiment().mixed()) mixedFlag++;
            }
        }
        System.out.printf(Locale.ROOT, "pure reviews %d: gold pos -> pos %d neg %d neu %d; gold neg -> pos %d neg %d neu %d%n",
                n, conf[0][0], conf[0][1], conf[0][2], conf[1][0], conf[1][1], conf[1][2]);
        System.out.printf(Locale.ROOT, "reviews with both: %d, flagged mixed %d%n", nMixed, mixedFlag);
    }
}
