package io.touchpoint.text.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.text.token.PreparedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static final String[] TEXTS = {"I love this, thank you", "so happy and grateful", "this is not good",
        "I hate waiting", "terrible, not happy at all", "wonderful thanks", "awful and rude", "love love love"};
    private static final boolean[][] LABELS = {{true}, {true}, {false}, {false}, {false}, {true}, {false}, {true}};

    private static LinearModel train() {
        List<List<String>> docs = new ArrayList<>();
        for (String t : TEXTS) {
            docs.add(LinearTrainer.features(t));
        }
        LinearTrainer.Settings s = new LinearTrainer.Settings(1, 20, 0.2, 1e-4, 4.0, 0.0f, 42L);
        return new LinearTrainer(s).train(new String[] {"positive"}, docs, LABELS,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static String text(LinearModel m) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            m.write(w);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainingIsDeterministicAndLearnsTheTrainingData() throws Exception {
        LinearModel a = train();
        assertThat(text(a)).isEqualTo(text(train()));
        double[] z = new double[1];
        PreparedText p = PreparedText.of("thank you, I love it");
        a.logits(p, 0, p.tokens.size(), z);
        assertThat(LinearModel.sigmoid(z[0])).isGreaterThan(0.5);
        PreparedText q = PreparedText.of("not happy, awful");
        a.logits(q, 0, q.tokens.size(), z);
        assertThat(LinearModel.sigmoid(z[0])).isLessThan(0.5);
    }

    @Test
    void fileRoundTripAndHashedFeaturesAgreeWithStringFeatures() throws Exception {
        LinearModel a = train();
        LinearModel back = LinearModel.read(new ByteArrayInputStream(text(a).getBytes(StandardCharsets.UTF_8)));
        assertThat(text(back)).isEqualTo(text(a));
        PreparedText p = PreparedText.of("I don't love waiting!! THANK you");
        List<String> strings = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        TextFeatures.extract(p, 0, p.tokens.size(), (f, x, y) -> strings.add(f));
        TextFeatures.extractIds(p, 0, p.tokens.size(), (id, x, y) -> ids.add(id));
        assertThat(strings).contains("!love", "<!>", "<caps>", "don't love");
        assertThat(strings.stream().map(TextFeatures::idOf).toList()).isEqualTo(ids);
    }

    @Test
    void concatenatedModelsKeepEachHeadsWeights() {
        LinearModel a = train();
        LinearModel both = a.concat(a);
        assertThat(both.headNames()).containsExactly("positive", "positive");
        PreparedText p = PreparedText.of("love it");
        double[] one = new double[1];
        double[] two = new double[2];
        a.logits(p, 0, p.tokens.size(), one);
        both.logits(p, 0, p.tokens.size(), two);
        assertThat(two[0]).isEqualTo(one[0]);
        assertThat(two[1]).isEqualTo(one[0]);
    }
}
