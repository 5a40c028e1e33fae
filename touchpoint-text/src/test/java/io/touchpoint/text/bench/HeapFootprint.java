package io.touchpoint.text.bench;

import io.touchpoint.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Heap held by a loaded analyzer (lexicons, taxonomy, models) after analysing reviews, measured after full GCs.
 * Run on purpose: see docs/performance.md.
 */
public final class HeapFootprint {

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        TextAnalyzer analyzer = TextAnalyzer.withDefaults();
        List<String> reviews = ReviewCorpus.reviews(2000);
        long chars = 0;
        long start = System.nanoTime();
        for (String r : reviews) {
            chars += analyzer.analyze(r).sentences().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        reviews = null;
        long after = settledHeap(memory);
        System.out.printf(Locale.ROOT, "heap before %.1f MB, with analyzer loaded %.1f MB, analyzer holds %.1f MB "
                + "(max heap %.0f MB; 2000 reviews in %.2f s cold, %d sentences)%n", before / 1e6, after / 1e6,
                (after - before) / 1e6, Runtime.getRuntime().maxMemory() / 1e6, seconds, chars);
        System.out.println(analyzer.taxonomy().paths().size() + " topics");
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
