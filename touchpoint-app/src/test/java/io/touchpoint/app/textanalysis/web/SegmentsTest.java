package io.touchpoint.app.textanalysis.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.textanalysis.TextInsights.Aspect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A comment is shown cut at its aspect mentions, readable (markup blanked, references decoded), spans intact. */
class SegmentsTest {

    static Aspect aspect(String text, String term, String label) {
        int start = text.indexOf(term);
        return new Aspect("Room", term, start, start + term.length(), label, label.equals("negative") ? -0.5 : 0.5);
    }

    @Test
    void aScrapedCommentReadsAsTextAndKeepsItsHighlights() {
        String stored = "<p>The <b>room</b> wasn&#39;t clean.</p>";
        List<InsightPages.Segment> segments = InsightPages.segments(stored, List.of(aspect(stored, "room", "negative")));
        assertThat(segments).extracting(InsightPages.Segment::text).hasSize(3).element(1).isEqualTo("room");
        assertThat(segments.get(2).text()).startsWith(" ".repeat(4) + " wasn'\u00AD\u00AD\u00AD\u00ADt clean.");
        assertThat(segments.get(1).label()).isEqualTo("negative");
        assertThat(segments.get(0).text()).isEqualTo("The" + " ".repeat(4));
        assertThat(String.join("", segments.stream().map(InsightPages.Segment::text).toList()))
                .doesNotContain("<", "&#39;").endsWith("t clean.");
    }

    @Test
    void plainTextIsShownAsItIs() {
        String stored = "Lovely pool <3 but a < b & the wifi";
        List<InsightPages.Segment> segments = InsightPages.segments(stored, List.of(aspect(stored, "pool", "positive")));
        assertThat(String.join("", segments.stream().map(InsightPages.Segment::text).toList())).isEqualTo(stored);
    }

    @Test
    void aSuggestedTopicIsShownWithTheSentenceThatUsesItReadable() {
        String stored = "<p>Great breakfast.</p><p>My Loyalty&nbsp;points were <b>never</b> credited!</p> Staff lovely.";
        assertThat(InsightPages.example(stored, "loyalty points"))
                .isEqualTo("My Loyalty\u00A0points were never credited!");
        assertThat(InsightPages.example("Nothing about it here. At all.", "loyalty points"))
                .isEqualTo("Nothing about it here. At all.");
        String longText = "loyalty " + "x".repeat(300);
        assertThat(InsightPages.example(longText, "loyalty")).hasSize(200).endsWith("\u2026");
    }
}
