package io.touchpoint.text.emotion;

import io.touchpoint.text.ShawEmotion;
import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.token.PreparedText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the shipped {@link EmotionModel} from GoEmotions: one logistic regression per Shaw emotion, AdaGrad SGD
 * over binary features, fixed seed, so the same data gives the same model byte for byte.
 *
 * <p>Decision thresholds are then chosen per head on the dev split, through {@link EmotionDetector} itself (model
 * plus cue phrases, sentence by sentence), maximising that head's F1. The test split is never seen.
 */
public final class EmotionTrainer {

    /** Training settings. */
    public record Settings(int minCount, int epochs, double learningRate, double l2, double maxPositiveWeight,
            long seed) {

        public static Settings defaults() {
            return new Settings(2, 8, 0.2, 2e-6, 4.0, 20240607L);
        }
    }

    private final Settings settings;

    public EmotionTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Heads trained from GoEmotions, in Shaw's order. */
    public static ShawEmotion[] trainedHeads() {
        Set<ShawEmotion> set = EnumSet.noneOf(ShawEmotion.class);
        set.addAll(GoEmotions.TRAINED_SOURCES.keySet());
        return set.toArray(ShawEmotion[]::new);
    }

    public EmotionModel train(List<GoEmotions.Example> train, List<GoEmotions.Example> dev, PrintStream log) {
        ShawEmotion[] heads = trainedHeads();
        int hN = heads.length;
        // Vocabulary: features seen in at least minCount training comments.
        List<List<String>> docs = new ArrayList<>(train.size());
        Map<String, Integer> df = new HashMap<>();
        for (GoEmotions.Example ex : train) {
            List<String> feats = features(ex.text());
            docs.add(feats);
            for (String f : feats) {
                df.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> sorted = new ArrayList<>(df.keySet());
        sorted.sort(null);
        for (String f : sorted) {
            if (df.get(f) >= settings.minCount()) {
                index.put(f, index.size());
            }
        }
        int fN = index.size();
        int[][] x = new int[docs.size()][];
        boolean[][] y = new boolean[docs.size()][hN];
        int[] positives = new int[hN];
        for (int d = 0; d < docs.size(); d++) {
            x[d] = docs.get(d).stream().filter(index::containsKey).mapToInt(index::get).toArray();
            Set<ShawEmotion> gold = train.get(d).shaw();
            for (int h = 0; h < hN; h++) {
                y[d][h] = gold.contains(heads[h]);
                if (y[d][h]) {
                    positives[h]++;
                }
            }
        }
        log.printf("emotion model: %d comments, %d features, %d heads%n", docs.size(), fN, hN);

        float[][] w = new float[hN][fN];
        float[] b = new float[hN];
        double[][] g2 = new double[hN][fN];
        double[] gb2 = new double[hN];
        double[] posWeight = new double[hN];
        for (int h = 0; h < hN; h++) {
            double neg = docs.size() - positives[h];
            posWeight[h] = Math.min(settings.maxPositiveWeight(), Math.max(1.0, Math.sqrt(neg / Math.max(1,
                    positives[h]))));
            b[h] = (float) Math.log((positives[h] + 1.0) / (neg + 1.0));
        }
        Random random = new Random(settings.seed());
        int[] order = new int[docs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double eta = settings.learningRate();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double loss = 0;
            for (int d : order) {
                int[] xs = x[d];
                for (int h = 0; h < hN; h++) {
                    double z = b[h];
                    float[] wh = w[h];
                    for (int f : xs) {
                        z += wh[f];
                    }
                    double p = EmotionModel.sigmoid(z);
                    boolean pos = y[d][h];
                    double weight = pos ? posWeight[h] : 1.0;
                    double grad = weight * (p - (pos ? 1.0 : 0.0));
                    loss += -weight * Math.log(Math.max(1e-12, pos ? p : 1 - p));
                    gb2[h] += grad * grad;
                    b[h] -= (float) (eta * grad / Math.sqrt(gb2[h] + 1e-8));
                    double[] gh = g2[h];
                    for (int f : xs) {
                        double gf = grad + settings.l2() * wh[f];
                        gh[f] += gf * gf;
                        wh[f] -= (float) (eta * gf / Math.sqrt(gh[f] + 1e-8));
                    }
                }
            }
            log.printf("epoch %d: weighted log-loss %.4f%n", epoch + 1, loss / docs.size());
        }

        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            float[] v = new float[hN];
            float max = 0;
            for (int h = 0; h < hN; h++) {
                v[h] = Math.round(w[h][e.getValue()] * 1000f) / 1000f;
                max = Math.max(max, Math.abs(v[h]));
            }
            // Features that barely move any head only cost memory.
            if (max >= 0.05f) {
                weights.put(e.getKey(), v);
            }
        }
        float[] bias = new float[hN];
        float[] thresholds = new float[hN];
        for (int h = 0; h < hN; h++) {
            bias[h] = Math.round(b[h] * 1000f) / 1000f;
            thresholds[h] = 0.5f;
        }
        EmotionModel model = new EmotionModel(heads, bias, thresholds, weights);
        log.printf("kept %d of %d features%n", weights.size(), fN);
        return tuneThresholds(model, dev, log);
    }

    /** Picks, per head, the threshold with the best F1 on dev, with the cue phrases counted in. */
    EmotionModel tuneThresholds(EmotionModel model, List<GoEmotions.Example> dev, PrintStream log) {
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
                cue[d][h] = cues.contains(model.head(h));
                gold[d][h] = g.contains(model.head(h));
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
            log.printf("threshold %-13s %.2f (dev F1 %.3f)%n", model.head(h).displayName(), bestT, bestF);
        }
        return model.withThresholds(thresholds);
    }

    static List<String> features(String text) {
        PreparedText p = PreparedText.of(text);
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
        for (int[] s : p.sentences) {
            EmotionFeatures.extract(p, s[0], s[1], (f, a, b) -> set.add(f));
        }
        return new ArrayList<>(set);
    }
}
