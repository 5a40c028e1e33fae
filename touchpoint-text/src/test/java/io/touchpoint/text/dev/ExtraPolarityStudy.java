package io.touchpoint.text.dev;

import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.sentiment.PolarityModel;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Exploratory: trains the polarity model on GoEmotions train plus labelled sentences from CSV files ({@code text,label},
 * positive or negative), each repeated {@code k} times, and writes it where a directory put first on the class path
 * overrides the shipped model. Usage: {@code ExtraPolarityStudy GOEMOTIONS_DIR OUT_DIR K [CSV...]}; the environment
 * variable {@code OFFSET} replaces the neutral offset the training computes. The twelfth session's study (docs/quality.md:
 * the UCI sentences in the GoEmotions model itself, not shipped; the review direction instead) was run at c0604e8.
 */
public final class ExtraPolarityStudy {

    private ExtraPolarityStudy() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int k = Integer.parseInt(args[2]);
        List<GoEmotions.Example> train = new ArrayList<>(GoEmotions.read(dir.resolve("train.tsv")));
        int added = 0;
        for (int i = 3; i < args.length; i++) {
            try (Reader r = Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    String label = rec.get("label");
                    Set<String> labels = switch (label) {
                        case "positive" -> Set.of("approval");
                        case "negative" -> Set.of("disapproval");
                        default -> Set.of("neutral-extra");
                    };
                    for (int j = 0; j < k; j++) {
                        train.add(new GoEmotions.Example(rec.get("text"), labels));
                        added++;
                    }
                }
            }
        }
        System.err.printf("extra examples: %d%n", added);
        LinearModel m = PolarityModel.train(train, LinearTrainer.Settings.defaults(), System.err);
        String offset = System.getenv("OFFSET");
        if (offset != null) {
            m = m.withThresholds(new float[] {Float.parseFloat(offset), 0.5f});
        }
        Path file = out.resolve("io/touchpoint/text/sentiment/goemotions-polarity.model.gz");
        Files.createDirectories(file.getParent());
        m.writeGzip(file);
        System.err.println("wrote " + file);
    }
}
