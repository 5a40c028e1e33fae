package io.touchpoint.text.dev;

import io.touchpoint.text.eval.Evaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The cross-validation the rule studies share: the reviews of a file shuffled (seed 42) into 5 folds; in each fold
 * the best setting of a grid by macro-F1 on the other four, applied to the fifth; predictions pooled.
 */
final class ReviewFolds {

    static final int FOLDS = 5;

    private ReviewFolds() {
    }

    /** The setting of the grid with the best macro-F1 on the items (the first of equals; the grid's first wins ties). */
    static <T, S> S best(List<T> items, List<S> grid, BiFunction<S, T, Evaluator.Prediction> apply) {
        S best = grid.get(0);
        double bestF = macroF1(items, best, apply);
        for (S s : grid) {
            double f = macroF1(items, s, apply);
            if (f > bestF + 1e-9) {
                bestF = f;
                best = s;
            }
        }
        return best;
    }

    static <T, S> double macroF1(List<T> items, S setting, BiFunction<S, T, Evaluator.Prediction> apply) {
        return Evaluator.report(items.stream().map(i -> apply.apply(setting, i)).toList()).threeClass().macroF1();
    }

    /** Pooled held-out predictions, the setting chosen per fold printed as it goes. */
    static <T, S> List<Evaluator.Prediction> crossValidate(List<T> items, Function<T, String> review, List<S> grid,
            BiFunction<S, T, Evaluator.Prediction> apply) {
        List<String> reviews = new ArrayList<>(new LinkedHashSet<>(items.stream().map(review).toList()));
        Collections.shuffle(reviews, new Random(42));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            fold.put(reviews.get(i), i % FOLDS);
        }
        List<Evaluator.Prediction> pooled = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            S s = best(items.stream().filter(i -> fold.get(review.apply(i)) != held).toList(), grid, apply);
            items.stream().filter(i -> fold.get(review.apply(i)) == held).map(i -> apply.apply(s, i)).forEach(pooled::add);
            System.out.printf(Locale.ROOT, "fold %d chose %s%n", f + 1, s);
        }
        return pooled;
    }
}
