package io.touchpoint.text;

/** Colin Shaw's four clusters of customer emotions (The DNA of Customer Experience, 2007). */
public enum EmotionCluster {
    /** Emotions that drive advocacy: happy, pleased. */
    ADVOCACY("Advocacy"),
    /** Emotions that drive recommendation: trusting, valued, cared for, focused, safe. */
    RECOMMENDATION("Recommendation"),
    /** Emotions that hold attention: interested, energetic, stimulated, exploratory, indulgent. */
    ATTENTION("Attention"),
    /** Emotions that destroy value: irritated, hurried, neglected, unhappy, unsatisfied, stressed, disappointed,
     *  frustrated. */
    DESTROYING("Destroying");

    private final String displayName;

    EmotionCluster(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
