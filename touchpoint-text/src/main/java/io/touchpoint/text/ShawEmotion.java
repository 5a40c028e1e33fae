package io.touchpoint.text;

import java.util.Locale;

/** Colin Shaw's 20 customer emotions, each in its cluster. */
public enum ShawEmotion {
    HAPPY("happy", EmotionCluster.ADVOCACY),
    PLEASED("pleased", EmotionCluster.ADVOCACY),
    TRUSTING("trusting", EmotionCluster.RECOMMENDATION),
    VALUED("valued", EmotionCluster.RECOMMENDATION),
    CARED_FOR("cared for", EmotionCluster.RECOMMENDATION),
    FOCUSED("focused", EmotionCluster.RECOMMENDATION),
    SAFE("safe", EmotionCluster.RECOMMENDATION),
    INTERESTED("interested", EmotionCluster.ATTENTION),
    ENERGETIC("energetic", EmotionCluster.ATTENTION),
    STIMULATED("stimulated", EmotionCluster.ATTENTION),
    EXPLORATORY("exploratory", EmotionCluster.ATTENTION),
    INDULGENT("indulgent", EmotionCluster.ATTENTION),
    IRRITATED("irritated", EmotionCluster.DESTROYING),
    HURRIED("hurried", EmotionCluster.DESTROYING),
    NEGLECTED("neglected", EmotionCluster.DESTROYING),
    UNHAPPY("unhappy", EmotionCluster.DESTROYING),
    UNSATISFIED("unsatisfied", EmotionCluster.DESTROYING),
    STRESSED("stressed", EmotionCluster.DESTROYING),
    DISAPPOINTED("disappointed", EmotionCluster.DESTROYING),
    FRUSTRATED("frustrated", EmotionCluster.DESTROYING);

    private final String displayName;
    private final EmotionCluster cluster;

    ShawEmotion(String displayName, EmotionCluster cluster) {
        this.displayName = displayName;
        this.cluster = cluster;
    }

    /** Shaw's wording, e.g. "cared for". */
    public String displayName() {
        return displayName;
    }

    public EmotionCluster cluster() {
        return cluster;
    }

    /** Parses Shaw's wording or the constant name ("cared for", "CARED_FOR", "cared_for"). */
    public static ShawEmotion parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (ShawEmotion e : values()) {
            if (e.displayName.equals(v)) {
                return e;
            }
        }
        throw new IllegalArgumentException("not a Shaw emotion: " + s);
    }
}
