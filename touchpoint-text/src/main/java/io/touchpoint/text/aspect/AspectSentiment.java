package io.touchpoint.text.aspect;

import io.touchpoint.text.AspectMention;
import io.touchpoint.text.sentiment.OpinionUnit;
import io.touchpoint.text.sentiment.SentenceScore;
import io.touchpoint.text.sentiment.SentimentAggregator;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each topic mention the sentiment of its own clause rather than of the whole text.
 *
 * <p>Sentences are cut into segments at commas, semicolons and linking words ("and", "but", "although", "with"). A
 * segment that holds opinion words but no topic ("..., and very helpful") lends them to the nearest topic segment
 * before it (or after it, for "Clean, spacious room"); a topic segment without opinion words borrows from the next
 * segment ("The food and service were great"); a sentence that opens with "It"/"They" about the previous sentence's
 * topic extends that topic's clause. Stateless; thread-safe.
 */
public final class AspectSentiment {

    private static final WordSet LINKS = WordSet.of("and", "but", "although", "though", "however", "whereas",
            "while", "whilst", "yet", "except", "with", "plus", "because", "as", "which", "also", "or", "nor");
    private static final WordSet ANAPHORS = WordSet.of("it", "they", "this", "these", "that", "those", "which",
            "it's", "they're", "its", "their", "he", "she", "both", "everything");

    private final SentimentAggregator aggregator;

    public AspectSentiment(SentimentAggregator aggregator) {
        this.aggregator = aggregator;
    }

    private static final class Segment {
        final int start;
        final int end;
        final List<TermMatcher.TermMatch> matches = new ArrayList<>(2);
        final List<OpinionUnit> own = new ArrayList<>(2);
        final List<OpinionUnit> lent = new ArrayList<>(2);
        int spanFrom;
        int spanTo;

        Segment(int start, int end) {
            this.start = start;
            this.end = end;
            this.spanFrom = start;
            this.spanTo = end;
        }

        void take(Segment other) {
            lent.addAll(other.own);
            spanFrom = Math.min(spanFrom, other.start);
            spanTo = Math.max(spanTo, other.end);
        }
    }

    public List<AspectMention> mentions(List<Token> tokens, String[] keys, List<int[]> sentences,
            List<SentenceScore> scores, List<TermMatcher.TermMatch> rawMatches) {
        if (rawMatches.isEmpty()) {
            return List.of();
        }
        List<TermMatcher.TermMatch> matches = dropBorrowedSpeed(dropModifierNouns(rawMatches, keys), keys);
        // Never cut inside a matched phrase ("above and beyond", "bread and butter").
        boolean[] inside = new boolean[tokens.size()];
        for (TermMatcher.TermMatch tm : rawMatches) {
            for (int t = tm.start() + 1; t < tm.end(); t++) {
                inside[t] = true;
            }
        }
        for (SentenceScore sc : scores) {
            for (OpinionUnit u : sc.units()) {
                for (int t = u.start() + 1; t < u.end(); t++) {
                    inside[t] = true;
                }
            }
        }
        List<AspectMention> out = new ArrayList<>();
        int m = 0;
        Segment previousTopicSegment = null;
        for (int si = 0; si < sentences.size(); si++) {
            int s = sentences.get(si)[0];
            int e = sentences.get(si)[1];
            List<Segment> segments = segments(tokens, keys, s, e, inside);
            while (m < matches.size() && matches.get(m).start() < e) {
                TermMatcher.TermMatch tm = matches.get(m++);
                segmentAt(segments, tm.start()).matches.add(tm);
            }
            for (OpinionUnit u : scores.get(si).units()) {
                segmentAt(segments, u.start()).own.add(u);
            }
            boolean anyTopic = false;
            for (Segment g : segments) {
                anyTopic |= !g.matches.isEmpty();
            }
            if (!anyTopic) {
                // "We ordered the fish. It was cold." gives "It was cold" to the fish.
                if (previousTopicSegment != null && !scores.get(si).units().isEmpty() && opensWithAnaphor(tokens,
                        keys, s, e)) {
                    for (Segment g : segments) {
                        previousTopicSegment.take(g);
                    }
                    // Re-issue the previous sentence's mentions of that segment with the wider clause.
                    out = reissue(out, previousTopicSegment, tokens);
                }
                continue;
            }
            for (int g = 0; g < segments.size(); g++) {
                Segment seg = segments.get(g);
                if (!seg.matches.isEmpty() || seg.own.isEmpty()) {
                    continue;
                }
                Segment target = null;
                for (int k = g - 1; k >= 0 && target == null; k--) {
                    if (!segments.get(k).matches.isEmpty()) {
                        target = segments.get(k);
                    }
                }
                for (int k = g + 1; k < segments.size() && target == null; k++) {
                    if (!segments.get(k).matches.isEmpty()) {
                        target = segments.get(k);
                    }
                }
                if (target != null) {
                    target.take(seg);
                }
            }
            for (int g = 0; g < segments.size(); g++) {
                Segment seg = segments.get(g);
                if (seg.matches.isEmpty() || !seg.own.isEmpty() || !seg.lent.isEmpty()) {
                    continue;
                }
                if (g + 1 < segments.size() && !segments.get(g + 1).own.isEmpty()) {
                    seg.take(segments.get(g + 1));
                }
            }
            for (Segment seg : segments) {
                if (seg.matches.isEmpty()) {
                    continue;
                }
                emit(seg, tokens, out);
                previousTopicSegment = seg;
            }
        }
        return out;
    }

    private List<AspectMention> reissue(List<AspectMention> out, Segment seg, List<Token> tokens) {
        List<AspectMention> kept = new ArrayList<>(out.size());
        for (AspectMention a : out) {
            boolean fromSeg = false;
            for (TermMatcher.TermMatch tm : seg.matches) {
                if (tokens.get(tm.start()).start == a.start()) {
                    fromSeg = true;
                    break;
                }
            }
            if (!fromSeg) {
                kept.add(a);
            }
        }
        emit(seg, tokens, kept);
        kept.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.path().compareTo(b.path()));
        return kept;
    }

    private void emit(Segment seg, List<Token> tokens, List<AspectMention> out) {
        double sum = 0;
        for (OpinionUnit u : seg.own) {
            sum += u.value();
        }
        for (OpinionUnit u : seg.lent) {
            sum += u.value();
        }
        double score = SentenceScore.squash(sum);
        int clauseStart = tokens.get(seg.spanFrom).start;
        int clauseEnd = tokens.get(seg.spanTo - 1).end;
        for (TermMatcher.TermMatch tm : seg.matches) {
            int start = tokens.get(tm.start()).start;
            int end = tokens.get(tm.end() - 1).end;
            for (TermMatcher.TermRef ref : tm.refs()) {
                out.add(new AspectMention(ref.topic(), ref.subtopic(), ref.path(), ref.term(), start, end,
                        Math.min(clauseStart, start), Math.max(clauseEnd, end), aggregator.label(score), score));
            }
        }
    }

    /** Venue nouns that, right before another topic's term, only say whose it is ("hotel staff"). */
    private static final WordSet VENUES = WordSet.of("hotel", "restaurant", "resort", "property", "place", "room",
            "bar", "pool", "spa", "lobby", "kitchen", "house", "inn", "hostel", "motel", "cafe", "café", "apartment");

    /** "hotel staff", "restaurant food": a venue word right before another topic's term only modifies it. */
    private List<TermMatcher.TermMatch> dropModifierNouns(List<TermMatcher.TermMatch> matches, String[] keys) {
        List<TermMatcher.TermMatch> out = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            TermMatcher.TermMatch tm = matches.get(i);
            // cheap tests first: this runs for every topic mention of every text
            if (tm.end() - tm.start() == 1 && i + 1 < matches.size() && matches.get(i + 1).start() == tm.end()
                    && VENUES.contains(TermMatcher.stem(keys[tm.start()])) && topicsOnly(tm)
                    && !matches.get(i + 1).refs().get(0).topic().equals(tm.refs().get(0).topic())) {
                continue;
            }
            out.add(tm);
        }
        return out;
    }

    private static boolean topicsOnly(TermMatcher.TermMatch tm) {
        for (TermMatcher.TermRef r : tm.refs()) {
            if (r.subtopic() != null) {
                return false;
            }
        }
        return true;
    }

    /** Speed words that the Speed-of-service topic lists and other things have too ("fast Wi-Fi", "slow lift"). */
    private static final WordSet SPEED = WordSet.of("quick", "quickly", "fast", "slow", "slowly", "speedy");
    private static final WordSet PREDICATE_FILLERS = WordSet.of("was", "is", "were", "are", "very", "really", "so",
            "pretty", "quite", "super", "always", "extremely", "incredibly", "painfully", "too", "a", "bit");
    /** Topics whose speed is the service's: food that came quickly, staff who were fast. */
    private static final Set<String> SERVICE_OWNED = Set.of("Staff", "Food & drink");

    /**
     * "Fast Wi-Fi", "the internet was painfully slow", "a quick check-in": a speed word said of another topic's term
     * belongs to that topic, not to the staff's speed of service. Drops the speed word's own match when it sits right
     * before such a term or right after it with only a verb "to be" and adverbs between.
     */
    private static List<TermMatcher.TermMatch> dropBorrowedSpeed(List<TermMatcher.TermMatch> matches, String[] keys) {
        List<TermMatcher.TermMatch> out = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            TermMatcher.TermMatch tm = matches.get(i);
            boolean speed = tm.end() - tm.start() == 1 && SPEED.contains(keys[tm.start()])
                    && tm.refs().stream().allMatch(r -> r.topic().equals("Staff"));
            if (speed && (i + 1 < matches.size() && borrows(matches.get(i + 1)) && matches.get(i + 1).start()
                    == tm.end() || i > 0 && borrows(matches.get(i - 1)) && onlyFillers(keys, matches.get(i - 1).end(),
                    tm.start()))) {
                continue;
            }
            out.add(tm);
        }
        return out;
    }

    private static boolean borrows(TermMatcher.TermMatch other) {
        return other.refs().stream().noneMatch(r -> SERVICE_OWNED.contains(r.topic()));
    }

    private static boolean onlyFillers(String[] keys, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (!PREDICATE_FILLERS.contains(keys[t])) {
                return false;
            }
        }
        return true;
    }

    private static List<Segment> segments(List<Token> tokens, String[] keys, int s, int e, boolean[] inside) {
        List<Segment> out = new ArrayList<>();
        int start = s;
        for (int i = s; i < e; i++) {
            Token t = tokens.get(i);
            if (inside[i]) {
                continue;
            }
            if (SentimentScorer.clauseBreak(t)) {
                if (i > start) {
                    out.add(new Segment(start, i));
                }
                start = i + 1;
            } else if (i > start && t.kind == Token.Kind.WORD && LINKS.contains(keys[i])) {
                out.add(new Segment(start, i));
                start = i;
            }
        }
        if (start < e) {
            out.add(new Segment(start, e));
        }
        if (out.isEmpty()) {
            out.add(new Segment(s, e));
        }
        return out;
    }

    private static Segment segmentAt(List<Segment> segments, int token) {
        Segment best = segments.get(0);
        for (Segment g : segments) {
            if (g.start <= token) {
                best = g;
            }
        }
        return best;
    }

    private static boolean opensWithAnaphor(List<Token> tokens, String[] keys, int s, int e) {
        for (int i = s; i < e; i++) {
            if (tokens.get(i).kind == Token.Kind.WORD) {
                return ANAPHORS.contains(keys[i]);
            }
        }
        return false;
    }
}
