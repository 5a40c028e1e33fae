package io.touchpoint.text.bench;

import io.touchpoint.text.TextAnalyzer;
import java.util.List;
import java.util.Locale;

/** Development aid: analyze reviews in a loop for a profiler; prints reviews per second per round. */
public final class AnalyzeLoop {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> reviews = ReviewCorpus.reviews(2000);
        TextAnalyzer analyzer = TextAnalyzer.withDefaults();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (String text : reviews) {
                sink += analyzer.analyze(text).aspects().size();
            }
            double s = (System.nanoTime() - start) / 1e9;
            double c = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.0f reviews/s wall, %.0f reviews per CPU-second%n", r,
                    reviews.size() / s, reviews.size() / c);
        }
        System.out.println(sink);
    }
}
