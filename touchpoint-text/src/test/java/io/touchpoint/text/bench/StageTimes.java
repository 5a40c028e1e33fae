package io.touchpoint.text.bench;

import io.touchpoint.text.Taxonomy;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.aspect.TermMatcher;
import io.touchpoint.text.emotion.EmotionDetector;
import io.touchpoint.text.lang.LanguageDetector;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.PreparedText;
import java.util.List;
import java.util.Locale;

/** Development aid: rough time per pipeline stage (warm), to see where a review's time goes. */
public final class StageTimes {

    public static void main(String[] args) {
        List<String> reviews = ReviewCorpus.reviews(2000);
        TermMatcher terms = new TermMatcher(Taxonomy.defaultHospitality());
        SentimentScorer scorer = new SentimentScorer(SentimentLexicon.defaults());
        EmotionDetector emotions = EmotionDetector.defaults();
        PolarityModel polarity = PolarityModel.defaults();
        LanguageDetector lang = LanguageDetector.defaults();
        TextAnalyzer analyzer = TextAnalyzer.withDefaults();
        long[] t = new long[7];
        long sink = 0;
        for (int round = 0; round < 6; round++) {
            java.util.Arrays.fill(t, 0);
            for (String r : reviews) {
                long a = System.nanoTime();
                PreparedText p = PreparedText.of(r);
                long b = System.nanoTime();
                sink += lang.detect(r, p.tokens, 3).code().length();
                long c = System.nanoTime();
                sink += terms.match(p.stems).size();
                long d = System.nanoTime();
                for (int[] s : p.sentences) {
                    sink += scorer.score(p.tokens, p.keys, s[0], s[1], false, null).units().size();
                }
                long e = System.nanoTime();
                for (int[] s : p.sentences) {
                    sink += (long) polarity.polarity(p, s[0], s[1]);
                }
                long f = System.nanoTime();
                sink += emotions.detect(p).size();
                long g = System.nanoTime();
                sink += analyzer.analyze(r).aspects().size();
                long h = System.nanoTime();
                t[0] += b - a;
                t[1] += c - b;
                t[2] += d - c;
                t[3] += e - d;
                t[4] += f - e;
                t[5] += g - f;
                t[6] += h - g;
            }
            double n = reviews.size();
            System.out.printf(Locale.ROOT, "round %d us/review: prepare %.1f lang %.1f terms %.1f sentiment %.1f "
                    + "polarity %.1f emotions %.1f | full analyze %.1f (%.0f reviews/s)%n", round, t[0] / n / 1e3,
                    t[1] / n / 1e3, t[2] / n / 1e3, t[3] / n / 1e3, t[4] / n / 1e3, t[5] / n / 1e3, t[6] / n / 1e3,
                    1e9 / (t[6] / n));
        }
        System.out.println(sink);
    }
}
