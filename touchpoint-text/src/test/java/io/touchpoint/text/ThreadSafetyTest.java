package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    private static final String[] PARTS = {"The staff were lovely", "the room was filthy", "breakfast was great!!",
        "wifi kept dropping", "we waited 40 minutes at check-in", "could have been cleaner", "10/10 would stay again",
        "nothing to write home about", "the pool 😍", "overpriced for what you get", "we felt so valued",
        "not bad at all", "the location is perfect", "no hot water :(", "Das Zimmer war sauber"};

    /** Seeded, so the texts are the same on every run. */
    private static List<String> texts(int n) {
        Random random = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                sb.append(PARTS[random.nextInt(PARTS.length)]).append(random.nextBoolean() ? ". " : ", but ");
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void concurrentAnalysesEqualSequentialOnes() throws Exception {
        TextAnalyzer analyzer = TextAnalyzer.withDefaults().withOverrides(SentimentOverrides.none()
                .with("dropping", SentimentLabel.NEGATIVE));
        List<String> texts = texts(400);
        List<TextAnalysis> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(analyzer.analyze(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TextAnalysis>>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                futures.add(pool.submit(() -> {
                    List<TextAnalysis> out = new ArrayList<>();
                    for (String t : texts) {
                        out.add(analyzer.analyze(t));
                    }
                    return out;
                }));
            }
            for (Future<List<TextAnalysis>> f : futures) {
                assertThat(f.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void analysesAreDeterministicAcrossInstances() {
        List<String> texts = texts(100);
        TextAnalyzer a = TextAnalyzer.withDefaults();
        TextAnalyzer b = TextAnalyzer.withDefaults().withTaxonomy(Taxonomy.fromJson(
                Taxonomy.defaultHospitality().toJson()));
        for (String t : texts) {
            assertThat(b.analyze(t)).isEqualTo(a.analyze(t));
            assertThat(a.analyze(t).toJson()).isEqualTo(a.analyze(t).toJson());
        }
    }
}
