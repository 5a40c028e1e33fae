package io.touchpoint.text;

import io.touchpoint.text.json.AnalysisJson;
import java.util.List;

/**
 * Everything the engine found in one text.
 *
 * @param text the analysed text
 * @param language ISO 639-1 code of the detected language; "und" for words in a language the detector does not
 *     know (not analysed, like any other language), "zxx" for a text without words (emoji only, empty: analysed)
 * @param english the text is English, so sentiment, aspects and emotions were analysed; for other languages they are
 *     neutral and empty (the engine's lexicons and models are English)
 * @param sentiment sentiment of the whole text
 * @param sentences sentiment per sentence, in text order
 * @param aspects topic mentions with their clause sentiment, in text order
 * @param emotions Shaw emotions found, in Shaw's order, each with its evidence
 */
public record TextAnalysis(String text, String language, boolean english, Sentiment sentiment,
        List<SentenceSentiment> sentences, List<AspectMention> aspects, List<DetectedEmotion> emotions) {

    public TextAnalysis {
        sentences = List.copyOf(sentences);
        aspects = List.copyOf(aspects);
        emotions = List.copyOf(emotions);
    }

    /** This analysis as one line of JSON (field names as in the record; labels and emotions in lower case). */
    public String toJson() {
        return AnalysisJson.write(this);
    }
}
