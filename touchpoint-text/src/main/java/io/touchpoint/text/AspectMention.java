package io.touchpoint.text;

/**
 * A mention of a taxonomy topic, with the sentiment of the clause that talks about it.
 *
 * @param topic top-level topic, e.g. "Room"
 * @param subtopic second-level topic, e.g. "Cleanliness"; null when the term belongs to the top-level topic itself
 * @param path "Room > Cleanliness", or "Room" when there is no subtopic
 * @param term the taxonomy term or phrase that matched (as written in the taxonomy)
 * @param start index of the first character of the matched words in the analysed text
 * @param end index after the last character of the matched words
 * @param clauseStart start of the clause whose sentiment is given
 * @param clauseEnd end of that clause
 * @param label sentiment of the clause
 * @param score sentiment score of the clause in [-1, 1]
 */
public record AspectMention(String topic, String subtopic, String path, String term, int start, int end,
        int clauseStart, int clauseEnd, SentimentLabel label, double score) {
}
