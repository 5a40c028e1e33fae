package io.touchpoint.text.sentiment;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.token.PreparedText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word-level polarity model learned from GoEmotions' sentiment groups (Demszky et al. 2020, CC BY 4.0): heads
 * "positive" (any of its 12 positive emotions) and "negative" (any of its 11 negative ones). It gives a direction to
 * sentences whose opinion is implicit ("They charge $6.00 for rice.") and that the lexicon therefore misses. Immutable.
 *
 * <p>A second model of the same kind, the <b>review direction</b> (heads "review-positive" and "review-negative",
 * {@link #REVIEW_RESOURCE}), is trained on the same GoEmotions comments plus labelled review sentences (UCI Sentiment
 * Labelled Sentences, Kotzias et al. 2015, CC BY 4.0, and the project's own written hospitality sentences). It only
 * says which way a sentence without clear evidence leans (ADR 0101, twelfth session); the sentence's label and every
 * clear score come from the GoEmotions model.
 */
public final class PolarityModel {

    public static final String RESOURCE = "/io/touchpoint/text/sentiment/goemotions-polarity.model.gz";
    public static final String REVIEW_RESOURCE = "/io/touchpoint/text/sentiment/review-polarity.model.gz";
    public static final String REVIEW_POSITIVE = "review-positive";
    public static final String REVIEW_NEGATIVE = "review-negative";

    static final Set<String> POSITIVE = Set.of("admiration", "amusement", "approval", "caring", "desire",
            "excitement", "gratitude", "joy", "love", "optimism", "pride", "relief");
    static final Set<String> NEGATIVE = Set.of("anger", "annoyance", "disappointment", "disapproval", "disgust",
            "embarrassment", "fear", "grief", "nervousness", "remorse", "sadness");

    private final LinearModel model;
    private final int positive;
    private final int negative;
    private final double neutralOffset;

    /** A polarity reader over a model that has heads "positive" and "negative" (possibly among others). */
    public PolarityModel(LinearModel model) {
        this(model, "positive", "negative");
    }

    /** A polarity reader over the two named heads of a model (possibly among others). */
    public PolarityModel(LinearModel model, String positiveHead, String negativeHead) {
        this.model = model;
        this.positive = model.headNames().indexOf(positiveHead);
        this.negative = model.headNames().indexOf(negativeHead);
        if (positive < 0 || negative < 0) {
            throw new IllegalArgumentException(
                    "a polarity model has heads " + positiveHead + " and " + negativeHead + ": " + model);
        }
        this.neutralOffset = model.threshold(positive) == 0.5f ? 0.0 : model.threshold(positive);
    }

    private static final class Holder {
        static final PolarityModel DEFAULT = load();

        private static PolarityModel load() {
            LinearModel m = LinearModel.resource(RESOURCE);
            return m == null ? null : new PolarityModel(m);
        }
    }

    /** The shipped model, or null if the jar has none. */
    public static PolarityModel defaults() {
        return Holder.DEFAULT;
    }

    public LinearModel model() {
        return model;
    }

    /**
     * P(positive) - P(negative) of tokens {@code [s, e)}, less the same difference for a typical neutral text, so
     * that a sentence with no evidence either way scores about 0. In [-1, 1].
     */
    public double polarity(PreparedText p, int s, int e) {
        return polarity(p, s, e, null);
    }

    /** The same, leaving out the words marked in {@code skip} (per token of the text; may be null). */
    public double polarity(PreparedText p, int s, int e, boolean[] skip) {
        double[] z = new double[model.heads()];
        model.logits(p, s, e, z, skip);
        return polarity(z);
    }

    /**
     * The same from logits already computed with this reader's model. The neutral offset is the mean raw polarity
     * of GoEmotions' neutral training comments, kept in the positive head's threshold slot of the model file.
     */
    public double polarity(double[] logits) {
        double m = LinearModel.sigmoid(logits[positive]) - LinearModel.sigmoid(logits[negative]) - neutralOffset;
        return Math.max(-1.0, Math.min(1.0, m));
    }

    public static LinearModel train(List<GoEmotions.Example> train, LinearTrainer.Settings settings,
            PrintStream log) {
        return train(train, List.of(), new String[] {"positive", "negative"}, settings, log);
    }

    /**
     * The review direction: the same training on GoEmotions train followed by labelled review sentences (a positive
     * sentence sets the positive head, a negative one the negative head, a neutral one neither), heads named
     * {@link #REVIEW_POSITIVE} and {@link #REVIEW_NEGATIVE}. Centred like the GoEmotions model, on GoEmotions'
     * neutral comments.
     */
    public static LinearModel trainWithReviews(List<GoEmotions.Example> train, List<Evaluator.Labelled> reviews,
            LinearTrainer.Settings settings, PrintStream log) {
        return train(train, reviews, new String[] {REVIEW_POSITIVE, REVIEW_NEGATIVE}, settings, log);
    }

    private static LinearModel train(List<GoEmotions.Example> train, List<Evaluator.Labelled> reviews,
            String[] heads, LinearTrainer.Settings settings, PrintStream log) {
        List<List<String>> docs = new ArrayList<>(train.size() + reviews.size());
        boolean[][] y = new boolean[train.size() + reviews.size()][2];
        for (int d = 0; d < train.size(); d++) {
            docs.add(LinearTrainer.features(train.get(d).text()));
            for (String l : train.get(d).labels()) {
                y[d][0] |= POSITIVE.contains(l);
                y[d][1] |= NEGATIVE.contains(l);
            }
        }
        for (int r = 0; r < reviews.size(); r++) {
            docs.add(LinearTrainer.features(reviews.get(r).text()));
            y[train.size() + r][0] = reviews.get(r).label() == SentimentLabel.POSITIVE;
            y[train.size() + r][1] = reviews.get(r).label() == SentimentLabel.NEGATIVE;
        }
        LinearModel m = new LinearTrainer(settings).train(heads, docs, y, log);
        // Centre: the model's polarity on comments labelled neutral.
        double sum = 0;
        int n = 0;
        double[] z = new double[2];
        for (GoEmotions.Example ex : train) {
            if (!ex.labels().equals(Set.of("neutral"))) {
                continue;
            }
            PreparedText p = PreparedText.of(ex.text());
            for (int[] s : p.sentences) {
                m.logits(p, s[0], s[1], z);
                sum += LinearModel.sigmoid(z[0]) - LinearModel.sigmoid(z[1]);
                n++;
            }
        }
        float offset = n == 0 ? 0f : Math.round((float) (sum / n) * 1000f) / 1000f;
        log.printf("polarity of a neutral sentence: %.3f%n", offset);
        return m.withThresholds(new float[] {offset, 0.5f});
    }
}
