package io.touchpoint.text.model;

import io.touchpoint.text.token.PreparedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Several logistic-regression heads over the same sparse binary {@link TextFeatures}. Trained by
 * {@link LinearTrainer}; immutable and thread-safe.
 *
 * <p>File format (UTF-8 text, gzipped): {@code heads\t<name>,...}, {@code bias\t<b>,...},
 * {@code threshold\t<t>,...}, then one {@code <feature>\t<w>,...} line per feature, sorted, empty meaning 0. Plain
 * text so a reviewer can read what the model learned.
 */
public final class LinearModel {

    private final String[] heads;
    private final float[] bias;
    private final float[] threshold;
    private final Map<String, float[]> weights;
    /** Open-addressing table of feature ids; 0 marks an empty slot. */
    private final long[] ids;
    private final int mask;
    /**
     * Weights stored in the slot of their feature, by slot then head, as thousandths (the file keeps three
     * decimals): one cache line holds a feature's weights for all heads, which is what keeps scoring fast.
     */
    private final short[] slotWeights;
    /**
     * One bit per (hashed) known feature, eight bits per slot: most pairs of words in a review are not features of
     * the model, and the bit tells so from a table an eighth the size of {@link #ids} (no probe of it).
     */
    private final long[] known;

    public LinearModel(String[] heads, float[] bias, float[] threshold, Map<String, float[]> weights) {
        if (bias.length != heads.length || threshold.length != heads.length) {
            throw new IllegalArgumentException("one bias and one threshold per head");
        }
        this.heads = heads.clone();
        this.bias = bias.clone();
        this.threshold = threshold.clone();
        this.weights = new HashMap<>(weights);
        // Load factor at most 0.6: a smaller table stays in cache, and linear probing is still short.
        int minimum = (int) Math.ceil(weights.size() / 0.6);
        int capacity = Integer.highestOneBit(Math.max(16, minimum - 1)) << 1;
        this.ids = new long[capacity];
        this.mask = capacity - 1;
        this.slotWeights = new short[capacity * heads.length];
        this.known = new long[capacity / 8];
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            long id = nonZero(TextFeatures.idOf(e.getKey()));
            int slot = (int) id & mask;
            while (ids[slot] != 0 && ids[slot] != id) {
                slot = (slot + 1) & mask;
            }
            ids[slot] = id;
            int bit = knownBit(id);
            known[(bit >>> 6) & (known.length - 1)] |= 1L << bit;
            // Two features with one 64-bit id would add up (has not happened; kept deterministic).
            for (int h = 0; h < heads.length; h++) {
                int v = slotWeights[slot * heads.length + h] + Math.round(e.getValue()[h] * 1000f);
                slotWeights[slot * heads.length + h] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE,
                        v));
            }
        }
    }

    /** The filter bit of an id: from its high half, as the slot comes from its low half. */
    private static int knownBit(long id) {
        return (int) (id >>> 32);
    }

    private static long nonZero(long id) {
        return id == 0 ? 1 : id;
    }

    /** Slot of a feature id (pass it to {@link #weight}), or -1 if the model does not know the feature. */
    public int row(long id) {
        long key = nonZero(id);
        int bit = knownBit(key);
        if ((known[(bit >>> 6) & (known.length - 1)] & (1L << bit)) == 0) {
            return -1;
        }
        int slot = (int) key & mask;
        while (true) {
            long at = ids[slot];
            if (at == key) {
                return slot;
            }
            if (at == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Weight of a feature (by its {@link #row}) for a head. */
    public float weight(int row, int head) {
        return slotWeights[row * heads.length + head] / 1000f;
    }

    /** A model with the heads of this one followed by those of {@code other} (features united). */
    public LinearModel concat(LinearModel other) {
        int a = heads.length;
        int b = other.heads.length;
        String[] h = new String[a + b];
        float[] bi = new float[a + b];
        float[] th = new float[a + b];
        for (int i = 0; i < a; i++) {
            h[i] = heads[i];
            bi[i] = bias[i];
            th[i] = threshold[i];
        }
        for (int i = 0; i < b; i++) {
            h[a + i] = other.heads[i];
            bi[a + i] = other.bias[i];
            th[a + i] = other.threshold[i];
        }
        Map<String, float[]> w = new HashMap<>();
        weights.forEach((k, v) -> w.computeIfAbsent(k, x -> new float[a + b]));
        other.weights.forEach((k, v) -> w.computeIfAbsent(k, x -> new float[a + b]));
        w.forEach((k, v) -> {
            float[] x = weights.get(k);
            if (x != null) {
                System.arraycopy(x, 0, v, 0, a);
            }
            float[] y = other.weights.get(k);
            if (y != null) {
                System.arraycopy(y, 0, v, a, b);
            }
        });
        return new LinearModel(h, bi, th, w);
    }

    /** Reads a gzipped model from the class path; null if the resource is absent. */
    public static LinearModel resource(String name) {
        InputStream in = LinearModel.class.getResourceAsStream(name);
        if (in == null) {
            return null;
        }
        try (InputStream gz = new GZIPInputStream(in)) {
            return read(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LinearModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] heads = null;
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
                    throw new IOException("a model file starts with its heads");
                }
                heads = vals;
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
            throw new IOException("incomplete model file");
        }
        return new LinearModel(heads, bias, threshold, weights);
    }

    /** Writes the model gzipped; the same model always gives the same bytes. */
    public void writeGzip(Path file) throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)) {
            {
                def.setLevel(9);
            }
        }, StandardCharsets.UTF_8)) {
            write(w);
        }
    }

    public void write(Writer w) throws IOException {
        w.write("heads\t" + String.join(",", heads) + "\n");
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
            String s = String.format(Locale.ROOT, "%.3f", v[h]);
            if (!s.equals("0.000") && !s.equals("-0.000")) {
                sb.append(s);
            }
        }
        sb.append('\n');
        w.write(sb.toString());
    }

    public int heads() {
        return heads.length;
    }

    public String head(int h) {
        return heads[h];
    }

    public List<String> headNames() {
        return List.of(heads);
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

    public LinearModel withThresholds(float[] thresholds) {
        return new LinearModel(heads, bias, thresholds, weights);
    }

    /** Logits of tokens {@code [s, e)} into {@code z} (one per head). */
    public void logits(PreparedText p, int s, int e, double[] z) {
        logits(p, s, e, z, null);
    }

    /** The same, leaving out every feature that touches a token marked in {@code skip} (per token; may be null). */
    public void logits(PreparedText p, int s, int e, double[] z, boolean[] skip) {
        if (skip == null) {
            logits(p, s, e, z, null, null);
        } else {
            logits(p, s, e, null, z, skip);
        }
    }

    /**
     * One walk over the features of tokens {@code [s, e)}: {@code all} gets the logits of every feature (may be
     * null), {@code masked} those of the features that touch no token marked in {@code skip} (null, with skip, for
     * none: then {@code all} is required).
     */
    public void logits(PreparedText p, int s, int e, double[] all, double[] masked, boolean[] skip) {
        int hN = heads.length;
        int[] sum = new int[hN];
        if (masked == null) { // the common case, kept as tight as the walk allows
            TextFeatures.extractIds(p, s, e, (id, a, b) -> {
                int r = row(id);
                if (r >= 0) {
                    int base = r * hN;
                    for (int h = 0; h < hN; h++) {
                        sum[h] += slotWeights[base + h];
                    }
                }
            });
            for (int h = 0; h < hN; h++) {
                all[h] = bias[h] + sum[h] / 1000.0;
            }
            return;
        }
        int[] sumMasked = new int[hN];
        TextFeatures.extractIds(p, s, e, (id, a, b) -> {
            int r = row(id);
            if (r < 0) {
                return;
            }
            int base = r * hN;
            if (all != null) {
                for (int h = 0; h < hN; h++) {
                    sum[h] += slotWeights[base + h];
                }
            }
            for (int t = a; t < b; t++) {
                if (skip[t]) {
                    return;
                }
            }
            for (int h = 0; h < hN; h++) {
                sumMasked[h] += slotWeights[base + h];
            }
        });
        for (int h = 0; h < hN; h++) {
            if (all != null) {
                all[h] = bias[h] + sum[h] / 1000.0;
            }
            masked[h] = bias[h] + sumMasked[h] / 1000.0;
        }
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public String toString() {
        return "LinearModel" + Arrays.toString(heads) + " with " + weights.size() + " features";
    }
}
