package io.touchpoint.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.stats.NetPromoterScore;
import io.touchpoint.stats.NpsAnalysis;
import io.touchpoint.stats.NpsEstimate;
import io.touchpoint.stats.NpsIntervalMethod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MetricsCliTest {

    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @TempDir
    Path dir;

    @Test
    void npsFromAFileOverallAndPerGroup() throws IOException {
        Path csv = write("score,group\n10,web\n9,web\n7,app\n3,app\n8,web\n0,app\n");

        Result r = run("nps", "--input", csv.toString());

        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        JsonNode json = r.json();
        assertThat(json.get("metric").asString()).isEqualTo("nps");
        assertThat(json.get("rowsRead").asLong()).isEqualTo(6);
        assertThat(json.get("rejectedRows").asLong()).isZero();
        assertThat(json.get("intervalMethod").asString()).isEqualTo("adjusted-wald");
        JsonNode overall = json.get("overall");
        assertThat(overall.get("n").asLong()).isEqualTo(6);
        assertThat(overall.get("promoters").asLong()).isEqualTo(2);
        assertThat(overall.get("passives").asLong()).isEqualTo(2);
        assertThat(overall.get("detractors").asLong()).isEqualTo(2);
        assertThat(overall.get("nps").asDouble()).isEqualTo(0.0);
        // Points: the trinomial SE of (2, 2, 2) is sqrt(2/3 / 6) = 1/3, i.e. 33.3 points.
        assertThat(overall.get("standardError").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(overall.get("confidenceLevel").asDouble()).isEqualTo(0.95);
        assertThat(overall.get("smallSample").asBoolean()).isTrue();
        assertThat(overall.get("ciLower").asDouble()).isLessThan(0).isGreaterThanOrEqualTo(-100);
        assertThat(overall.get("ciUpper").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(100);
        JsonNode groups = json.get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("group").asString()).isEqualTo("app");
        assertThat(groups.get(0).get("nps").asDouble()).isCloseTo(-200.0 / 3, within(1e-9));
        assertThat(groups.get(1).get("group").asString()).isEqualTo("web");
        assertThat(groups.get(1).get("nps").asDouble()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void jsonFiguresEqualTheEngineInPoints() throws IOException {
        Random random = new Random(2024);
        StringBuilder csv = new StringBuilder("score\n");
        NetPromoterScore.Builder expected = NetPromoterScore.builder();
        for (int i = 0; i < 500; i++) {
            int score = random.nextInt(11);
            csv.append(score).append('\n');
            expected.add(score);
        }

        Result r = run("nps", "--input", write(csv.toString()).toString(), "--confidence", "0.9", "--interval", "wald");

        NpsEstimate e = NpsAnalysis.withDefaults().withConfidenceLevel(0.9).with(NpsIntervalMethod.WALD)
                .estimate(expected.build());
        JsonNode overall = r.json().get("overall");
        assertThat(overall.get("nps").asDouble()).isEqualTo(e.points());
        assertThat(overall.get("standardError").asDouble()).isEqualTo(e.standardErrorPoints());
        assertThat(overall.get("ciLower").asDouble()).isEqualTo(e.intervalPoints().lower());
        assertThat(overall.get("ciUpper").asDouble()).isEqualTo(e.intervalPoints().upper());
        assertThat(overall.get("confidenceLevel").asDouble()).isEqualTo(0.9);
        assertThat(overall.get("smallSample").asBoolean()).isFalse();
        assertThat(r.json().get("grouped").asBoolean()).isFalse();
        assertThat(r.json().get("groups")).isEmpty();
    }

    @Test
    void readsStandardInputWithDash() {
        Result r = runWithStdin("score\n9\n10\n6\n", "nps", "--input", "-");

        assertThat(r.exit).isZero();
        assertThat(r.json().get("overall").get("nps").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void badRowsAreReportedWithRowNumbersAndSkipped() throws IOException {
        Path csv = write("""
                score,group
                10,a
                -1,a
                11,a
                abc,a
                9.5,a
                ,a
                99999999999999999999999999999,a
                NaN,a
                Infinity,a
                1e999999999,a
                0x10,a
                9.0,a
                7,a
                """);

        Result r = run("nps", "--input", csv.toString());

        assertThat(r.exit).isZero();
        assertThat(r.json().get("rejectedRows").asLong()).isEqualTo(10);
        assertThat(r.json().get("acceptedRows").asLong()).isEqualTo(3);
        assertThat(r.json().get("overall").get("n").asLong()).isEqualTo(3);
        assertThat(r.json().get("overall").get("promoters").asLong()).isEqualTo(2);
        assertThat(r.err).contains("row 2 (line 3): rejected, score -1 is outside 0..10");
        assertThat(r.err).contains("row 3 (line 4): rejected, score 11 is outside 0..10");
        assertThat(r.err).contains("row 4 (line 5): rejected, score is not a number: 'abc'");
        assertThat(r.err).contains("row 5 (line 6): rejected, score is not a whole number: '9.5'");
        assertThat(r.err).contains("row 6 (line 7): rejected, empty score");
        assertThat(r.err).contains("row 7 (line 8)").contains("row 8 (line 9)").contains("row 9 (line 10)")
                .contains("row 10 (line 11)").contains("row 11 (line 12)");
        assertThat(r.err.lines()).hasSize(10);
    }

    @Test
    void hugeAndHostileScoresAreRejectedQuickly() throws IOException {
        String longDigits = "9".repeat(200_000);
        Path csv = write("score\n" + longDigits + "\n-" + longDigits + "\n1e-999999999\n0e-999999999\n10\n");

        Result r = run("nps", "--input", csv.toString());

        assertThat(r.exit).isZero();
        assertThat(r.json().get("rejectedRows").asLong()).isEqualTo(3);
        assertThat(r.json().get("overall").get("n").asLong()).isEqualTo(2);
        assertThat(r.err).contains("row 1 (line 2): rejected, score is not a number on the scale (200000 characters)");
        // Nothing from the input is echoed at length.
        assertThat(r.err.length()).isLessThan(1_000);
    }

    @Test
    void byteOrderMarkQuotedFieldsAndCrLfAreHandled() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "\"Score\",\"Group\"\r\n\"9\",\"North, East\"\r\n 10 ,\"North, East\"\r\n\"3\",\"multi\nline\"\r\n";
        Path csv = dir.resolve("bom.csv");
        Files.write(csv, concat(bom, body.getBytes(StandardCharsets.UTF_8)));

        Result r = run("nps", "--input", csv.toString());

        assertThat(r.exit).as(r.err).isZero();
        JsonNode groups = r.json().get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("group").asString()).isEqualTo("North, East");
        assertThat(groups.get(0).get("promoters").asLong()).isEqualTo(2);
        assertThat(groups.get(1).get("group").asString()).isEqualTo("multi\nline");
        assertThat(r.json().get("overall").get("n").asLong()).isEqualTo(3);
    }

    @Test
    void emptyFileFailsWithAMessageAndNoOutput() throws IOException {
        Result r = run("nps", "--input", write("").toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("input is empty");
    }

    @Test
    void headerOnlyGivesAnEmptyReportWithNulls() throws IOException {
        Result r = run("nps", "--input", write("score,group\n").toString());

        assertThat(r.exit).isZero();
        JsonNode overall = r.json().get("overall");
        assertThat(overall.get("n").asLong()).isZero();
        assertThat(overall.get("nps").isNull()).isTrue();
        assertThat(overall.get("standardError").isNull()).isTrue();
        assertThat(overall.get("ciLower").isNull()).isTrue();
        assertThat(overall.get("smallSample").asBoolean()).isTrue();
    }

    @Test
    void missingScoreColumnFails() throws IOException {
        Result r = run("nps", "--input", write("rating,group\n9,a\n").toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("no 'score' column");
    }

    @Test
    void explicitlyNamedGroupColumnMustExistButTheDefaultIsOptional() throws IOException {
        Path csv = write("score\n9\n");

        Result named = run("nps", "--input", csv.toString(), "--group-column", "region");
        Result defaulted = run("nps", "--input", csv.toString());

        assertThat(named.exit).isEqualTo(1);
        assertThat(named.err).contains("no 'region' column");
        assertThat(defaulted.exit).isZero();
    }

    @Test
    void customColumnsAndDelimiter() throws IOException {
        Path csv = write("ltr;region\n9;north\n2;south\n");

        Result r = run("nps", "--input", csv.toString(), "--score-column", "LTR", "--group-column", "Region",
                "--delimiter", ";");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.json().get("groups")).hasSize(2);
        assertThat(r.json().get("groups").get(1).get("detractors").asLong()).isEqualTo(1);
    }

    @Test
    void duplicateScoreColumnIsAmbiguous() throws IOException {
        Result r = run("nps", "--input", write("score,Score\n9,1\n").toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).isEmpty();
    }

    @Test
    void brokenQuotingFailsWithoutAStackTrace() throws IOException {
        Result r = run("nps", "--input", write("score,group\n9,\"unterminated\n10,a\n").toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("malformed CSV").doesNotContain("\tat ");
    }

    @Test
    void rowsWithoutAScoreFieldAreRejected() throws IOException {
        Result r = run("nps", "--input", write("group,score\na,9\nb\n10\n").toString());

        assertThat(r.exit).isZero();
        // "b" has no score column value; "10" is read as the group, with no score either.
        assertThat(r.json().get("rejectedRows").asLong()).isEqualTo(2);
        assertThat(r.err).contains("row 2 (line 3): rejected, no value in column 'score'");
    }

    @Test
    void floodsOfBadRowsAreCountedNotAllPrinted() throws IOException {
        StringBuilder csv = new StringBuilder("score\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("x\n");
        }

        Result r = run("nps", "--input", write(csv.toString()).toString());

        assertThat(r.exit).isZero();
        assertThat(r.json().get("rejectedRows").asLong()).isEqualTo(5_000);
        assertThat(r.err.lines()).hasSize(ScoreCsvReader.MAX_REPORTED_ROWS + 1);
        assertThat(r.err).contains("4900 more rejected rows not shown");
    }

    @Test
    void controlCharactersInGroupsAreEscapedInJson() throws IOException {
        Result r = run("nps", "--input", write("score,group\n9,\"a\u0007\"\"b\"\n").toString());

        assertThat(r.exit).isZero();
        assertThat(r.out).contains("\\u0007").contains("\\\"");
        assertThat(r.json().get("groups").get(0).get("group").asString()).isEqualTo("a\u0007\"b");
    }

    @Test
    void csatReportsTopTwoBoxAndMean() throws IOException {
        Path csv = write("score,group\n5,a\n4,a\n3,a\n2,b\n1,b\n5,b\n");

        Result r = run("csat", "--input", csv.toString());

        assertThat(r.exit).isZero();
        JsonNode json = r.json();
        assertThat(json.get("metric").asString()).isEqualTo("csat");
        assertThat(json.get("scaleMin").asInt()).isEqualTo(1);
        assertThat(json.get("scaleMax").asInt()).isEqualTo(5);
        assertThat(json.get("satisfiedFrom").asInt()).isEqualTo(4);
        assertThat(json.get("intervalMethod").asString()).isEqualTo("wilson");
        JsonNode overall = json.get("overall");
        assertThat(overall.get("satisfied").asLong()).isEqualTo(3);
        assertThat(overall.get("csat").asDouble()).isCloseTo(50.0, within(1e-12));
        assertThat(overall.get("csatCiLower").asDouble()).isBetween(0.0, 50.0);
        assertThat(overall.get("csatCiUpper").asDouble()).isBetween(50.0, 100.0);
        assertThat(overall.get("mean").asDouble()).isCloseTo(20.0 / 6, within(1e-12));
        assertThat(overall.get("meanCiLower").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(overall.get("meanCiUpper").asDouble()).isLessThanOrEqualTo(5.0);
        assertThat(json.get("groups").get(1).get("satisfied").asLong()).isEqualTo(1);
    }

    @Test
    void csatOnAnotherScale() throws IOException {
        Path csv = write("score\n10\n9\n8\n1\n");

        Result r = run("csat", "--input", csv.toString(), "--scale", "1-10");

        assertThat(r.exit).isZero();
        assertThat(r.json().get("satisfiedFrom").asInt()).isEqualTo(9);
        assertThat(r.json().get("overall").get("satisfied").asLong()).isEqualTo(2);
    }

    @Test
    void cesCountsEasyAnswersFiveToSevenByDefault() throws IOException {
        Path csv = write("score\n7\n6\n5\n4\n1\n8\n0\n");

        Result r = run("ces", "--input", csv.toString());
        Result stricter = run("ces", "--input", csv.toString(), "--favourable-from", "6");

        assertThat(r.exit).isZero();
        assertThat(r.json().get("easyFrom").asInt()).isEqualTo(5);
        assertThat(r.json().get("rejectedRows").asLong()).isEqualTo(2);
        assertThat(r.json().get("overall").get("easy").asLong()).isEqualTo(3);
        assertThat(r.json().get("overall").get("easyPercent").asDouble()).isCloseTo(60.0, within(1e-12));
        assertThat(r.err).contains("score 8 is outside 1..7").contains("score 0 is outside 1..7");
        assertThat(stricter.json().get("overall").get("easy").asLong()).isEqualTo(2);
    }

    @Test
    void singleAnswerHasNoMeanInterval() throws IOException {
        Result r = run("ces", "--input", write("score\n6\n").toString());

        assertThat(r.json().get("overall").get("meanCiLower").isNull()).isTrue();
        assertThat(r.json().get("overall").get("standardDeviation").isNull()).isTrue();
        assertThat(r.json().get("overall").get("mean").asDouble()).isEqualTo(6.0);
    }

    @Test
    void missingFileAndDirectoryFail() {
        Result missing = run("nps", "--input", dir.resolve("nope.csv").toString());
        Result directory = run("nps", "--input", dir.toString());

        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.err).contains("no such file");
        assertThat(directory.exit).isEqualTo(1);
        assertThat(directory.err).contains("is a directory");
        assertThat(missing.out + directory.out).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "promoters --input x.csv",
        "nps",
        "nps --input",
        "nps --input x.csv --confidence 1.5",
        "nps --input x.csv --confidence abc",
        "nps --input x.csv --confidence 0",
        "nps --input x.csv --min-sample -3",
        "nps --input x.csv --interval bootstrap",
        "csat --input x.csv --interval adjusted-wald",
        "nps --input x.csv --scale 1-5",
        "csat --input x.csv --scale 5-1",
        "csat --input x.csv --scale five",
        "csat --input x.csv --favourable-from 9",
        "nps --input x.csv --verbose",
        "nps --input a.csv --input b.csv",
        "nps --input x.csv --delimiter ab",
        "nps --input x.csv --score-column group",
    })
    void usageErrorsExitWithTwoAndPrintNothingOnStandardOutput(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        Result r = run(args);

        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("metrics: ").contains("Usage: metrics");
    }

    @Test
    void equalsFormOfOptionsWorks() throws IOException {
        Result r = run("nps", "--input=" + write("score\n9\n").toString(), "--confidence=0.8");

        assertThat(r.exit).isZero();
        assertThat(r.json().get("confidenceLevel").asDouble()).isEqualTo(0.8);
    }

    @Test
    void helpGoesToStandardOutput() {
        Result r = run("nps", "--help");

        assertThat(r.exit).isZero();
        assertThat(r.out).contains("Usage: metrics <nps|csat|ces>").contains("-100..100");
        assertThat(r.err).isEmpty();
    }

    @Test
    void mainAcceptsALeadingMetricsWord() {
        assertThat(Main.commandArguments(new String[] {"metrics", "nps", "--input", "x"}))
                .containsExactly("nps", "--input", "x");
        assertThat(Main.commandArguments(new String[] {"nps"})).containsExactly("nps");
        assertThat(Main.commandArguments(new String[0])).isEmpty();
    }

    @Test
    void smallSampleThresholdIsConfigurable() throws IOException {
        Path csv = write("score\n9\n9\n3\n");

        assertThat(run("nps", "--input", csv.toString(), "--min-sample", "3").json().get("overall").get("smallSample").asBoolean())
                .isFalse();
        assertThat(run("nps", "--input", csv.toString(), "--min-sample", "4").json().get("overall").get("smallSample").asBoolean())
                .isTrue();
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "answers", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Result run(String... args) {
        return runWithStdin("", args);
    }

    private static Result runWithStdin(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MetricsCli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
        /** Standard output parsed strictly: the whole stream must be one JSON document. */
        JsonNode json() {
            return STRICT_JSON.readTree(out);
        }
    }
}
