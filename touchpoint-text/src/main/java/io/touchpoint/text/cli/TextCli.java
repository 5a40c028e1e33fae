package io.touchpoint.text.cli;

import io.touchpoint.text.EmotionCluster;
import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.SentimentOverrides;
import io.touchpoint.text.ShawEmotion;
import io.touchpoint.text.Taxonomy;
import io.touchpoint.text.TextAnalysis;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.TopicSuggestion;
import io.touchpoint.text.model.LinearModel;
import io.touchpoint.text.model.LinearTrainer;
import io.touchpoint.text.sentiment.PolarityModel;
import io.touchpoint.text.emotion.EmotionTrainer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.GoEmotions;
import io.touchpoint.text.eval.LabelMetrics;
import io.touchpoint.text.eval.SemEvalReader;
import io.touchpoint.text.json.AnalysisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Command line of the text engine: {@code java -jar touchpoint.jar text <command> ...}.
 *
 * <p>Only JSON goes to standard output, one object per line; messages go to standard error. Exit codes: 0 done,
 * 1 failure (unreadable input, bad data), 2 usage error.
 */
public final class TextCli {

    static final String USAGE = """
            usage: text <command> [options]
              analyze [--input FILE] [--column NAME] [--taxonomy FILE] [--overrides FILE]
                  one JSON analysis per line of text (standard input if no --input), or per CSV row when the input
                  ends in .csv (.tsv: tab-separated) or --column is given (default column: text)
              evaluate --input FILE [--column NAME] [--label-column NAME] [--sentences-alone] [--context-weight W]
                  FILE is a CSV (or .tsv) with columns text,label (negative/neutral/positive; rows with another or no label
                  are skipped, listed on stderr and counted as "skipped") or a SemEval-2014/2015 XML file;
                  last line: {"n":..,"accuracy":..,"macroF1":..,"perClass":{..}}. SemEval-2015 sentences are read
                  in their review (each review analysed as one text) unless --sentences-alone; --context-weight
                  (0 to 1) is the share of the text's sentiment a sentence without evidence of its own takes
              evaluate-emotions --input test.tsv
                  GoEmotions TSV mapped to Shaw's clusters; last line: per-cluster F1
              suggest-topics [--input FILE] [--column NAME] [--limit N] [--min-texts N] [--taxonomy FILE]
                  frequent key phrases among texts no topic covers
              taxonomy
                  print the built-in hospitality taxonomy as JSON
              train --goemotions DIR --out DIR [--reviews FILE.csv[,FILE.csv...]]
                  retrain the polarity and emotion models from GoEmotions train.tsv (emotion thresholds tuned on
                  dev.tsv); writes goemotions-polarity.model.gz and goemotions-shaw.model.gz; with --reviews
                  (columns text,label) also the review direction, review-polarity.model.gz
            """;

    private TextCli() {
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; {@code args} are what follows "text" on the command line. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            err.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("text: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "analyze" -> analyze(o, in, out, err);
                case "evaluate" -> evaluate(o, out, err);
                case "evaluate-emotions" -> evaluateEmotions(o, out, err);
                case "suggest-topics" -> suggest(o, in, out, err);
                case "taxonomy" -> {
                    out.println(Taxonomy.defaultHospitality().toJson());
                    yield 0;
                }
                case "train" -> train(o, err);
                default -> {
                    err.println("text: unknown command " + args[0]);
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("text: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            err.println("text: " + e.getMessage());
            return 1;
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    record Options(Map<String, String> values) {

        /** Options that take no value. */
        private static final Set<String> FLAGS = Set.of("sentences-alone");

        static Options parse(String[] args) {
            Map<String, String> v = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + a);
                }
                String key = a.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (FLAGS.contains(key)) {
                    value = "true";
                } else if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option --" + key + " needs a value");
                    }
                    value = args[++i];
                }
                v.put(key, value);
            }
            return new Options(v);
        }

        String get(String key) {
            return values.get(key);
        }

        String require(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new UsageException("missing --" + key);
            }
            return v;
        }

        boolean flag(String key) {
            return values.containsKey(key);
        }

        double getDouble(String key, double dflt) {
            String v = values.get(key);
            if (v == null) {
                return dflt;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + key + " needs a number: " + v);
            }
        }

        int getInt(String key, int dflt) {
            String v = values.get(key);
            if (v == null) {
                return dflt;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + key + " needs a number: " + v);
            }
        }
    }

    private static TextAnalyzer analyzer(Options o) throws IOException {
        TextAnalyzer a = TextAnalyzer.withDefaults();
        if (o.get("taxonomy") != null) {
            a = a.withTaxonomy(Taxonomy.fromJson(Files.readString(Path.of(o.get("taxonomy")))));
        }
        if (o.get("overrides") != null) {
            a = a.withOverrides(SentimentOverrides.parse(Files.readString(Path.of(o.get("overrides")))));
        }
        return a;
    }

    /** Texts from lines or a CSV column. */
    private static List<String> texts(Options o, InputStream in) throws IOException {
        String input = o.get("input");
        String column = o.get("column");
        boolean csv = column != null || (input != null && (input.toLowerCase(Locale.ROOT).endsWith(".csv")
                || isTsv(input)));
        try (Reader r = withoutByteOrderMark(input == null ? new InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8))) {
            List<String> texts = new ArrayList<>();
            if (csv) {
                String col = column == null ? "text" : column;
                try (CSVParser p = csv(input).parse(r)) {
                    if (!p.getHeaderMap().containsKey(col)) {
                        throw new IllegalArgumentException("CSV has no column " + col + "; columns: "
                                + p.getHeaderNames());
                    }
                    for (CSVRecord rec : p) {
                        texts.add(rec.isSet(col) ? rec.get(col) : ""); // a short row: one (empty) result, so outputs stay row by row
                    }
                }
            } else {
                BufferedReader br = new BufferedReader(r);
                String line;
                while ((line = br.readLine()) != null) {
                    texts.add(line);
                }
            }
            return texts;
        }
    }

    private static int analyze(Options o, InputStream in, PrintStream out, PrintStream err) throws IOException {
        TextAnalyzer analyzer = analyzer(o);
        long start = System.nanoTime();
        int n = 0;
        for (String t : texts(o, in)) {
            TextAnalysis a = analyzer.analyze(t);
            out.println(a.toJson());
            n++;
        }
        err.printf(Locale.ROOT, "analyzed %d texts in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static int evaluate(Options o, PrintStream out, PrintStream err) throws IOException {
        Path file = Path.of(o.require("input"));
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file);
        }
        TextAnalyzer analyzer = analyzer(o);
        double weight = o.getDouble("context-weight", analyzer.contextWeight());
        if (!(weight >= 0 && weight <= 1)) {
            throw new UsageException("--context-weight must be in [0, 1]: " + weight);
        }
        analyzer = analyzer.withContextWeight(weight);
        Evaluator evaluator = new Evaluator(analyzer);
        ObjectNode result = AnalysisJson.MAPPER.createObjectNode();
        Evaluator.SentimentReport report;
        if (SemEvalReader.looksLikeSemEval(file)) {
            List<SemEvalReader.Sentence> sentences = SemEvalReader.read(file);
            List<Evaluator.Labelled> labelled = Evaluator.labelled(sentences);
            boolean inReviews = !o.flag("sentences-alone") && sentences.stream().anyMatch(s -> s.reviewId() != null);
            err.printf(Locale.ROOT, "%s: %d sentences, %d labelled (README rule); %s%n", file.getFileName(),
                    sentences.size(), labelled.size(), inReviews
                            ? "each review analysed as one text, context weight " + weight
                            : "each sentence analysed alone");
            report = inReviews ? evaluator.sentimentInReviews(sentences) : evaluator.sentiment(labelled);
            writeSentiment(result, report);
            Evaluator.AspectReport ar = inReviews ? evaluator.aspectsInReviews(sentences) : evaluator.aspects(sentences);
            ObjectNode aspects = result.putObject("aspectCategories");
            aspects.put("precision", AnalysisJson.round(ar.precision()));
            aspects.put("recall", AnalysisJson.round(ar.recall()));
            aspects.put("f1", AnalysisJson.round(ar.f1()));
            aspects.put("gold", ar.gold());
            aspects.put("predicted", ar.predicted());
            aspects.put("polarityAccuracy", AnalysisJson.round(ar.polarityAccuracy()));
            aspects.put("polarityN", ar.polarityN());
            ObjectNode per = aspects.putObject("perCategory");
            ar.perCategory().forEach((k, v) -> {
                ObjectNode c = per.putObject(k);
                c.put("precision", AnalysisJson.round(v[0]));
                c.put("recall", AnalysisJson.round(v[1]));
                c.put("f1", AnalysisJson.round(v[2]));
                c.put("support", (long) v[3]);
            });
        } else {
            List<String> problems = new ArrayList<>();
            List<Evaluator.Labelled> data = labelledCsv(file, o.get("column") == null ? "text" : o.get("column"),
                    o.get("label-column") == null ? "label" : o.get("label-column"), problems);
            err.printf("%s: %d labelled texts%n", file.getFileName(), data.size());
            // A row without a usable label is reported and left out; the others are still scored.
            problems.stream().limit(20).forEach(pr -> err.println("skipped " + pr));
            if (problems.size() > 20) {
                err.printf("... and %d more rows skipped%n", problems.size() - 20);
            }
            if (data.isEmpty()) {
                throw new IllegalArgumentException("no row with a text and a label (negative, neutral or positive)");
            }
            report = evaluator.sentiment(data);
            writeSentiment(result, report);
            result.put("skipped", problems.size());
            result.put("otherLanguage", report.otherLanguage());
            if (report.otherLanguage() > 0) {
                err.printf("texts not in English: %d (not analysed; they count as neutral predictions)%n",
                        report.otherLanguage());
            }
        }
        LabelMetrics m = report.threeClass();
        err.printf(Locale.ROOT, "3-class accuracy %.4f, macro-F1 %.4f; 2-class accuracy %.4f (n=%d)%n", m.accuracy(),
                m.macroF1(), report.twoClassAccuracy(), report.twoClassN());
        out.println(AnalysisJson.MAPPER.writeValueAsString(result));
        return 0;
    }

    private static void writeSentiment(ObjectNode result, Evaluator.SentimentReport report) {
        LabelMetrics m = report.threeClass();
        result.put("n", m.n());
        result.put("accuracy", AnalysisJson.round(m.accuracy()));
        result.put("macroF1", AnalysisJson.round(m.macroF1()));
        ObjectNode per = result.putObject("perClass");
        m.perClass().forEach((k, v) -> {
            ObjectNode c = per.putObject(k);
            c.put("precision", AnalysisJson.round(v.precision()));
            c.put("recall", AnalysisJson.round(v.recall()));
            c.put("f1", AnalysisJson.round(v.f1()));
            c.put("support", v.support());
        });
        result.put("twoClassAccuracy", AnalysisJson.round(report.twoClassAccuracy()));
        result.put("twoClassN", report.twoClassN());
    }

    /**
     * Labelled texts of a CSV file (a UTF-8 byte order mark, header case and spaces around names are ignored). A row
     * whose label is missing or not a sentiment label, or whose text column is missing, goes to {@code problems}
     * ("row N: ...", N counting data rows from 1) and is left out.
     */
    static List<Evaluator.Labelled> labelledCsv(Path file, String textColumn, String labelColumn, List<String> problems)
            throws IOException {
        List<Evaluator.Labelled> out = new ArrayList<>();
        try (Reader r = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser p = csv(file.toString()).parse(r)) {
            if (!p.getHeaderMap().containsKey(textColumn) || !p.getHeaderMap().containsKey(labelColumn)) {
                throw new IllegalArgumentException("CSV needs columns " + textColumn + "," + labelColumn + "; found "
                        + p.getHeaderNames());
            }
            for (CSVRecord rec : p) {
                if (!rec.isSet(textColumn) || !rec.isSet(labelColumn)) {
                    problems.add("row " + rec.getRecordNumber() + ": has " + rec.size() + " of "
                            + p.getHeaderNames().size() + " columns");
                    continue;
                }
                try {
                    out.add(new Evaluator.Labelled(rec.get(textColumn), SentimentLabel.parse(rec.get(labelColumn))));
                } catch (IllegalArgumentException e) {
                    problems.add("row " + rec.getRecordNumber() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** CSV with a header row; header names match case-insensitively and without surrounding spaces. */
    private static CSVFormat csv(String file) {
        CSVFormat base = isTsv(file) ? CSVFormat.TDF : CSVFormat.DEFAULT;
        return base.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get();
    }

    /** A file named *.tsv or *.tab is read tab-separated (quotes as in CSV); anything else comma-separated. */
    private static boolean isTsv(String file) {
        String f = file == null ? "" : file.toLowerCase(Locale.ROOT);
        return f.endsWith(".tsv") || f.endsWith(".tab");
    }

    /** Skips a UTF-8 byte order mark (spreadsheets write one) at the start of a reader. */
    static Reader withoutByteOrderMark(Reader r) throws IOException {
        java.io.PushbackReader pr = new java.io.PushbackReader(r, 1);
        int first = pr.read();
        if (first != -1 && first != '\uFEFF') {
            pr.unread(first);
        }
        return pr;
    }

    private static int evaluateEmotions(Options o, PrintStream out, PrintStream err) throws IOException {
        Path file = Path.of(o.require("input"));
        List<GoEmotions.Example> data = GoEmotions.read(file);
        Evaluator.EmotionReport r = new Evaluator(analyzer(o)).emotions(data);
        ObjectNode result = AnalysisJson.MAPPER.createObjectNode();
        result.put("n", r.n());
        ObjectNode clusters = result.putObject("perCluster");
        for (Map.Entry<EmotionCluster, double[]> e : r.perCluster().entrySet()) {
            ObjectNode c = clusters.putObject(e.getKey().displayName());
            put(c, e.getValue());
            err.printf(Locale.ROOT, "%-15s P %.3f R %.3f F1 %.3f (gold %d)%n", e.getKey().displayName(),
                    e.getValue()[0], e.getValue()[1], e.getValue()[2], (long) e.getValue()[3]);
        }
        ObjectNode emotions = result.putObject("perEmotion");
        for (Map.Entry<ShawEmotion, double[]> e : r.perEmotion().entrySet()) {
            put(emotions.putObject(e.getKey().displayName()), e.getValue());
        }
        result.put("clusterMicroF1", AnalysisJson.round(r.clusterMicroF1()));
        result.put("clusterMacroF1", AnalysisJson.round(r.clusterMacroF1()));
        out.println(AnalysisJson.MAPPER.writeValueAsString(result));
        return 0;
    }

    private static void put(ObjectNode c, double[] v) {
        c.put("precision", AnalysisJson.round(v[0]));
        c.put("recall", AnalysisJson.round(v[1]));
        c.put("f1", AnalysisJson.round(v[2]));
        c.put("support", (long) v[3]);
    }

    private static int suggest(Options o, InputStream in, PrintStream out, PrintStream err) throws IOException {
        TextAnalyzer analyzer = analyzer(o);
        List<String> texts = texts(o, in);
        List<TopicSuggestion> suggestions = analyzer.topicSuggester().withMinTexts(o.getInt("min-texts", 2))
                .suggest(texts, o.getInt("limit", 20));
        for (TopicSuggestion s : suggestions) {
            ObjectNode n = AnalysisJson.MAPPER.createObjectNode();
            n.put("phrase", s.phrase());
            n.put("texts", s.texts());
            n.put("share", AnalysisJson.round(s.share()));
            s.examples().forEach(n.putArray("examples")::add);
            out.println(AnalysisJson.MAPPER.writeValueAsString(n));
        }
        err.printf("%d suggestions from %d texts%n", suggestions.size(), texts.size());
        return 0;
    }

    private static int train(Options o, PrintStream err) throws IOException {
        Path dir = Path.of(o.require("goemotions"));
        Path outDir = Path.of(o.require("out"));
        Files.createDirectories(outDir);
        List<GoEmotions.Example> train = GoEmotions.read(dir.resolve("train.tsv"));
        List<GoEmotions.Example> dev = GoEmotions.read(dir.resolve("dev.tsv"));
        LinearTrainer.Settings settings = LinearTrainer.Settings.defaults();
        LinearModel polarity = PolarityModel.train(train, settings, err);
        Path polarityFile = outDir.resolve(fileName(PolarityModel.RESOURCE));
        polarity.writeGzip(polarityFile);
        err.printf("wrote %s (%d features)%n", polarityFile, polarity.features());
        String reviews = o.get("reviews");
        if (reviews != null) {
            List<Evaluator.Labelled> labelled = new ArrayList<>();
            for (String name : reviews.split(",")) {
                String f = name.trim();
                List<String> problems = new ArrayList<>();
                List<Evaluator.Labelled> rows = labelledCsv(Path.of(f), "text", "label", problems);
                problems.forEach(x -> err.println(f + ": " + x));
                err.printf("%s: %d labelled sentences%n", f, rows.size());
                labelled.addAll(rows);
            }
            LinearModel review = PolarityModel.trainWithReviews(train, labelled, settings, err);
            Path reviewFile = outDir.resolve(fileName(PolarityModel.REVIEW_RESOURCE));
            review.writeGzip(reviewFile);
            err.printf("wrote %s (%d features)%n", reviewFile, review.features());
        }
        LinearModel emotions = new EmotionTrainer(settings).train(train, dev, err);
        Path emotionFile = outDir.resolve(fileName(EmotionTrainer.RESOURCE));
        emotions.writeGzip(emotionFile);
        err.printf("wrote %s (%d features)%n", emotionFile, emotions.features());
        return 0;
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
