package io.touchpoint.app.textanalysis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.textanalysis.TextAnalyses;
import io.touchpoint.app.textanalysis.TextInsights;
import io.touchpoint.text.json.AnalysisJson;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Text analysis for machine clients: the stored analysis of a feedback record, and the engine on any text (a CRM
 * ticket, a chat transcript) with this installation's topics and learned phrases. Read-scope API keys.
 */
@RestController
@Tag(name = "Text analysis")
class TextAnalysisController {

    /** Longest text {@code POST /api/v1/text/analyze} takes (a long review is a few thousand characters). */
    static final int MAX_TEXT = 20_000;

    private final TextAnalyses analyses;
    private final TextInsights insights;

    TextAnalysisController(TextAnalyses analyses, TextInsights insights) {
        this.analyses = analyses;
        this.insights = insights;
    }

    /** What was stored for a feedback record: sentiment, aspects with spans, emotions with evidence, corrections. */
    record StoredAnalysis(long feedbackId, String text, String language, Sentiment sentiment,
            List<TextInsights.Aspect> aspects, List<TextInsights.Emotion> emotions,
            List<TextInsights.Correction> corrections) {
    }

    record Sentiment(String label, double score, boolean mixed) {
    }

    @GetMapping("/api/v1/feedback/{id}/analysis")
    @Operation(summary = "The stored analysis of one feedback record (404 until it has been analysed)")
    StoredAnalysis stored(@PathVariable long id) {
        TextInsights.Comment c = insights.comment(id)
                .orElseThrow(() -> new NotFoundException("feedback " + id + " has no analysis (no comment, or not yet)"));
        return new StoredAnalysis(c.id(), c.text(), c.language(), new Sentiment(c.label(), c.score(), c.mixed()),
                c.aspects(), c.emotions(), c.corrections());
    }

    /** Body of {@code POST /api/v1/text/analyze}. */
    record AnalyzeRequest(String text) {
    }

    @PostMapping(value = "/api/v1/text/analyze", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Analyse a text with this installation's topics and learned phrases (nothing is stored)")
    ResponseEntity<String> analyze(@RequestBody(required = false) AnalyzeRequest body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new InvalidInputException("text", "give the text to analyse");
        }
        if (body.text().length() > MAX_TEXT) {
            throw new InvalidInputException(413, List.of(new InvalidInputException.FieldError("text",
                    "at most " + MAX_TEXT + " characters; this one has " + body.text().length())));
        }
        return ResponseEntity.ok(AnalysisJson.write(analyses.analyzeText(body.text())));
    }
}
