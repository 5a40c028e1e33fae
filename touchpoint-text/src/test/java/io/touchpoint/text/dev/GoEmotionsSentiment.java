package io.touchpoint.text.dev;

import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.json.AnalysisJson;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;

/**
 * Writes a 3-class sentiment gold for a GoEmotions split as a CSV {@code text,label}, for
 * {@code TextCli evaluate --input OUT.csv}. Aggregate counts only on standard output; no comment is printed.
 *
 * <p>Labelling rule, with Google's {@code sentiment_dict.json} groups (positive: 12 emotions, negative: 11,
 * ambiguous: 4): a comment labelled only "neutral" is neutral; a comment whose labels are all in the positive group is
 * positive, all in the negative group negative; every other comment is left out (any ambiguous emotion, both
 * groups, or "neutral" together with an emotion). Rows are read with {@link GoEmotions#read} (which removes the
 * CSV-style quoting of about 2.5% of the texts); its label order is checked against {@code emotions.txt}.
 *
 * <p>Usage: GoEmotionsSentiment GOEMOTIONS_DIR SPLIT.tsv OUT.csv [VADER.tsv] (write the files outside the
 * repository, e.g. under target/: the comments are research data and must not be committed). The optional second
 * file holds the same comments as {@code label TAB text} lines, the input of {@code tools/vader-baseline.js}.
 */
public final class GoEmotionsSentiment {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path split = dir.resolve(args[1]);
        Path out = Path.of(args[2]);
        List<String> names = Files.readAllLines(dir.resolve("emotions.txt"), StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (!names.equals(GoEmotions.LABELS)) {
            throw new IllegalStateException("emotions.txt does not match GoEmotions.LABELS: " + names);
        }
        JsonNode groups = AnalysisJson.MAPPER.readTree(
                Files.readString(dir.resolve("sentiment_dict.json"), StandardCharsets.UTF_8));
        Map<String, String> group = new HashMap<>();
        for (String g : List.of("positive", "negative", "ambiguous")) {
            for (JsonNode e : groups.get(g)) {
                if (!names.contains(e.asString())) {
                    throw new IllegalStateException("unknown emotion in sentiment_dict.json: " + e.asString());
                }
                group.put(e.asString(), g);
            }
        }
        group.put("neutral", "neutral");
        if (group.size() != names.size()) {
            throw new IllegalStateException("sentiment_dict.json does not cover every emotion");
        }
        int neutral = 0, positive = 0, negative = 0, ambiguous = 0, both = 0, neutralPlus = 0, n = 0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path vader = args.length > 3 ? Path.of(args[3]) : null;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                Writer v = vader == null ? Writer.nullWriter() : Files.newBufferedWriter(vader, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("text", "label").get())) {
            for (GoEmotions.Example ex : GoEmotions.read(split)) {
                n++;
                Set<String> g = new java.util.HashSet<>();
                ex.labels().forEach(l -> g.add(group.get(l)));
                String label = null;
                if (g.equals(Set.of("neutral"))) {
                    label = "neutral";
                    neutral++;
                } else if (g.equals(Set.of("positive"))) {
                    label = "positive";
                    positive++;
                } else if (g.equals(Set.of("negative"))) {
                    label = "negative";
                    negative++;
                } else if (g.contains("ambiguous")) {
                    ambiguous++;
                } else if (g.contains("positive") && g.contains("negative")) {
                    both++;
                } else {
                    neutralPlus++;
                }
                if (label != null) {
                    csv.printRecord(ex.text(), label);
                    v.write(label + "\t" + ex.text().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ') + "\n");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d comments; kept %d: negative %d, neutral %d, positive %d; left out %d: "
                + "with an ambiguous emotion %d, both positive and negative %d, neutral with an emotion %d%n",
                split.getFileName(), n, neutral + positive + negative, negative, neutral, positive,
                ambiguous + both + neutralPlus, ambiguous, both, neutralPlus);
        System.out.println("wrote " + out + (vader == null ? "" : " and " + vader));
    }
}
