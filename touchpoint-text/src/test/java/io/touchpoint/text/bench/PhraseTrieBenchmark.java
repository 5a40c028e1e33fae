package io.touchpoint.text.bench;

import io.touchpoint.text.sentiment.LexiconEntry;
import io.touchpoint.text.sentiment.SentimentLexicon;
import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.PreparedText;
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
 * The lexicon's phrase lookup alone: the longest built-in phrase of two words or more at every token of a review of
 * about 600 characters, as the sentiment scorer asks for it. Isolates {@link PhraseTrie} from the rest of the
 * pipeline, whose run-to-run spread on a shared machine hides changes of a few per cent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx200m", "-Xms200m"})
public class PhraseTrieBenchmark {

    private PhraseTrie<LexiconEntry> phrases;
    private String[][] keys;
    private int next;

    @Setup
    public void setUp() {
        phrases = SentimentLexicon.defaults().phrases();
        List<String> reviews = ReviewCorpus.reviews(1000);
        keys = new String[reviews.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = PreparedText.of(reviews.get(i)).keys;
        }
    }

    /** Returns the number of phrases found, so that no lookup can be dropped. */
    @Benchmark
    public int lookupReview() {
        String[] k = keys[next];
        next = next + 1 == keys.length ? 0 : next + 1;
        int found = 0;
        for (int i = 0; i < k.length; i++) {
            if (phrases.longestAt(k, i, k.length, 2) != null) {
                found++;
            }
        }
        return found;
    }
}
