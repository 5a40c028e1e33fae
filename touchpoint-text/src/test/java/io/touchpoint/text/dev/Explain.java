package io.touchpoint.text.dev;

import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.sentiment.OpinionUnit;
import io.touchpoint.text.sentiment.SentenceScore;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.token.PreparedText;

/**
 * Development aid: print the opinion units of each sentence, the GoEmotions model's polarity and the review
 * direction's (which signs a sentence left inside the neutral band, ADR 0101).
 */
public final class Explain {
    public static void main(String[] args) {
        SentimentScorer scorer = new SentimentScorer(SentimentLexicon.defaults());
        LinearModel review = LinearModel.resource(PolarityModel.REVIEW_RESOURCE);
        PolarityModel direction = review == null ? null
                : new PolarityModel(review, PolarityModel.REVIEW_POSITIVE, PolarityModel.REVIEW_NEGATIVE);
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
                boolean[] mask = sc.notTheGuestsMask(p.tokens.size());
                double m = PolarityModel.defaults() == null ? 0 : PolarityModel.defaults().polarity(p, s[0], s[1], mask);
                double d = direction == null ? 0 : direction.polarity(p, s[0], s[1], mask);
                System.out.printf("%.2f (model %.2f, direction %.2f)%s  <- %s%n", sc.compound(), m, d, sb,
                        text.substring(p.tokens.get(s[0]).start, p.tokens.get(s[1] - 1).end));
            }
        }
    }
}
