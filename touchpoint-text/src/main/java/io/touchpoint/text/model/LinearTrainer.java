package io.touchpoint.text.model;

import io.touchpoint.text.token.PreparedText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LinearModel}: one logistic regression per head, AdaGrad SGD over binary {@link TextFeatures},
 * fixed seed, so the same data and settings give the same model byte for byte.
 *
 * <p>Hand-rolled rather than Tribuo or OpenNLP: the model is a few thousand weights per head, training takes
 * seconds, and inference is a hash lookup per feature with no library objects in the hot path (ADR 0102).
 */
public final class LinearTrainer {

    /**
     * Training settings.
     *
     * @param minCount keep features seen in at least this many training texts
     * @param epochs passes over the data
     * @param learningRate AdaGrad base rate
     * @param l2 L2 penalty per update
     * @param maxPositiveWeight cap on the up-weighting of a rare head's positives (sqrt of the class ratio)
     * @param minWeight features whose largest absolute weight is below this are dropped from the file
     * @param seed shuffling seed
     */
    public record Settings(int minCount, int epochs, double learningRate, double l2, double maxPositiveWeight,
            float minWeight, long seed) {

        public static Settings defaults() {
            return new Settings(3, 4, 0.05, 1e-4, 4.0, 0.02f, 20240607L);
        }
    }

    private final Settings settings;

    public LinearTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Features of a whole text, each once. */
    public static List<String> features(String text) {
        PreparedText p = PreparedText.of(text);
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (int[] s : p.sentences) {
            TextFeatures.extract(p, s[0], s[1], (f, a, b) -> set.add(f));
        }
        return new ArrayList<>(set);
    }

    /**
     * Trains the heads.
     *
     * @param docs features per training text
     * @param y per text, per head: is the head's label present
     */
    public LinearModel train(String[] heads, List<List<String>> docs, boolean[][] y, PrintStream log) {
        int hN = heads.length;
        Map<String, Integer> df = new HashMap<>();
        for (List<String> d : docs) {
            for (String f : d) {
                df.merge(f, 1, Integer::sum);
            }
        }
        List<String> sorted = new ArrayList<>(df.keySet());
        sorted.sort(null);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String f : sorted) {
            if (df.get(f) >= settings.minCount()) {
                index.put(f, index.size());
            }
        }
        int fN = index.size();
        int[][] x = new int[docs.size()][];
        int[] positives = new int[hN];
        for (int d = 0; d < docs.size(); d++) {
            x[d] = docs.get(d).stream().filter(index::containsKey).mapToInt(index::get).toArray();
            for (int h = 0; h < hN; h++) {
                if (y[d][h]) {
                    positives[h]++;
                }
            }
        }
        log.printf("linear model %s: %d texts, %d features%n", String.join(",", heads), docs.size(), fN);

        float[][] w = new float[hN][fN];
        float[] b = new float[hN];
        double[][] g2 = new double[hN][fN];
        double[] gb2 = new double[hN];
        double[] posWeight = new double[hN];
        for (int h = 0; h < hN; h++) {
            double neg = docs.size() - positives[h];
            posWeight[h] = Math.min(settings.maxPositiveWeight(),
                    Math.max(1.0, Math.sqrt(neg / Math.max(1, positives[h]))));
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
                    float[] wh = w[h];
                    double z = b[h];
                    for (int f : xs) {
                        z += wh[f];
                    }
                    double p = LinearModel.sigmoid(z);
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
            log.printf("epoch %d: weighted log-loss %.4f%n", epoch + 1, loss / Math.max(1, docs.size()));
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            float[] v = new float[hN];
            float max = 0;
            for (int h = 0; h < hN; h++) {
                v[h] = Math.round(w[h][e.getValue()] * 1000f) / 1000f;
                max = Math.max(max, Math.abs(v[h]));
            }
            if (max >= settings.minWeight()) {
                weights.put(e.getKey(), v);
            }
        }
        float[] bias = new float[hN];
        float[] thresholds = new float[hN];
        for (int h = 0; h < hN; h++) {
            bias[h] = Math.round(b[h] * 1000f) / 1000f;
            thresholds[h] = 0.5f;
        }
        log.printf("kept %d of %d features%n", weights.size(), fN);
        return new LinearModel(heads, bias, thresholds, weights);
    }
}
