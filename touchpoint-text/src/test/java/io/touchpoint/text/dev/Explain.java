package io.touchpoint.text.dev;

import io.touchpoint.text.sentiment.OpinionUnit;
import io.touchpoint.text.sentiment.SentenceScore;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.token.PreparedText;

/** Development aid: print the opinion units of each sentence. */
public final class Explain {
    public static void main(String[] args) {
        SentimentScorer scorer = new SentimentScorer(SentimentLexicon.defaults());
        for (String text : args) {
            PreparedText p = PreparedText.of(text);
            for (int[] s : p.sentences) {
                SentenceScore sc = scorer.score(p.tokens, p.keys, s[0], s[1], p.shouting, null);
                StringBuilder sb = new StringBuilder();
                for (OpinionUnit u : sc.units()) {
                    sb.append(String.format(" [%s %.2f->%.2f w%.1f%s]", text.substring(p.tokens.get(u.start()).start,
                            p.tokens.get(u.end() - 1).end), u.base(), u.value(), u.weight(), u.negated() ? " neg" : ""));
                }
                // as the analyzer reads it: someone else's or hoped-for praise left out
                double m = PolarityModel.defaults() == null ? 0
                        : PolarityModel.defaults().polarity(p, s[0], s[1], sc.notTheGuestsMask(p.tokens.size()));
                System.out.printf("%.2f (model %.2f)%s  <- %s%n", sc.compound(), m, sb,
                        text.substring(p.tokens.get(s[0]).start, p.tokens.get(s[1] - 1).end));
            }
        }
    }
}
