package io.touchpoint.text.dev;

import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.sentiment.PolarityModel;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid: trains the GoEmotions polarity model with other settings than the shipped ones and writes it where
 * a classpath entry placed before the jar's resources finds it ({@code OUT/io/touchpoint/text/sentiment/}), so the
 * whole engine can be scored with it. Usage: PolarityGrid GOEMOTIONS_DIR OUT minCount epochs rate l2 maxPositive
 */
public final class PolarityGrid {
    public static void main(String[] args) throws Exception {
        List<GoEmotions.Example> train = GoEmotions.read(Path.of(args[0]).resolve("train.tsv"));
        LinearTrainer.Settings d = LinearTrainer.Settings.defaults();
        LinearTrainer.Settings s = new LinearTrainer.Settings(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Double.parseDouble(args[4]), Double.parseDouble(args[5]), Double.parseDouble(args[6]),
                d.minWeight(), d.seed());
        LinearModel m = PolarityModel.train(train, s, new PrintStream(OutputStream.nullOutputStream()));
        Path out = Path.of(args[1]).resolve("io/touchpoint/text/sentiment");
        Files.createDirectories(out);
        m.writeGzip(out.resolve("goemotions-polarity.model.gz"));
        System.err.printf("%s: %d features%n", s, m.features());
    }
}
