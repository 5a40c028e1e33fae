package io.touchpoint.text.emotion;

import io.touchpoint.text.ShawEmotion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * One-vs-rest logistic regression over {@link EmotionFeatures}, one head per Shaw emotion that GoEmotions can
 * teach. Trained by {@link EmotionTrainer}; shipped as {@code emotion/goemotions-shaw.model.gz}. Immutable.
 *
 * <p>File format (UTF-8 text, gzipped): {@code heads\t<emotion>,...}, {@code bias\t<b>,...},
 * {@code threshold\t<t>,...}, then one {@code <feature>\t<w>,...} line per feature (empty = 0).
 */
public final class EmotionModel {

    public static final String RESOURCE = "/io/touchpoint/text/emotion/goemotions-shaw.model.gz";

    private final ShawEmotion[] heads;
    private final float[] bias;
    private final float[] threshold;
    private final Map<String, float[]> weights;

    public EmotionModel(ShawEmotion[] heads, float[] bias, float[] threshold, Map<String, float[]> weights) {
        this.heads = heads.clone();
        this.bias = bias.clone();
        this.threshold = threshold.clone();
        this.weights = Map.copyOf(weights);
    }

    private static final class Holder {
        static final EmotionModel DEFAULT = loadDefault();
    }

    /** The shipped model, or null if the jar has none (then only cue phrases detect emotions). */
    public static EmotionModel defaults() {
        return Holder.DEFAULT;
    }

    private static EmotionModel loadDefault() {
        InputStream in = EmotionModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (InputStream gz = new GZIPInputStream(in)) {
            return read(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EmotionModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        ShawEmotion[] heads = null;
        float[] bias = null;
        float[] threshold = null;
        Map<String, float[]> weights = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String key = line.substring(0, tab);
            String[] vals = line.substring(tab + 1).split(",", -1);
            if (heads == null) {
                if (!key.equals("heads")) {
                    throw new IOException("emotion model must start with heads");
                }
                heads = new ShawEmotion[vals.length];
                for (int h = 0; h < vals.length; h++) {
                    heads[h] = ShawEmotion.parse(vals[h]);
                }
                continue;
            }
            float[] v = new float[heads.length];
            for (int h = 0; h < vals.length && h < v.length; h++) {
                v[h] = vals[h].isEmpty() ? 0f : Float.parseFloat(vals[h]);
            }
            if (key.equals("bias") && bias == null) {
                bias = v;
            } else if (key.equals("threshold") && threshold == null) {
                threshold = v;
            } else {
                weights.put(key, v);
            }
        }
        if (heads == null || bias == null || threshold == null) {
            throw new IOException("incomplete emotion model");
        }
        return new EmotionModel(heads, bias, threshold, weights);
    }

    public void write(Writer w) throws IOException {
        w.write("heads\t");
        for (int h = 0; h < heads.length; h++) {
            w.write((h > 0 ? "," : "") + heads[h].displayName());
        }
        w.write("\n");
        writeRow(w, "bias", bias);
        writeRow(w, "threshold", threshold);
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            writeRow(w, e.getKey(), e.getValue());
        }
    }

    private static void writeRow(Writer w, String key, float[] v) throws IOException {
        StringBuilder sb = new StringBuilder(key.length() + v.length * 6);
        sb.append(key).append('\t');
        for (int h = 0; h < v.length; h++) {
            if (h > 0) {
                sb.append(',');
            }
            if (v[h] != 0f) {
                String s = String.format(Locale.ROOT, "%.3f", v[h]);
                sb.append(s.equals("0.000") || s.equals("-0.000") ? "" : s);
            }
        }
        sb.append('\n');
        w.write(sb.toString());
    }

    public int heads() {
        return heads.length;
    }

    public ShawEmotion head(int h) {
        return heads[h];
    }

    public float bias(int h) {
        return bias[h];
    }

    public float threshold(int h) {
        return threshold[h];
    }

    /** Weights of a feature per head, or null. */
    public float[] weights(String feature) {
        return weights.get(feature);
    }

    public int features() {
        return weights.size();
    }

    public EmotionModel withThresholds(float[] thresholds) {
        return new EmotionModel(heads, bias, thresholds, weights);
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Head index of an emotion, or -1. */
    public int indexOf(ShawEmotion e) {
        for (int h = 0; h < heads.length; h++) {
            if (heads[h] == e) {
                return h;
            }
        }
        return -1;
    }

    List<ShawEmotion> headList() {
        return new ArrayList<>(List.of(heads));
    }
}
