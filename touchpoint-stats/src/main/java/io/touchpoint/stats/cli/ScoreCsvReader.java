package io.touchpoint.stats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams answers out of a CSV file with a header row. Rows whose answer is missing, not a whole
 * number or off the scale are reported on the error stream (row number and reason) and skipped;
 * only problems with the file as a whole (no header, missing column, broken quoting) stop it.
 */
final class ScoreCsvReader {

    /**
     * Receives each accepted answer with its group: null when the input has no group column, ""
     * for a row that leaves the group blank.
     */
    interface ScoreSink {
        void accept(String group, int score);
    }

    /** Counts of one pass over the input. */
    record Summary(long rowsRead, long acceptedRows, long rejectedRows, boolean grouped) {
    }

    /** Per-row messages beyond this many are only counted, so a bad file cannot flood the terminal. */
    static final int MAX_REPORTED_ROWS = 100;

    /** Longest answer text parsed; anything longer is rejected before parsing (no quadratic BigDecimal work). */
    private static final int MAX_SCORE_LENGTH = 32;

    private final String scoreColumn;
    private final String groupColumn;
    private final boolean groupColumnRequired;
    private final int min;
    private final int max;
    private final char delimiter;
    private final PrintStream err;

    ScoreCsvReader(CliOptions options, PrintStream err) {
        this.scoreColumn = options.scoreColumn();
        this.groupColumn = options.groupColumn();
        this.groupColumnRequired = options.groupColumnRequired();
        this.min = options.scale().min();
        this.max = options.scale().max();
        this.delimiter = options.delimiter();
        this.err = err;
    }

    Summary read(Reader source, ScoreSink sink) throws InputException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(source), format)) {
            List<String> headers = parser.getHeaderNames();
            if (headers.isEmpty()) {
                throw new InputException("input is empty: expected a header row with a '" + scoreColumn + "' column");
            }
            int scoreIndex = columnIndex(headers, scoreColumn);
            if (scoreIndex < 0) {
                throw new InputException("no '" + CliOptions.printable(scoreColumn) + "' column in the header "
                        + CliOptions.printable(String.join(",", headers)));
            }
            int groupIndex = columnIndex(headers, groupColumn);
            if (groupIndex < 0 && groupColumnRequired) {
                throw new InputException("no '" + CliOptions.printable(groupColumn) + "' column in the header "
                        + CliOptions.printable(String.join(",", headers)));
            }
            return readRows(parser, scoreIndex, groupIndex, sink);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting while iterating, as an unchecked exception.
            throw new InputException("malformed CSV: " + CliOptions.printable(rootMessage(e)), e);
        } catch (IOException e) {
            throw new InputException("cannot read input: " + CliOptions.printable(rootMessage(e)), e);
        } catch (IllegalArgumentException e) {
            throw new InputException("bad CSV header: " + CliOptions.printable(rootMessage(e)), e);
        }
    }

    private Summary readRows(CSVParser parser, int scoreIndex, int groupIndex, ScoreSink sink) {
        long rows = 0;
        long accepted = 0;
        long rejected = 0;
        for (CSVRecord record : parser) {
            rows++;
            String problem;
            int score = 0;
            if (scoreIndex >= record.size()) {
                problem = "no value in column '" + CliOptions.printable(scoreColumn) + "'";
            } else {
                String text = record.get(scoreIndex);
                problem = checkScore(text);
                if (problem == null) {
                    score = new BigDecimal(text).intValueExact();
                }
            }
            if (problem != null) {
                rejected++;
                if (rejected <= MAX_REPORTED_ROWS) {
                    err.println("row " + record.getRecordNumber() + " (line " + parser.getCurrentLineNumber()
                            + "): rejected, " + problem);
                }
                continue;
            }
            String group = groupIndex >= 0 && groupIndex < record.size() ? record.get(groupIndex) : "";
            sink.accept(groupIndex >= 0 ? group : null, score);
            accepted++;
        }
        if (rejected > MAX_REPORTED_ROWS) {
            err.println((rejected - MAX_REPORTED_ROWS) + " more rejected rows not shown");
        }
        return new Summary(rows, accepted, rejected, groupIndex >= 0);
    }

    /** Why the text is not an answer on the scale, or null if it is one. */
    private String checkScore(String text) {
        if (text.isEmpty()) {
            return "empty score";
        }
        if (text.length() > MAX_SCORE_LENGTH) {
            return "score is not a number on the scale (" + text.length() + " characters)";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return "score is not a number: '" + CliOptions.printable(text) + "'";
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return "score is not a whole number: '" + CliOptions.printable(text) + "'";
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return "score " + CliOptions.printable(text) + " is outside " + min + ".." + max;
        }
        return null;
    }

    private static int columnIndex(List<String> headers, String name) throws InputException {
        List<Integer> matches = new ArrayList<>();
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && headers.get(i).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                matches.add(i);
            }
        }
        if (matches.size() > 1) {
            throw new InputException("column '" + CliOptions.printable(name) + "' appears more than once in the header");
        }
        return matches.isEmpty() ? -1 : matches.get(0);
    }

    /** Drops a UTF-8 byte order mark (as written by Excel), which would otherwise glue onto the first header. */
    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
