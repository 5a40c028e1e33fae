package io.touchpoint.stats;

/**
 * The three Net Promoter categories of a 0-10 likelihood-to-recommend answer: detractors answer
 * 0-6, passives 7-8 and promoters 9-10 (Reichheld 2003).
 */
public enum NpsCategory {
    DETRACTOR,
    PASSIVE,
    PROMOTER;

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 10;

    /**
     * The category of a likelihood-to-recommend answer.
     *
     * @throws IllegalArgumentException if the score is outside 0..10
     */
    public static NpsCategory of(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("NPS score must be in 0..10: " + score);
        }
        if (score >= 9) {
            return PROMOTER;
        }
        return score >= 7 ? PASSIVE : DETRACTOR;
    }
}
