package io.touchpoint.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Phrase-level corrections from staff, applied on top of the built-in lexicons.
 *
 * <p>When staff correct a label in the app ("'sick' means great here", "'basic' is fine for our hostel"), the app
 * stores the phrase with the label it should carry and passes the set to {@link TextAnalyzer#withOverrides}. A
 * phrase is matched as a whole before any built-in word or idiom, in any sentence of any text; a neutral phrase
 * silences the words inside it. Phrases are matched case-insensitively on word boundaries, like taxonomy terms
 * (without wildcards). Immutable.
 */
public final class SentimentOverrides {

    /** Valence given to a phrase marked positive or negative: a clear opinion word ("great" is 3.1, "bad" -2.5). */
    public static final double LABEL_VALENCE = 2.5;

    private static final SentimentOverrides NONE = new SentimentOverrides(Map.of());

    private final Map<String, Double> valences;

    private SentimentOverrides(Map<String, Double> valences) {
        this.valences = Collections.unmodifiableMap(new LinkedHashMap<>(valences));
    }

    public static SentimentOverrides none() {
        return NONE;
    }

    /** Overrides from phrase to label. */
    public static SentimentOverrides of(Map<String, SentimentLabel> phrases) {
        SentimentOverrides o = NONE;
        for (Map.Entry<String, SentimentLabel> e : phrases.entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        return o;
    }

    /** Adds or replaces a phrase with a label. */
    public SentimentOverrides with(String phrase, SentimentLabel label) {
        double v = switch (label) {
            case POSITIVE -> LABEL_VALENCE;
            case NEGATIVE -> -LABEL_VALENCE;
            case NEUTRAL -> 0.0;
        };
        return with(phrase, v);
    }

    /**
     * Adds or replaces a phrase with an exact valence on VADER's -4..4 scale (e.g. 1.0 for mildly positive).
     */
    public SentimentOverrides with(String phrase, double valence) {
        String key = normalise(phrase);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("an override needs a phrase");
        }
        if (!(valence >= -4.0 && valence <= 4.0)) {
            throw new IllegalArgumentException("valence must be in [-4, 4]: " + valence);
        }
        Map<String, Double> copy = new LinkedHashMap<>(valences);
        copy.put(key, valence);
        return new SentimentOverrides(copy);
    }

    public SentimentOverrides without(String phrase) {
        Map<String, Double> copy = new LinkedHashMap<>(valences);
        copy.remove(normalise(phrase));
        return new SentimentOverrides(copy);
    }

    /**
     * Reads lines {@code phrase<TAB>label} or {@code phrase<TAB>valence}; blank lines and lines starting with '#'
     * are skipped.
     */
    public static SentimentOverrides parse(String lines) {
        SentimentOverrides o = NONE;
        int no = 0;
        for (String line : lines.split("\\R")) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("line " + no + ": expected phrase<TAB>label");
            }
            String phrase = line.substring(0, tab);
            String value = line.substring(tab + 1).trim();
            try {
                o = o.with(phrase, Double.parseDouble(value));
            } catch (NumberFormatException notNumber) {
                o = o.with(phrase, SentimentLabel.parse(value));
            }
        }
        return o;
    }

    /** Phrase (lower case, single spaces) to valence, in insertion order. */
    public Map<String, Double> valences() {
        return valences;
    }

    public boolean isEmpty() {
        return valences.isEmpty();
    }

    private static String normalise(String phrase) {
        return phrase == null ? "" : phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentimentOverrides s && s.valences.equals(valences);
    }

    @Override
    public int hashCode() {
        return valences.hashCode();
    }

    @Override
    public String toString() {
        return "SentimentOverrides" + valences;
    }
}
