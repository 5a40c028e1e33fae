package io.touchpoint.app.survey.internal;

import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Skip logic evaluated on the server, page by page, so the survey works without JavaScript.
 *
 * <p>Pages are fixed by the definition: a new page starts at a question whose condition tests a question on the
 * current page (its answer is only known once that page is sent). So whether a question is shown depends only on
 * answers from earlier pages. A question is shown when it has no condition, or when the question it tests is shown,
 * answered, and the condition holds; answers to questions that end up hidden are not part of the response.
 */
public final class SurveyFlow {

    private final SurveyDefinition definition;
    private final List<List<Question>> pages;

    public SurveyFlow(SurveyDefinition definition) {
        this.definition = definition;
        List<List<Question>> all = new ArrayList<>();
        List<Question> current = new ArrayList<>();
        Set<String> onPage = new HashSet<>();
        for (Question q : definition.questions()) {
            if (q.showIf() != null && onPage.contains(q.showIf().question())) {
                all.add(List.copyOf(current));
                current = new ArrayList<>();
                onPage.clear();
            }
            current.add(q);
            onPage.add(q.id());
        }
        if (!current.isEmpty()) {
            all.add(List.copyOf(current));
        }
        this.pages = List.copyOf(all);
    }

    public SurveyDefinition definition() {
        return definition;
    }

    public int pageCount() {
        return pages.size();
    }

    public List<Question> page(int index) {
        return pages.get(index);
    }

    public int pageOf(String questionId) {
        for (int i = 0; i < pages.size(); i++) {
            for (Question q : pages.get(i)) {
                if (q.id().equals(questionId)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The answers that count: those to questions shown given the answers before them, in question order. */
    public Map<String, Answer> effective(Map<String, Answer> answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            if (shownGiven(q, kept) && answers.containsKey(q.id())) {
                kept.put(q.id(), answers.get(q.id()));
            }
        }
        return kept;
    }

    public boolean shown(Question q, Map<String, Answer> answers) {
        return shownGiven(q, effective(answers));
    }

    private static boolean shownGiven(Question q, Map<String, Answer> effective) {
        return q.showIf() == null || q.showIf().holdsIn(effective);
    }

    /** The questions of a page that are shown, given the answers so far. */
    public List<Question> shownOn(int page, Map<String, Answer> answers) {
        if (page < 0 || page >= pages.size()) {
            return List.of();
        }
        Map<String, Answer> effective = effective(answers);
        return pages.get(page).stream().filter(q -> shownGiven(q, effective)).toList();
    }

    /** The first page after {@code page} that shows at least one question; empty when the survey is done. */
    public OptionalInt next(int page, Map<String, Answer> answers) {
        for (int i = Math.max(page + 1, 0); i < pages.size(); i++) {
            if (!shownOn(i, answers).isEmpty()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The last page before {@code page} that shows at least one question. */
    public OptionalInt previous(int page, Map<String, Answer> answers) {
        for (int i = Math.min(page, pages.size()) - 1; i >= 0; i--) {
            if (!shownOn(i, answers).isEmpty()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether a page after {@code page} may still show questions once this page is answered: a later question is
     * unconditional, its condition already holds, or it tests a question not settled yet (on this page or later).
     * The respondent's button says "Submit" only when this is false.
     */
    public boolean mayContinue(int page, Map<String, Answer> answers) {
        Map<String, Answer> effective = effective(answers);
        for (int j = page + 1; j < pages.size(); j++) {
            for (Question q : pages.get(j)) {
                if (q.showIf() == null || q.showIf().holdsIn(effective)) {
                    return true;
                }
                int tested = pageOf(q.showIf().question());
                if (tested >= page) {
                    return true;
                }
            }
        }
        return false;
    }

    public OptionalInt first(Map<String, Answer> answers) {
        return next(-1, answers);
    }

    /** Required questions that are shown but not answered, in order. */
    public List<Question> missing(Map<String, Answer> answers) {
        Map<String, Answer> effective = effective(answers);
        return definition.questions().stream()
                .filter(q -> q.required() && shownGiven(q, effective) && !effective.containsKey(q.id())).toList();
    }
}
