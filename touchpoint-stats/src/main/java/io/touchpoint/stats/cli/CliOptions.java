package io.touchpoint.stats.cli;

import io.touchpoint.stats.NpsAnalysis;
import io.touchpoint.stats.NpsIntervalMethod;
import io.touchpoint.stats.ProportionIntervalMethod;
import io.touchpoint.stats.RatingScale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of {@code metrics <nps|csat|ces> --input FILE [options]}.
 *
 * @param metric which metric to compute
 * @param input a path, or "-" for standard input
 * @param scoreColumn header of the answer column
 * @param groupColumn header of the optional segment column
 * @param groupColumnRequired whether the group column was named explicitly (and so must exist)
 * @param confidenceLevel confidence level of the intervals
 * @param minimumSampleSize n below which figures are flagged small-sample
 * @param npsInterval interval method for NPS
 * @param proportionInterval interval method for CSAT/CES shares
 * @param scale answer scale for CSAT/CES (for NPS always 0..10)
 * @param delimiter CSV field separator
 */
record CliOptions(
        Metric metric,
        String input,
        String scoreColumn,
        String groupColumn,
        boolean groupColumnRequired,
        double confidenceLevel,
        long minimumSampleSize,
        NpsIntervalMethod npsInterval,
        ProportionIntervalMethod proportionInterval,
        RatingScale scale,
        char delimiter) {

    static final String USAGE = """
            Usage: metrics <nps|csat|ces> --input FILE.csv [options]

            Reads survey answers from a CSV file with a header row and prints the metric as JSON
            on standard output, overall and per group. Rejected rows are reported on standard error.

              --input FILE          CSV file to read; "-" reads standard input (required)
              --score-column NAME   column holding the answer (default: score)
              --group-column NAME   column holding the segment (default: group, used if present)
              --confidence LEVEL    confidence level of the intervals, in (0, 1) (default: 0.95)
              --min-sample N        n below which figures are flagged smallSample (default: 30)
              --interval METHOD     nps: adjusted-wald (default) or wald;
                                    csat/ces: wilson (default), agresti-coull or wald
              --scale MIN-MAX       csat/ces answer scale (default: csat 1-5, ces 1-7)
              --favourable-from K   csat: lowest "satisfied" answer (default: top-2 box, 4 on 1-5);
                                    ces: lowest "easy" answer (default: 5 on 1-7)
              --delimiter CHAR      field separator (default: ,)
              --help                print this text

            NPS answers are 0-10 (detractors 0-6, passives 7-8, promoters 9-10). nps, standardError,
            ciLower and ciUpper are reported in points on the -100..100 scale; CSAT and CES shares
            in percent (0..100), means on the answer scale.
            Exit codes: 0 success, 1 input could not be processed, 2 usage error.
            """;

    private static final Set<String> VALUED_OPTIONS = Set.of("--input", "--score-column", "--group-column",
            "--confidence", "--min-sample", "--interval", "--scale", "--favourable-from", "--delimiter");

    /** Result of parsing: either options to run, or a request for help. */
    sealed interface Parsed permits Run, Help {
    }

    record Run(CliOptions options) implements Parsed {
    }

    record Help() implements Parsed {
    }

    static Parsed parse(String[] args) throws UsageException {
        if (args == null || args.length == 0) {
            throw new UsageException("missing metric: expected nps, csat or ces");
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Help();
            }
        }
        Metric metric = Metric.fromCommand(args[0])
                .orElseThrow(() -> new UsageException("unknown metric '" + printable(args[0]) + "': expected nps, csat or ces"));
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                value = null;
            }
            if (!VALUED_OPTIONS.contains(name)) {
                throw new UsageException("unknown option '" + printable(arg) + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            if (values.put(name, value) != null) {
                throw new UsageException(name + " given more than once");
            }
        }
        String input = values.get("--input");
        if (input == null || input.isBlank()) {
            throw new UsageException("--input is required (a file, or - for standard input)");
        }
        double confidence = parseConfidence(values.getOrDefault("--confidence", "0.95"));
        long minimum = parseMinimum(values.getOrDefault("--min-sample", Long.toString(NpsAnalysis.DEFAULT_MINIMUM_SAMPLE_SIZE)));
        NpsIntervalMethod npsInterval = NpsIntervalMethod.ADJUSTED_WALD;
        ProportionIntervalMethod proportionInterval = ProportionIntervalMethod.WILSON;
        String interval = values.get("--interval");
        try {
            if (interval != null && metric == Metric.NPS) {
                npsInterval = NpsIntervalMethod.fromLabel(interval);
            } else if (interval != null) {
                proportionInterval = ProportionIntervalMethod.fromLabel(interval);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(printable(e.getMessage()));
        }
        RatingScale scale = parseScale(metric, values.get("--scale"), values.get("--favourable-from"));
        String groupColumn = values.getOrDefault("--group-column", "group").trim();
        String scoreColumn = values.getOrDefault("--score-column", "score").trim();
        if (scoreColumn.isEmpty() || groupColumn.isEmpty()) {
            throw new UsageException("column names must not be empty");
        }
        if (scoreColumn.equalsIgnoreCase(groupColumn)) {
            throw new UsageException("score and group column must differ");
        }
        return new Run(new CliOptions(metric, input, scoreColumn, groupColumn, values.containsKey("--group-column"),
                confidence, minimum, npsInterval, proportionInterval, scale,
                parseDelimiter(values.getOrDefault("--delimiter", ","))));
    }

    private static double parseConfidence(String text) throws UsageException {
        try {
            double level = Double.parseDouble(text.trim());
            if (level > 0 && level < 1) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--confidence must be a number in (0, 1), e.g. 0.95: '" + printable(text) + "'");
    }

    private static long parseMinimum(String text) throws UsageException {
        try {
            long minimum = Long.parseLong(text.trim());
            if (minimum >= 0) {
                return minimum;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--min-sample must be a whole number >= 0: '" + printable(text) + "'");
    }

    private static RatingScale parseScale(Metric metric, String scaleText, String favourableText) throws UsageException {
        if (metric == Metric.NPS) {
            if (scaleText != null || favourableText != null) {
                throw new UsageException("--scale and --favourable-from apply to csat and ces; NPS answers are 0-10");
            }
            return metric.defaultScale();
        }
        RatingScale scale = metric.defaultScale();
        try {
            if (scaleText != null) {
                String[] bounds = scaleText.trim().split("(?<=\\d)-", 2);
                if (bounds.length != 2) {
                    throw new UsageException("--scale must look like 1-5: '" + printable(scaleText) + "'");
                }
                int min = Integer.parseInt(bounds[0].trim());
                int max = Integer.parseInt(bounds[1].trim());
                // Keep the metric's convention when only the range changes: top-2 box for CSAT, the
                // upper three answers of seven (5-7) scaled to the range for CES.
                int favourableFrom = metric == Metric.CSAT ? max - 1 : max - (max - min) / 3;
                scale = new RatingScale(min, max, Math.max(min, favourableFrom));
            }
            if (favourableText != null) {
                scale = scale.withFavourableFrom(Integer.parseInt(favourableText.trim()));
            }
        } catch (NumberFormatException e) {
            throw new UsageException("--scale and --favourable-from take whole numbers");
        } catch (IllegalArgumentException e) {
            throw new UsageException(printable(e.getMessage()));
        }
        return scale;
    }

    private static char parseDelimiter(String text) throws UsageException {
        String d = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw new UsageException("--delimiter must be a single character other than a quote or newline");
        }
        return d.charAt(0);
    }

    /** Text from the outside world, made safe to echo on a terminal: no control characters, bounded length. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int limit = 60;
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
        }
        if (text.length() > limit) {
            out.append("...");
        }
        return out.toString();
    }
}
