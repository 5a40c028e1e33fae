package io.touchpoint.text.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy, per-class precision/recall/F1 and macro-F1 from a confusion matrix over named classes.
 *
 * <p>Macro-F1 is the unweighted mean of the per-class F1 over classes that occur in gold or predictions (the usual
 * scikit-learn definition); a class with no gold and no predicted instance is left out.
 */
public final class LabelMetrics {

    private final List<String> classes;
    private final long[][] confusion;
    private long n;

    public LabelMetrics(List<String> classes) {
        this.classes = List.copyOf(classes);
        this.confusion = new long[classes.size()][classes.size()];
    }

    public void add(String gold, String predicted) {
        int g = index(gold);
        int p = index(predicted);
        confusion[g][p]++;
        n++;
    }

    private int index(String c) {
        int i = classes.indexOf(c);
        if (i < 0) {
            throw new IllegalArgumentException("unknown class " + c + ", expected one of " + classes);
        }
        return i;
    }

    public long n() {
        return n;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < classes.size(); i++) {
            correct += confusion[i][i];
        }
        return n == 0 ? 0 : (double) correct / n;
    }

    /** Per-class figures. */
    public record ClassFigures(double precision, double recall, double f1, long support) {
    }

    public Map<String, ClassFigures> perClass() {
        Map<String, ClassFigures> out = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            long tp = confusion[c][c];
            long gold = 0;
            long pred = 0;
            for (int k = 0; k < classes.size(); k++) {
                gold += confusion[c][k];
                pred += confusion[k][c];
            }
            double p = pred == 0 ? 0 : (double) tp / pred;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.put(classes.get(c), new ClassFigures(p, r, f, gold));
        }
        return out;
    }

    public double macroF1() {
        double sum = 0;
        int k = 0;
        Map<String, ClassFigures> pc = perClass();
        for (int c = 0; c < classes.size(); c++) {
            long gold = 0;
            long pred = 0;
            for (int j = 0; j < classes.size(); j++) {
                gold += confusion[c][j];
                pred += confusion[j][c];
            }
            if (gold + pred == 0) {
                continue;
            }
            sum += pc.get(classes.get(c)).f1();
            k++;
        }
        return k == 0 ? 0 : sum / k;
    }

    public long[][] confusion() {
        long[][] copy = new long[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public List<String> classes() {
        return classes;
    }
}
