package io.touchpoint.stats.cli;

import io.touchpoint.stats.ConfidenceInterval;
import io.touchpoint.stats.NetPromoterScore;
import io.touchpoint.stats.NpsAnalysis;
import io.touchpoint.stats.NpsEstimate;
import io.touchpoint.stats.RatingAnalysis;
import io.touchpoint.stats.RatingEstimate;
import io.touchpoint.stats.RatingSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code metrics} command: {@code metrics <nps|csat|ces> --input FILE.csv [options]}. Reads
 * answers from CSV, prints the figures as JSON on standard output (nothing else goes there) and
 * reports rejected rows and errors on standard error. See {@link CliOptions#USAGE}.
 */
public final class MetricsCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MetricsCli() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code metrics}, e.g. {@code nps --input FILE.csv}
     * @param in read when the input is {@code -}
     * @param out receives the JSON document only
     * @param err receives rejected-row reports, errors and usage text
     * @return 0 on success, 1 when the input could not be processed, 2 on a usage error
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            CliOptions.Parsed parsed = CliOptions.parse(args);
            if (parsed instanceof CliOptions.Help) {
                out.print(CliOptions.USAGE);
                out.flush();
                return EXIT_OK;
            }
            options = ((CliOptions.Run) parsed).options();
        } catch (UsageException e) {
            err.println("metrics: " + e.getMessage());
            err.print(CliOptions.USAGE);
            err.flush();
            return EXIT_USAGE;
        }
        try {
            ObjectNode report = compute(options, in, err);
            out.println(JSON.writeValueAsString(report));
            out.flush();
            err.flush();
            return EXIT_OK;
        } catch (InputException e) {
            err.println("metrics: " + e.getMessage());
            err.flush();
            return EXIT_FAILURE;
        } catch (RuntimeException e) {
            // Last line of defence: a bug must not surface as a stack trace on a user's terminal.
            err.println("metrics: failed: " + CliOptions.printable(String.valueOf(e)));
            err.flush();
            return EXIT_FAILURE;
        }
    }

    private static ObjectNode compute(CliOptions options, InputStream in, PrintStream err) throws InputException {
        ScoreCsvReader reader = new ScoreCsvReader(options, err);
        try (Reader source = open(options.input(), in)) {
            return switch (options.metric()) {
                case NPS -> nps(options, reader, source);
                case CSAT, CES -> ratings(options, reader, source);
            };
        } catch (IOException e) {
            throw new InputException("cannot read input: " + CliOptions.printable(e.getMessage()), e);
        }
    }

    private static Reader open(String input, InputStream in) throws InputException {
        if (input.equals("-")) {
            // Not closed with the reader: standard input belongs to the caller.
            return new InputStreamReader(new NonClosingInputStream(in), StandardCharsets.UTF_8);
        }
        try {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                throw new InputException("cannot read input: " + CliOptions.printable(input) + " is a directory");
            }
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException("cannot read input: no such file " + CliOptions.printable(input), e);
        } catch (IOException | InvalidPathException e) {
            throw new InputException("cannot read input " + CliOptions.printable(input) + ": "
                    + CliOptions.printable(e.getMessage()), e);
        }
    }

    private static ObjectNode nps(CliOptions options, ScoreCsvReader reader, Reader source) throws InputException {
        NetPromoterScore.Builder overall = NetPromoterScore.builder();
        Map<String, NetPromoterScore.Builder> groups = new TreeMap<>();
        ScoreCsvReader.Summary summary = reader.read(source, (group, score) -> {
            overall.add(score);
            if (group != null) {
                groups.computeIfAbsent(group, g -> NetPromoterScore.builder()).add(score);
            }
        });
        NpsAnalysis analysis = NpsAnalysis.withDefaults()
                .withConfidenceLevel(options.confidenceLevel())
                .with(options.npsInterval())
                .withMinimumSampleSize(options.minimumSampleSize());

        ObjectNode root = header(options, summary);
        root.put("intervalMethod", options.npsInterval().label());
        root.put("units", "nps, standardError, ciLower and ciUpper are points on the -100..100 scale");
        root.set("overall", npsFigures(null, analysis.estimate(overall.build())));
        var array = root.putArray("groups");
        groups.forEach((name, builder) -> array.add(npsFigures(name, analysis.estimate(builder.build()))));
        return root;
    }

    private static ObjectNode ratings(CliOptions options, ScoreCsvReader reader, Reader source) throws InputException {
        RatingSummary.Builder overall = RatingSummary.builder(options.scale());
        Map<String, RatingSummary.Builder> groups = new TreeMap<>();
        ScoreCsvReader.Summary summary = reader.read(source, (group, score) -> {
            overall.add(score);
            if (group != null) {
                groups.computeIfAbsent(group, g -> RatingSummary.builder(options.scale())).add(score);
            }
        });
        RatingAnalysis analysis = RatingAnalysis.withDefaults()
                .withConfidenceLevel(options.confidenceLevel())
                .with(options.proportionInterval())
                .withMinimumSampleSize(options.minimumSampleSize());
        RatingLabels labels = RatingLabels.of(options.metric());

        ObjectNode root = header(options, summary);
        root.put("intervalMethod", options.proportionInterval().label());
        root.put("scaleMin", options.scale().min());
        root.put("scaleMax", options.scale().max());
        root.put(labels.thresholdField(), options.scale().favourableFrom());
        root.put("units", labels.share() + ", " + labels.share() + "CiLower and " + labels.share()
                + "CiUpper are percentages 0..100; mean and its interval are on the answer scale");
        root.set("overall", ratingFigures(null, analysis.estimate(overall.build()), labels));
        var array = root.putArray("groups");
        groups.forEach((name, builder) -> array.add(ratingFigures(name, analysis.estimate(builder.build()), labels)));
        return root;
    }

    private static ObjectNode header(CliOptions options, ScoreCsvReader.Summary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("metric", options.metric().command());
        root.put("confidenceLevel", options.confidenceLevel());
        root.put("minimumSampleSize", options.minimumSampleSize());
        root.put("rowsRead", summary.rowsRead());
        root.put("acceptedRows", summary.acceptedRows());
        root.put("rejectedRows", summary.rejectedRows());
        root.put("grouped", summary.grouped());
        return root;
    }

    private static ObjectNode npsFigures(String group, NpsEstimate e) {
        ObjectNode node = groupNode(group);
        NetPromoterScore tally = e.tally();
        node.put("n", tally.n());
        node.put("promoters", tally.promoters());
        node.put("passives", tally.passives());
        node.put("detractors", tally.detractors());
        putNumber(node, "nps", e.points());
        putNumber(node, "standardError", e.standardErrorPoints());
        ConfidenceInterval ci = e.intervalPoints();
        putNumber(node, "ciLower", ci.lower());
        putNumber(node, "ciUpper", ci.upper());
        node.put("confidenceLevel", ci.confidenceLevel());
        node.put("smallSample", e.smallSample());
        return node;
    }

    private static ObjectNode ratingFigures(String group, RatingEstimate e, RatingLabels labels) {
        ObjectNode node = groupNode(group);
        node.put("n", e.n());
        node.put(labels.count(), e.favourable());
        putNumber(node, labels.share(), e.favourablePercent());
        putNumber(node, labels.share() + "CiLower", e.favourableInterval().lower() * 100);
        putNumber(node, labels.share() + "CiUpper", e.favourableInterval().upper() * 100);
        putNumber(node, "mean", e.mean());
        putNumber(node, "standardDeviation", e.standardDeviation());
        putNumber(node, "meanCiLower", e.meanInterval().lower());
        putNumber(node, "meanCiUpper", e.meanInterval().upper());
        node.put("confidenceLevel", e.meanInterval().confidenceLevel());
        node.put("smallSample", e.smallSample());
        return node;
    }

    private static ObjectNode groupNode(String group) {
        ObjectNode node = JSON.createObjectNode();
        if (group != null) {
            node.put("group", group);
        }
        return node;
    }

    /** JSON has no NaN: an undefined figure (no answers, n < 2) is written as null. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** JSON field names of the favourable answers: "satisfied"/"csat" for CSAT, "easy"/"easyPercent" for CES. */
    private record RatingLabels(String count, String share, String thresholdField) {
        static RatingLabels of(Metric metric) {
            return metric == Metric.CSAT
                    ? new RatingLabels("satisfied", "csat", "satisfiedFrom")
                    : new RatingLabels("easy", "easyPercent", "easyFrom");
        }
    }
}
