package io.touchpoint.text.dev;

import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.sentiment.PolarityModel;
import java.nio.file.Path;

/** Development aid: train the polarity model with given settings. Args: out minCount epochs lr l2 minWeight. */
public final class TrainPolarity {
    public static void main(String[] a) throws Exception {
        LinearTrainer.Settings s = new LinearTrainer.Settings(Integer.parseInt(a[1]), Integer.parseInt(a[2]),
                Double.parseDouble(a[3]), Double.parseDouble(a[4]), 4.0, Float.parseFloat(a[5]), 20240607L);
        LinearModel m = PolarityModel.train(GoEmotions.read(Path.of("/work/shared/data/goemotions/train.tsv")), s,
                System.err);
        m.writeGzip(Path.of(a[0]));
    }
}
