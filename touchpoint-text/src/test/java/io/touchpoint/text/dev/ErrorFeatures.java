package io.touchpoint.text.dev;

import io.touchpoint.text.SentimentLabel;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Development aid (counts only, no sentence printed, so it may be run on a held-out file): how often simple surface
 * features occur among the 2-class errors of a SemEval file read in its reviews, against how often they occur among
 * all its gold-positive and gold-negative sentences, by gold sign. A feature over-represented among the errors is
 * where sentences written for the purpose should go next; which sentences they are is never shown. Usage:
 * ErrorFeatures FILE.xml...
 */
public final class ErrorFeatures {

    private static final Pattern NEGATOR = Pattern.compile("(?i)\\b(not|no|never|nothing|none|nobody)\\b|n't\\b");
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(but|although|though|however|yet)\\b");
    private static final Pattern NUMBER = Pattern.compile("[0-9$]");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(than|compared|better|worse)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|we|my|our|us|me)\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\b(minutes?|hours?|wait|waited|waiting)\\b");
    private static final Pattern PAST_EXPECTATION = Pattern.compile(
            "(?i)\\b(expect\\w*|hop\\w*|used to|supposed|should|would|could)\\b");

    private ErrorFeatures() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Predicate<String>> features = new LinkedHashMap<>();
        features.put("up to 6 words", t -> words(t) <= 6);
        features.put("7 to 15 words", t -> words(t) > 6 && words(t) <= 15);
        features.put("16 to 30 words", t -> words(t) > 15 && words(t) <= 30);
        features.put("over 30 words", t -> words(t) > 30);
        features.put("negator", t -> NEGATOR.matcher(t).find());
        features.put("contrast word", t -> CONTRAST.matcher(t).find());
        features.put("digit or $", t -> NUMBER.matcher(t).find());
        features.put("comparison", t -> COMPARISON.matcher(t).find());
        features.put("first person", t -> FIRST_PERSON.matcher(t).find());
        features.put("time or waiting", t -> TIME.matcher(t).find());
        features.put("expectation or modal", t -> PAST_EXPECTATION.matcher(t).find());
        features.put("question mark", t -> t.contains("?"));
        features.put("exclamation mark", t -> t.contains("!"));
        Evaluator evaluator = new Evaluator(TextAnalyzer.withDefaults());
        for (String f : args) {
            List<SemEvalReader.Sentence> sentences = SemEvalReader.read(Path.of(f));
            List<Evaluator.Prediction> inReview = evaluator.predictionsInReviews(sentences);
            List<SemEvalReader.Sentence> labelled = sentences.stream().filter(s -> s.label() != null).toList();
            System.out.println("== " + Path.of(f).getFileName());
            for (SentimentLabel gold : List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE)) {
                List<String> all = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                for (int i = 0; i < labelled.size(); i++) {
                    SemEvalReader.Sentence s = labelled.get(i);
                    if (s.label() != gold) {
                        continue;
                    }
                    all.add(s.text());
                    if ((inReview.get(i).score() >= 0) != (gold == SentimentLabel.POSITIVE)) {
                        errors.add(s.text());
                    }
                }
                System.out.printf(Locale.ROOT, "gold %s: %d errors of %d%n", gold.name().toLowerCase(Locale.ROOT),
                        errors.size(), all.size());
                for (Map.Entry<String, Predicate<String>> e : features.entrySet()) {
                    long inErrors = errors.stream().filter(e.getValue()).count();
                    long inAll = all.stream().filter(e.getValue()).count();
                    double rate = inAll == 0 ? 0 : (double) inErrors / inAll;
                    System.out.printf(Locale.ROOT, "  %-22s %3d of %3d errors  %4d of %4d sentences  error rate %.3f%n",
                            e.getKey(), inErrors, errors.size(), inAll, all.size(), rate);
                }
            }
        }
    }

    private static int words(String t) {
        String s = t.trim();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
