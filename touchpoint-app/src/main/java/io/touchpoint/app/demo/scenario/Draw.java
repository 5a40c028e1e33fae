package io.touchpoint.app.demo.scenario;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Random draws used by the generators. StrictMath, not Math, so results are bit-identical on every JVM and CPU.
 */
final class Draw {

    private Draw() {
    }

    /** A well-spread seed for stream {@code i} of a run (SplitMix64 finaliser). */
    static long mix(long seed, long i) {
        long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    /** Uniform in [from, to], both included. */
    static int between(SplittableRandom r, int from, int to) {
        return from + r.nextInt(to - from + 1);
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Exponential with the given mean. */
    static double exponential(SplittableRandom r, double mean) {
        return -mean * StrictMath.log(1.0 - r.nextDouble());
    }

    static <T> T weighted(SplittableRandom r, List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T t : items) {
            total += weight.applyAsDouble(t);
        }
        double x = r.nextDouble() * total;
        for (T t : items) {
            x -= weight.applyAsDouble(t);
            if (x < 0) {
                return t;
            }
        }
        return items.get(items.size() - 1);
    }

    static int weightedIndex(SplittableRandom r, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
