package io.touchpoint.text.emotion;

import io.touchpoint.text.EmotionCluster;
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

    /**
     * Picks the heads' thresholds on dev to maximise each Shaw cluster's F1 (the figure reported), by coordinate
     * ascent over the heads of the cluster, with the cue phrases of all the cluster's emotions counted in.
     */
    static LinearModel tuneThresholds(LinearModel model, List<GoEmotions.Example> dev, PrintStream log) {
        EmotionDetector detector = new EmotionDetector(model);
        int hN = model.heads();
        int n = dev.size();
        double[][] probs = new double[n][];
        ShawEmotion[] head = new ShawEmotion[hN];
        for (int h = 0; h < hN; h++) {
            head[h] = ShawEmotion.parse(model.head(h));
        }
        EmotionCluster[] clusters = EmotionCluster.values();
        boolean[][] cueCluster = new boolean[n][clusters.length];
        boolean[][] goldCluster = new boolean[n][clusters.length];
        for (int d = 0; d < n; d++) {
            PreparedText p = PreparedText.of(dev.get(d).text());
            probs[d] = detector.modelProbabilities(p);
            for (ShawEmotion e : detector.cues(p).keySet()) {
                cueCluster[d][e.cluster().ordinal()] = true;
            }
            for (EmotionCluster c : dev.get(d).clusters()) {
                goldCluster[d][c.ordinal()] = true;
            }
        }
        float[] thresholds = new float[hN];
        java.util.Arrays.fill(thresholds, 0.5f);
        for (EmotionCluster c : clusters) {
            List<Integer> members = new ArrayList<>();
            for (int h = 0; h < hN; h++) {
                if (head[h].cluster() == c) {
                    members.add(h);
                }
            }
            double best = clusterF1(c.ordinal(), members, thresholds, probs, cueCluster, goldCluster);
            for (int round = 0; round < 3; round++) {
                for (int h : members) {
                    float keep = thresholds[h];
                    for (int step = 5; step <= 99; step++) {
                        thresholds[h] = step / 100f;
                        double f = clusterF1(c.ordinal(), members, thresholds, probs, cueCluster, goldCluster);
                        if (f > best + 1e-9) {
                            best = f;
                            keep = thresholds[h];
                        }
                    }
                    thresholds[h] = keep;
                }
            }
            log.printf("cluster %-14s dev F1 %.3f%n", c.displayName(), best);
        }
        for (int h = 0; h < hN; h++) {
            log.printf("threshold %-13s %.2f%n", model.head(h), thresholds[h]);
        }
        return model.withThresholds(thresholds);
    }

    private static double clusterF1(int c, List<Integer> members, float[] thresholds, double[][] probs,
            boolean[][] cue, boolean[][] gold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int d = 0; d < probs.length; d++) {
            boolean pred = cue[d][c];
            for (int h : members) {
                pred |= probs[d][h] >= thresholds[h];
            }
            if (pred && gold[d][c]) {
                tp++;
            } else if (pred) {
                fp++;
            } else if (gold[d][c]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
