package io.touchpoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineToolsTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineTools.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheTools() {
        Run r = run("help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("metrics", "text", "help", "version");
    }

    @Test
    void textAnalyzePrintsOneJsonResultPerLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CommandLineTools.run(new String[] {"text", "analyze"},
                new ByteArrayInputStream("The room was spotless!\nWe waited 40 minutes to check in.\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines[0]);
        JsonNode second = JsonMapper.builder().build().readTree(lines[1]);
        assertThat(first.toString()).contains("positive");
        assertThat(second.toString()).contains("negative");
    }

    @Test
    void onlyToolNamesAreTools() {
        assertThat(CommandLineTools.handles(new String[] {"help"})).isTrue();
        assertThat(CommandLineTools.handles(new String[] {"--demo"})).isFalse();
        assertThat(CommandLineTools.handles(new String[0])).isFalse();
    }

    @Test
    void metricsNpsPrintsOnlyJson(@TempDir Path dir) throws Exception {
        // Rocks (2016): 1 detractor, 2 passives, 3 promoters -> NPS 1/3, SE 0.304.
        Path csv = dir.resolve("scores.csv");
        Files.writeString(csv, "score\n3\n7\n8\n9\n10\n10\n");
        Run r = run("metrics", "nps", "--input", csv.toString());
        assertThat(r.code()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.toString()).contains("\"promoters\":3", "\"detractors\":1");
    }
}
