package io.touchpoint.text.bench;

import io.touchpoint.text.eval.SemEvalReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reviews of about 600 characters for benchmarks: consecutive SemEval-2014 restaurant sentences joined until a
 * review reaches 600 characters (real text), or, without shared/data, hotel sentences combined with a fixed seed.
 */
final class ReviewCorpus {

    static final int LENGTH = 600;

    private static final String[] SYNTHETIC = {
        "The staff at reception were friendly and check-in was quick.",
        "Our room was spacious and spotless, with a comfortable bed.",
        "Breakfast could have been better, the eggs were cold and the coffee was weak.",
        "The location is great, only five minutes from the station.",
        "Wifi kept dropping in the evening which was annoying.",
        "We waited 40 minutes for room service and nobody apologised.",
        "The pool area was lovely but the loungers were worn out.",
        "Housekeeping did a fantastic job every day.",
        "It was a bit noisy at night because of the traffic.",
        "Not cheap, but worth every penny for the view from the balcony.",
        "The bathroom needs updating and the shower pressure was weak.",
        "Would definitely stay again, highly recommended!",
        "The restaurant menu was limited and overpriced for what you get.",
        "Parking was easy and the valet was very helpful.",
        "Nothing to write home about, an average hotel for a short stay.",
        "Thank you to Maria at the front desk who went above and beyond :)",
    };

    private ReviewCorpus() {
    }

    static List<String> reviews(int count) {
        Path data = dataDir().resolve("reviews-dev/Restaurants_Train_v2.xml");
        List<String> sentences = new ArrayList<>();
        if (Files.isReadable(data)) {
            try {
                for (SemEvalReader.Sentence s : SemEvalReader.read(data)) {
                    sentences.add(s.text().trim());
                }
            } catch (IOException e) {
                sentences.clear();
            }
        }
        Random random = new Random(42);
        List<String> out = new ArrayList<>(count);
        int next = 0;
        while (out.size() < count) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < LENGTH) {
                String s = sentences.isEmpty() ? SYNTHETIC[random.nextInt(SYNTHETIC.length)]
                        : sentences.get(next++ % sentences.size());
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** shared/data beside the repository (../shared/data from the repo root), or /work/shared/data. */
    static Path dataDir() {
        Path fromModule = Path.of("../../shared/data");
        if (Files.isDirectory(fromModule)) {
            return fromModule;
        }
        Path fromRoot = Path.of("../shared/data");
        if (Files.isDirectory(fromRoot)) {
            return fromRoot;
        }
        return Path.of("/work/shared/data");
    }
}
