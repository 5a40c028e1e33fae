package io.touchpoint.text.json;

import io.touchpoint.text.AspectMention;
import io.touchpoint.text.DetectedEmotion;
import io.touchpoint.text.Evidence;
import io.touchpoint.text.SentenceSentiment;
import io.touchpoint.text.TextAnalysis;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON form of a {@link TextAnalysis}, built as a tree so field names and order are stable and independent of
 * record accessor names.
 */
public final class AnalysisJson {

    /** Shared, thread-safe once built. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnalysisJson() {
    }

    public static String write(TextAnalysis a) {
        return MAPPER.writeValueAsString(tree(a));
    }

    public static ObjectNode tree(TextAnalysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("text", a.text());
        root.put("language", a.language());
        root.put("english", a.english());
        ObjectNode sentiment = root.putObject("sentiment");
        sentiment.put("label", a.sentiment().label().wireName());
        sentiment.put("score", round(a.sentiment().score()));
        sentiment.put("mixed", a.sentiment().mixed());
        ArrayNode sentences = root.putArray("sentences");
        for (SentenceSentiment s : a.sentences()) {
            ObjectNode o = sentences.addObject();
            o.put("start", s.start());
            o.put("end", s.end());
            o.put("label", s.label().wireName());
            o.put("score", round(s.score()));
        }
        ArrayNode aspects = root.putArray("aspects");
        for (AspectMention m : a.aspects()) {
            ObjectNode o = aspects.addObject();
            o.put("topic", m.topic());
            if (m.subtopic() == null) {
                o.putNull("subtopic");
            } else {
                o.put("subtopic", m.subtopic());
            }
            o.put("path", m.path());
            o.put("term", m.term());
            o.put("start", m.start());
            o.put("end", m.end());
            o.put("clauseStart", m.clauseStart());
            o.put("clauseEnd", m.clauseEnd());
            o.put("label", m.label().wireName());
            o.put("score", round(m.score()));
        }
        ArrayNode emotions = root.putArray("emotions");
        for (DetectedEmotion e : a.emotions()) {
            ObjectNode o = emotions.addObject();
            o.put("emotion", e.emotion().displayName());
            o.put("cluster", e.cluster().displayName());
            o.put("confidence", round(e.confidence()));
            ArrayNode ev = o.putArray("evidence");
            for (Evidence w : e.evidence()) {
                ObjectNode x = ev.addObject();
                x.put("text", w.text());
                x.put("start", w.start());
                x.put("end", w.end());
            }
        }
        return root;
    }

    /** Four decimals are plenty for a score and keep the output diff-friendly. */
    public static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
