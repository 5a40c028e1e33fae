package io.touchpoint.stats;

/**
 * An integer rating scale {@code min..max} and the answers counted as favourable: those from
 * {@code favourableFrom} up. For CSAT the favourable answers are the top-2 box ("satisfied"); for
 * CES they are the "easy" answers.
 *
 * @param min lowest valid answer
 * @param max highest valid answer, greater than {@code min}
 * @param favourableFrom lowest favourable answer, in {@code min..max}
 */
public record RatingScale(int min, int max, int favourableFrom) {

    /** Bound on |min| and |max| so that sums of squares of billions of answers fit in a long. */
    public static final int MAX_ABS_VALUE = 1_000;

    public RatingScale {
        if (min >= max) {
            throw new IllegalArgumentException("scale needs min < max: " + min + ".." + max);
        }
        if (Math.abs(min) > MAX_ABS_VALUE || Math.abs(max) > MAX_ABS_VALUE) {
            throw new IllegalArgumentException("scale bounds must be within +-" + MAX_ABS_VALUE);
        }
        if (favourableFrom < min || favourableFrom > max) {
            throw new IllegalArgumentException(
                    "favourableFrom " + favourableFrom + " outside the scale " + min + ".." + max);
        }
    }

    /** CSAT on 1..5, favourable = top-2 box (4 and 5). */
    public static RatingScale csat() {
        return new RatingScale(1, 5, 4);
    }

    /** CES on 1..7 (7 = very easy), favourable = "easy" answers 5..7. */
    public static RatingScale ces() {
        return new RatingScale(1, 7, 5);
    }

    /** A scale whose favourable answers are the top {@code boxes} values, e.g. 2 for top-2 box. */
    public static RatingScale topBoxes(int min, int max, int boxes) {
        if (boxes < 1 || boxes > max - min + 1) {
            throw new IllegalArgumentException("boxes must be in 1.." + (max - min + 1) + ": " + boxes);
        }
        return new RatingScale(min, max, max - boxes + 1);
    }

    public RatingScale withFavourableFrom(int favourableFrom) {
        return new RatingScale(min, max, favourableFrom);
    }

    public boolean contains(int rating) {
        return rating >= min && rating <= max;
    }

    public boolean isFavourable(int rating) {
        return contains(rating) && rating >= favourableFrom;
    }
}
