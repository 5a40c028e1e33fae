package io.touchpoint.stats.bench;

import io.touchpoint.stats.ChangeTest;
import io.touchpoint.stats.NetPromoterScore;
import io.touchpoint.stats.NpsAnalysis;
import io.touchpoint.stats.NpsEstimate;
import io.touchpoint.stats.RatingAnalysis;
import io.touchpoint.stats.RatingEstimate;
import io.touchpoint.stats.RatingScale;
import io.touchpoint.stats.RatingSummary;
import io.touchpoint.stats.TrendChange;
import io.touchpoint.stats.cli.MetricsCli;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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
 * What a dashboard tile costs once the aggregates are in hand (estimate from counts, a
 * period-over-period test), what tallying raw answers costs, and what the metrics command costs
 * end to end on 100,000 CSV rows. Run on purpose, see docs/performance.md ("Stats engine").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StatsBenchmark {

    private static final int ROWS = 100_000;

    private NetPromoterScore lastMonth;
    private NetPromoterScore thisMonth;
    private RatingSummary csatLastMonth;
    private RatingSummary csatThisMonth;
    private int[] rawScores;
    private byte[] csv;
    private PrintStream sink;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        lastMonth = NetPromoterScore.of(1_200, 1_900, 3_100);
        thisMonth = NetPromoterScore.of(1_150, 1_850, 3_300);
        csatLastMonth = RatingSummary.of(RatingScale.csat(), 5_000, 19_000, 78_000, 3_500);
        csatThisMonth = RatingSummary.of(RatingScale.csat(), 5_200, 20_100, 83_000, 3_800);
        rawScores = random.ints(ROWS, 0, 11).toArray();
        StringBuilder text = new StringBuilder("score,group\n");
        for (int i = 0; i < ROWS; i++) {
            text.append(rawScores[i]).append(",segment-").append(i % 20).append('\n');
        }
        csv = text.toString().getBytes(StandardCharsets.UTF_8);
        sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public NpsEstimate npsEstimateFromCounts() {
        return NpsAnalysis.withDefaults().estimate(thisMonth);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public TrendChange npsPeriodComparison() {
        return ChangeTest.withDefaults().compare(lastMonth, thisMonth);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public RatingEstimate csatEstimateFromAggregates() {
        return RatingAnalysis.withDefaults().estimate(csatThisMonth);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public TrendChange csatMeanWelchComparison() {
        return ChangeTest.withDefaults().compareMeans(csatLastMonth, csatThisMonth);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public NetPromoterScore tallyOfRawScores() {
        return NetPromoterScore.ofScores(rawScores);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int metricsCommandOnCsv() {
        return MetricsCli.run(new String[] {"nps", "--input", "-"}, new ByteArrayInputStream(csv), sink, sink);
    }
}
