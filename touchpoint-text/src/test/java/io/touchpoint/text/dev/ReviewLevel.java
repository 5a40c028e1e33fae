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

/**
 * Whole-review sentiment on a SemEval-2015 file. Aggregate figures only; no sentence is printed.
 *
 * <p>Each review's sentences (all of them, also out-of-scope ones) are joined with a space and analysed as one text
 * with {@link TextAnalyzer#analyze}, as the product analyses a comment; the text's label and mixed flag are read.
 * Gold, by counting the review's opinions (neutral opinions count for neither side):
 * <ul>
 *   <li><b>pure positive</b>: at least one positive opinion and no negative one; <b>pure negative</b> the other way
 *       round. The engine's text label is compared with it (accuracy = label equals the review's polarity).</li>
 *   <li><b>both</b>: at least one positive and one negative opinion. There is no gold text label; the figure is how
 *       many the engine flags {@code mixed}, split by the size of the minority side (1 opinion, or 2 or more).</li>
 *   <li>reviews without any positive or negative opinion are counted and otherwise left out.</li>
 * </ul>
 * For scale the mixed flag is also counted on the pure reviews (where it is a false alarm).
 * Usage: ReviewLevel FILE.xml (a SemEval-2015 file, grouped into reviews)
 */
public final class ReviewLevel {

    public static void main(String[] args) throws Exception {
        Map<String, List<SemEvalReader.Sentence>> reviews = new LinkedHashMap<>();
        for (SemEvalReader.Sentence s : SemEvalReader.read(Path.of(args[0]))) {
            if (s.reviewId() == null) {
                throw new IllegalArgumentException("not a SemEval-2015 file (sentences without a review): " + args[0]);
            }
            reviews.computeIfAbsent(s.reviewId(), k -> new ArrayList<>()).add(s);
        }
        TextAnalyzer a = TextAnalyzer.withDefaults();
        int pure = 0, correct = 0, pureMixed = 0, none = 0;
        int[] both = new int[2]; // minority side 1 opinion, 2 or more
        int[] bothMixed = new int[2];
        int[] bothLabel = new int[3]; // positive, negative, neutral
        int[][] conf = new int[2][3]; // gold positive/negative x predicted positive/negative/neutral
        for (List<SemEvalReader.Sentence> r : reviews.values()) {
            int pos = 0, neg = 0;
            StringBuilder text = new StringBuilder();
            for (SemEvalReader.Sentence s : r) {
                text.append(s.text()).append(' ');
                for (SemEvalReader.Opinion o : s.opinions()) {
                    if ("positive".equals(o.polarity())) {
                        pos++;
                    } else if ("negative".equals(o.polarity())) {
                        neg++;
                    }
                }
            }
            TextAnalysis t = a.analyze(text.toString().trim());
            String p = t.sentiment().label().wireName();
            int pi = p.equals("positive") ? 0 : p.equals("negative") ? 1 : 2;
            if (pos > 0 && neg > 0) {
                int k = Math.min(pos, neg) == 1 ? 0 : 1;
                both[k]++;
                bothLabel[pi]++;
                if (t.sentiment().mixed()) {
                    bothMixed[k]++;
                }
            } else if (pos > 0 || neg > 0) {
                pure++;
                int g = pos > 0 ? 0 : 1;
                conf[g][pi]++;
                if (g == pi) {
                    correct++;
                }
                if (t.sentiment().mixed()) {
                    pureMixed++;
                }
            } else {
                none++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d reviews%n", Path.of(args[0]).getFileName(), reviews.size());
        System.out.printf(Locale.ROOT, "pure reviews %d: gold positive %d -> positive %d, negative %d, neutral %d; "
                + "gold negative %d -> positive %d, negative %d, neutral %d%n", pure,
                conf[0][0] + conf[0][1] + conf[0][2], conf[0][0], conf[0][1], conf[0][2],
                conf[1][0] + conf[1][1] + conf[1][2], conf[1][0], conf[1][1], conf[1][2]);
        System.out.printf(Locale.ROOT, "pure reviews: accuracy %.3f (%d of %d); flagged mixed %d%n",
                pure == 0 ? 0 : (double) correct / pure, correct, pure, pureMixed);
        System.out.printf(Locale.ROOT, "reviews with both polarities %d: flagged mixed %d "
                + "(minority side 1 opinion: %d of %d; 2 or more: %d of %d); "
                + "text label positive %d, negative %d, neutral %d%n", both[0] + both[1],
                bothMixed[0] + bothMixed[1], bothMixed[0], both[0], bothMixed[1], both[1],
                bothLabel[0], bothLabel[1], bothLabel[2]);
        System.out.printf(Locale.ROOT, "reviews without a positive or negative opinion: %d%n", none);
    }
}
