package io.touchpoint.text.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TextCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TextCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void analyzePrintsOneJsonObjectPerLine() {
        Result r = run("The staff were lovely.\nThe room was dirty.\n", "analyze");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(2);
        JsonNode first = JSON.readTree(r.lines().get(0));
        assertThat(first.get("sentiment").get("label").asString()).isEqualTo("positive");
        assertThat(first.get("language").asString()).isEqualTo("en");
        assertThat(first.get("aspects").get(0).get("path").asString()).isEqualTo("Staff");
        assertThat(JSON.readTree(r.lines().get(1)).get("sentiment").get("label").asString()).isEqualTo("negative");
        assertThat(r.err()).contains("analyzed 2 texts");
    }

    @Test
    void analyzeReadsACsvColumn() throws Exception {
        Path csv = dir.resolve("comments.csv");
        Files.writeString(csv, "id,comment\n1,\"Great pool, awful wifi\"\n2,Friendly staff\n");
        Result r = run("", "analyze", "--input", csv.toString(), "--column", "comment");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(JSON.readTree(r.lines().get(0)).get("text").asString()).isEqualTo("Great pool, awful wifi");
    }

    @Test
    void evaluatePrintsTheMetricsAsItsLastLine() throws Exception {
        Path csv = dir.resolve("labelled.csv");
        Files.writeString(csv, """
                text,label
                The staff were wonderful,positive
                The room was filthy,negative
                We arrived on Tuesday,neutral
                Breakfast was great,positive
                """);
        Result r = run("", "evaluate", "--input", csv.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.lines();
        JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(last.get("n").asInt()).isEqualTo(4);
        assertThat(last.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(last.get("macroF1").asDouble()).isEqualTo(1.0);
        assertThat(last.get("perClass").get("neutral").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(last.get("perClass").propertyNames()).containsExactlyInAnyOrder("negative", "neutral",
                "positive");
    }

    @Test
    void evaluateAcceptsSemEvalXmlAndScoresAspectCategories() throws Exception {
        Path xml = dir.resolve("mini.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <sentences>
                  <sentence id="1"><text>The staff was so horrible to us.</text>
                    <aspectCategories><aspectCategory category="service" polarity="negative"/></aspectCategories>
                  </sentence>
                  <sentence id="2"><text>The food is uniformly exceptional.</text>
                    <aspectCategories><aspectCategory category="food" polarity="positive"/></aspectCategories>
                  </sentence>
                </sentences>
                """);
        Result r = run("", "evaluate", "--input", xml.toString());
        assertThat(r.code()).isZero();
        JsonNode last = JSON.readTree(r.lines().get(r.lines().size() - 1));
        assertThat(last.get("n").asInt()).isEqualTo(2);
        assertThat(last.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(last.get("aspectCategories").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(last.get("aspectCategories").get("polarityAccuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evaluateReadsSemEval2015SentencesInTheirReviewUnlessAskedToReadThemAlone() throws Exception {
        Path xml = dir.resolve("mini2015.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Reviews>
                  <Review rid="r1"><sentences>
                    <sentence id="r1:0"><text>The soup was cold and the waiter was rude.</text><Opinions>
                      <Opinion target="soup" category="FOOD#QUALITY" polarity="negative"/></Opinions></sentence>
                    <sentence id="r1:1"><text>We sat by the window.</text><Opinions>
                      <Opinion target="NULL" category="AMBIENCE#GENERAL" polarity="negative"/></Opinions></sentence>
                    <sentence id="r1:2" OutOfScope="TRUE"><text>My friend had the fish.</text></sentence>
                    <sentence id="r1:3"><text>Terrible service, we will never go back.</text><Opinions>
                      <Opinion target="NULL" category="SERVICE#GENERAL" polarity="negative"/></Opinions></sentence>
                  </sentences></Review>
                  <Review rid="r2"><sentences>
                    <sentence id="r2:0"><text>The dessert was lovely.</text><Opinions>
                      <Opinion target="dessert" category="FOOD#QUALITY" polarity="positive"/></Opinions></sentence>
                  </sentences></Review>
                </Reviews>
                """);
        Result inReview = run("", "evaluate", "--input", xml.toString());
        Result alone = run("", "evaluate", "--input", xml.toString(), "--sentences-alone");
        Result withContext = run("", "evaluate", "--input", xml.toString(), "--context-weight", "0");
        for (Result r : List.of(inReview, alone, withContext)) {
            assertThat(r.code()).isZero();
            assertThat(JSON.readTree(r.lines().get(r.lines().size() - 1)).get("n").asInt()).isEqualTo(4);
        }
        assertThat(inReview.err()).contains("each review analysed as one text");
        assertThat(alone.err()).contains("each sentence analysed alone");
        // The window sentence has no evidence of its own: neutral alone (3-class accuracy 0.75), but it names an
        // aspect in a negative review, so read in its review it is an implicit complaint (accuracy and 2-class 1.0);
        // --context-weight 0 turns reading in context off. Alone, its sign is the review direction's lean, which
        // this test does not fix.
        JsonNode review = JSON.readTree(inReview.lines().get(inReview.lines().size() - 1));
        JsonNode single = JSON.readTree(alone.lines().get(alone.lines().size() - 1));
        JsonNode noLean = JSON.readTree(withContext.lines().get(withContext.lines().size() - 1));
        assertThat(review.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(single.get("accuracy").asDouble()).isEqualTo(0.75);
        assertThat(noLean.get("accuracy").asDouble()).isEqualTo(0.75);
        assertThat(review.get("twoClassAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(run("", "evaluate", "--input", xml.toString(), "--context-weight", "2").code()).isEqualTo(2);
    }

    @Test
    void evaluateScoresHotelFilesAgainstHotelCategories() throws Exception {
        Path xml = dir.resolve("hotels.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Reviews>
                  <Review rid="h1"><sentences>
                    <sentence id="h1#0"><text>The bathroom was filthy and the bed was lumpy.</text><Opinions>
                      <Opinion target="bathroom" category="ROOM_AMENITIES#GENERAL" polarity="negative"/>
                      <Opinion target="bed" category="ROOMS#COMFORT" polarity="negative"/></Opinions></sentence>
                    <sentence id="h1#1"><text>The receptionist was lovely.</text><Opinions>
                      <Opinion target="receptionist" category="SERVICE#GENERAL" polarity="positive"/></Opinions></sentence>
                    <sentence id="h1#2"><text>We arrived on a Tuesday.</text></sentence>
                  </sentences></Review>
                </Reviews>
                """);
        Result r = run("", "evaluate", "--input", xml.toString());
        assertThat(r.code()).isZero();
        JsonNode last = JSON.readTree(r.lines().get(r.lines().size() - 1));
        assertThat(last.get("n").asInt()).isEqualTo(3);
        JsonNode cats = last.get("aspectCategories");
        // Room topics map to the hotel file's ROOMS and ROOM_AMENITIES entities, not to restaurant AMBIENCE#GENERAL.
        assertThat(cats.get("perCategory").has("AMBIENCE#GENERAL")).isFalse();
        assertThat(cats.get("perCategory").get("ROOMS#COMFORT").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(cats.get("perCategory").get("ROOM_AMENITIES#GENERAL").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(cats.get("perCategory").get("SERVICE#GENERAL").get("f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evaluateCountsTextsInOtherLanguagesAsNeutralAndSaysHowMany() throws Exception {
        Path csv = dir.resolve("languages.csv");
        Files.writeString(csv, "text,label\n"
                + "\"Das Zimmer war sehr schmutzig und das Personal unfreundlich, wir kommen nicht wieder.\",negative\n"
                + "The room was filthy and the staff were rude.,negative\n"
                + "Lovely stay with a wonderful breakfast.,positive\n");
        Result r = run("", "evaluate", "--input", csv.toString());
        assertThat(r.code()).isZero();
        JsonNode last = JSON.readTree(r.lines().get(r.lines().size() - 1));
        assertThat(last.get("n").asInt()).isEqualTo(3);
        assertThat(last.get("otherLanguage").asInt()).isEqualTo(1);
        assertThat(last.get("perClass").get("negative").get("recall").asDouble()).isEqualTo(0.5);
        assertThat(r.err()).contains("texts not in English: 1 (not analysed; they count as neutral predictions)");
    }

    @Test
    void evaluateReadsSpreadsheetCsvAndSkipsRowsWithoutAUsableLabel() throws Exception {
        Path csv = dir.resolve("excel.csv");
        // A byte order mark, CRLF line ends, header names in other case and spacing, quoted fields with quotes and
        // a line break, labels in capitals, a row with an unknown label, one with none and a short row.
        Files.write(csv, ("\uFEFF Text ,LABEL,extra\r\n"
                + "\"The staff were \"\"wonderful\"\"\",Positive,a\r\n"
                + "\"The room was filthy.\nNever again.\",NEGATIVE,b\r\n"
                + "We arrived on Tuesday,neutral,c\r\n"
                + "Breakfast was great,so-so,d\r\n"
                + "Lovely pool,,e\r\n"
                + "only text\r\n").getBytes(StandardCharsets.UTF_8));
        Result r = run("", "evaluate", "--input", csv.toString(), "--column", "text", "--label-column", "label");
        assertThat(r.code()).isZero();
        JsonNode last = JSON.readTree(r.lines().get(r.lines().size() - 1));
        assertThat(last.get("n").asInt()).isEqualTo(3);
        assertThat(last.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(last.get("skipped").asInt()).isEqualTo(3);
        assertThat(r.err()).contains("skipped row 4: not a sentiment label: so-so", "skipped row 5",
                "skipped row 6: has 1 of 3 columns");
        assertThat(last.get("otherLanguage").asInt()).isZero();
        // Without any usable row it is an error, not a figure.
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "text,label\nhello,maybe\n");
        Result failed = run("", "evaluate", "--input", none.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).contains("skipped row 1: not a sentiment label: maybe", "no row with a text and a label");
        // analyze reads the same file row by row, a short row giving an empty result.
        Result a = run("", "analyze", "--input", csv.toString());
        assertThat(a.code()).isZero();
        assertThat(a.lines()).hasSize(6);
        assertThat(JSON.readTree(a.lines().get(0)).get("text").asString()).isEqualTo("The staff were \"wonderful\"");
    }

    @Test
    void evaluateAndAnalyzeReadTabSeparatedFiles() throws Exception {
        Path tsv = dir.resolve("labelled.tsv");
        Files.writeString(tsv, "text\tlabel\nThe staff were wonderful, really\tpositive\nThe room was filthy\tnegative\n");
        Result r = run("", "evaluate", "--input", tsv.toString());
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.lines().get(r.lines().size() - 1)).get("accuracy").asDouble()).isEqualTo(1.0);
        Result a = run("", "analyze", "--input", tsv.toString());
        assertThat(a.lines()).hasSize(2);
        assertThat(JSON.readTree(a.lines().get(0)).get("text").asString()).isEqualTo("The staff were wonderful, really");
    }

    @Test
    void usageErrorsExitWithTwoAndFailuresWithOne() throws Exception {
        assertThat(run("", "evaluate").code()).isEqualTo(2);
        assertThat(run("", "frobnicate").code()).isEqualTo(2);
        assertThat(run("").code()).isEqualTo(2);
        Result missing = run("", "evaluate", "--input", dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "text,label\nhello,maybe\n");
        assertThat(run("", "evaluate", "--input", bad.toString()).code()).isEqualTo(1);
    }

    @Test
    void suggestTopicsAndTaxonomyPrintJson() {
        Result r = run("Yoga session was fun\nYoga session again\nThe breakfast was good\n", "suggest-topics");
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.lines().get(0)).get("phrase").asString()).isEqualTo("yoga session");
        Result t = run("", "taxonomy");
        assertThat(JSON.readTree(t.out()).get("topics").size()).isGreaterThan(5);
    }

    @Test
    void trainWritesTheReviewDirectionFromLabelledSentencesAndReportsBadRows() throws Exception {
        Path go = Files.createDirectories(dir.resolve("goemotions"));
        StringBuilder tsv = new StringBuilder();
        String[][] rows = {{"I love this place, thank you", "18,15"}, {"this makes me so angry", "2"},
            {"we went there on a Tuesday", "27"}, {"what a relief, so glad", "23,17"}, {"I am so disappointed", "9"},
            {"curious what they will do next", "7"}, {"that is scary and sad", "14,25"}, {"nice, I approve", "4"}};
        for (int i = 0; i < 6; i++) {
            for (String[] r : rows) {
                tsv.append(r[0]).append(' ').append(i).append('\t').append(r[1]).append("\tid").append('\n');
            }
        }
        Files.writeString(go.resolve("train.tsv"), tsv);
        Files.writeString(go.resolve("dev.tsv"), tsv);
        Path reviews = dir.resolve("reviews.csv");
        Files.writeString(reviews, "text,label\nThe soup arrived after forty minutes.,negative\n"
                + "The soup arrived piping hot.,positive\nThe soup was soup.,tasty\n");
        Path out = dir.resolve("models");
        Result r = run("", "train", "--goemotions", go.toString(), "--out", out.toString(), "--reviews",
                reviews.toString());
        assertThat(r.code()).isZero();
        assertThat(out.resolve("goemotions-polarity.model.gz")).exists();
        assertThat(out.resolve("goemotions-shaw.model.gz")).exists();
        assertThat(out.resolve("review-polarity.model.gz")).exists();
        assertThat(r.err()).contains("row 3: ").contains("2 labelled sentences");

        Path without = dir.resolve("without");
        assertThat(run("", "train", "--goemotions", go.toString(), "--out", without.toString()).code()).isZero();
        assertThat(without.resolve("review-polarity.model.gz")).doesNotExist();
    }
}
