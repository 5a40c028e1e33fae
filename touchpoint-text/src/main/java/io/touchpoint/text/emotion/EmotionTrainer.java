package io.touchpoint.text.emotion;

import io.touchpoint.text.ShawEmotion;
import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.token.PreparedText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Trains the shipped emotion model from GoEmotions (train split), one head per Shaw emotion that GoEmotions can
 * teach, then picks each head's decision threshold on the dev split through {@link EmotionDetector} itself (model
 * plus cue phrases, sentence by sentence), maximising that head's F1. The test split is never seen.
 */
public final class EmotionTrainer {

    public static final String RESOURCE = "/io/touchpoint/text/emotion/goemotions-shaw.model.gz";

    private final LinearTrainer trainer;

    public EmotionTrainer(LinearTrainer.Settings settings) {
        this.trainer = new LinearTrainer(settings);
    }

    /** Heads trained from GoEmotions, in Shaw's order. */
    public static ShawEmotion[] trainedHeads() {
        Set<ShawEmotion> set = EnumSet.noneOf(ShawEmotion.class);
        set.addAll(GoEmotions.TRAINED_SOURCES.keySet());
        return set.toArray(ShawEmotion[]::new);
    }

    public LinearModel train(List<GoEmotions.Example> train, List<GoEmotions.Example> dev, PrintStream log) {
        ShawEmotion[] heads = trainedHeads();
        String[] names = new String[heads.length];
        for (int h = 0; h < heads.length; h++) {
            names[h] = heads[h].displayName();
        }
        List<List<String>> docs = new ArrayList<>(train.size());
        boolean[][] y = new boolean[train.size()][heads.length];
        for (int d = 0; d < train.size(); d++) {
            docs.add(LinearTrainer.features(train.get(d).text()));
            Set<ShawEmotion> gold = train.get(d).shaw();
            for (int h = 0; h < heads.length; h++) {
                y[d][h] = gold.contains(heads[h]);
            }
        }
        LinearModel model = trainer.train(names, docs, y, log);
        return tuneThresholds(model, dev, log);
    }

    /** Picks, per head, the threshold with the best F1 on dev, with the cue phrases counted in. */
    static LinearModel tuneThresholds(LinearModel model, List<GoEmotions.Example> dev, PrintStream log) {
        EmotionDetector detector = new EmotionDetector(model);
        int hN = model.heads();
        double[][] probs = new double[dev.size()][];
        boolean[][] cue = new boolean[dev.size()][hN];
        boolean[][] gold = new boolean[dev.size()][hN];
        for (int d = 0; d < dev.size(); d++) {
            PreparedText p = PreparedText.of(dev.get(d).text());
            probs[d] = detector.modelProbabilities(p);
            Set<ShawEmotion> cues = detector.cues(p).keySet();
            Set<ShawEmotion> g = dev.get(d).shaw();
            for (int h = 0; h < hN; h++) {
                ShawEmotion e = ShawEmotion.parse(model.head(h));
                cue[d][h] = cues.contains(e);
                gold[d][h] = g.contains(e);
            }
        }
        float[] thresholds = new float[hN];
        for (int h = 0; h < hN; h++) {
            double bestF = -1;
            float bestT = 0.5f;
            for (int step = 5; step <= 95; step++) {
                float t = step / 100f;
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int d = 0; d < dev.size(); d++) {
                    boolean pred = cue[d][h] || probs[d][h] >= t;
                    if (pred && gold[d][h]) {
                        tp++;
                    } else if (pred) {
                        fp++;
                    } else if (gold[d][h]) {
                        fn++;
                    }
                }
                double f = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
                if (f > bestF + 1e-9) {
                    bestF = f;
                    bestT = t;
                }
            }
            thresholds[h] = bestT;
            log.printf("threshold %-13s %.2f (dev F1 %.3f)%n", model.head(h), bestT, bestF);
        }
        return model.withThresholds(thresholds);
    }
}
