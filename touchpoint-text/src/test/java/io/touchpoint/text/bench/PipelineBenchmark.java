package io.touchpoint.text.bench;

import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the full pipeline (language, sentiment, aspects, emotions) on reviews of about 600 characters, one
 * review per operation. Run on purpose, not in the build: see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx200m", "-Xms200m"})
public class PipelineBenchmark {

    private TextAnalyzer analyzer;
    private List<String> reviews;
    private int next;

    @Setup
    public void setUp() {
        analyzer = TextAnalyzer.withDefaults();
        reviews = ReviewCorpus.reviews(1000);
        next = 0;
    }

    @Benchmark
    public TextAnalysis analyzeReview() {
        String r = reviews.get(next);
        next = next + 1 == reviews.size() ? 0 : next + 1;
        return analyzer.analyze(r);
    }
}
