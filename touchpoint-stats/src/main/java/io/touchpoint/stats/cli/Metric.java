package io.touchpoint.stats.cli;

import io.touchpoint.stats.NpsCategory;
import io.touchpoint.stats.RatingScale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The metrics the command computes, with their default answer scales. */
enum Metric {
    NPS(NpsCategory.MIN_SCORE, NpsCategory.MAX_SCORE, 9),
    CSAT(RatingScale.csat()),
    CES(RatingScale.ces());

    private final RatingScale defaultScale;

    Metric(RatingScale scale) {
        this.defaultScale = scale;
    }

    Metric(int min, int max, int favourableFrom) {
        this(new RatingScale(min, max, favourableFrom));
    }

    RatingScale defaultScale() {
        return defaultScale;
    }

    String command() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Metric> fromCommand(String command) {
        return Arrays.stream(values()).filter(m -> m.command().equals(command)).findFirst();
    }
}
