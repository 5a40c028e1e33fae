package io.touchpoint.text.sentiment;

import static io.touchpoint.text.sentiment.Clauses.CLAUSE_JOINS;
import static io.touchpoint.text.sentiment.Clauses.COMPANIONS;
import static io.touchpoint.text.sentiment.Clauses.COMPARATIVES;
import static io.touchpoint.text.sentiment.Clauses.GUEST_SUBJECTS;
import static io.touchpoint.text.sentiment.Clauses.LOGISTICS;
import static io.touchpoint.text.sentiment.Clauses.TASTED;
import static io.touchpoint.text.sentiment.Clauses.hasValence;
import static io.touchpoint.text.sentiment.Clauses.inClauseBefore;
import static io.touchpoint.text.sentiment.Clauses.isWord;

import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Lexicon-and-rules sentiment of one sentence.
 *
 * <p>The rules follow the shape of VADER (Hutto and Gilbert 2014) — opinion words, intensifiers, negation, "but",
 * capitals and exclamation marks — and add what reviews need: multi-word idioms matched before single words,
 * concessive clauses ("although"), counterfactuals ("could have been cleaner"), "too" before an adjective, "not ...
 * enough", and missing amenities ("there was no kettle"). Stateless apart from the immutable lexicon; thread-safe.
 *
 * <p>The rules by kind live beside it: opinions implied without opinion words in {@code ImplicitOpinions}, units
 * reweighed because they are not the guest's verdict in {@code Reframings}, temperature words in {@code Temperatures};
 * {@link #score} applies them in a fixed order.
 */
public final class SentimentScorer {

    private static final WordSet MODALS = WordSet.of("could", "should", "would", "might", "could've", "should've",
            "would've", "might've", "coulda", "shoulda");
    private static final WordSet NEGATED_MODALS = WordSet.of("couldn't", "wouldn't");
    private static final WordSet BE_FORMS = WordSet.of("be", "been", "have", "'ve");
    private static final WordSet CANT = WordSet.of("can't", "cannot", "couldn't");
    private static final WordSet TOO_EXCEPTIONS = WordSet.of("good", "great", "nice", "cute", "kind", "sweet",
            "lovely", "amazing", "delicious", "happy", "glad", "fun");
    /** Verbs that frame what follows as expectation or hearsay, not experience ("expecting great food"). */
    private static final WordSet FRAMING = WordSet.of("expecting", "expected", "expect", "anticipating",
            "anticipated", "hoping", "hoped", "want", "wants", "wanted", "seeking", "heard", "hear", "read",
            "supposedly", "supposed", "promised", "advertised", "claims", "claimed", "imagine", "imagined", "wish",
            "wished", "wishing", "reading", "hearing", "expectations", "hopes");
    /** Verbs whose "for" names what the guest sought or asked for rather than what they got. */
    private static final WordSet SOUGHT = WordSet.of("looking", "searching", "ask", "asked", "asking", "beg",
            "begged", "begging");
    /** Words that open a conditional clause, whose opinions are hypothetical. */
    private static final WordSet CONDITIONAL = WordSet.of("if", "unless", "whether");
    /** Words that end a negation's reach ("no excuse for such lousy service"). */
    private static final WordSet NEGATION_STOPS = WordSet.of("for", "of", "to", "with", "about", "at", "in", "on",
            "from", "by", "that", "which", "who", "because", "since", "so", "as", "and", "or", "than", "when", "how",
            "what", "why", "where");
    private static final WordSet DEGREE = WordSet.of("more", "a", "bit", "little", "lot", "much", "far", "tad",
            "slightly", "way", "even", "so", "pretty", "quite", "really", "very", "somewhat", "fairly", "tiny",
            "alot");
    private static final double EXCLAMATION = 0.292;
    private static final double CAPS = 1.3;
    private static final double ELONGATED = 1.3;

    private final SentimentLexicon lexicon;

    public SentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public SentimentLexicon lexicon() {
        return lexicon;
    }

    /**
     * Cuts tokens {@code [s, e)} into slots: a user phrase, a rating, a built-in phrase or one word each, with its
     * lexicon entry and degree (for comparatives and superlatives). Returns the number of slots.
     */
    private int slots(List<Token> tokens, String[] keys, int s, int e, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, float[] degree) {
        int slots = 0;
        int i = s;
        while (i < e) {
            PhraseTrie.Match<LexiconEntry> m = null;
            if (lexicon.hasUserPhrases()) {
                m = lexicon.userPhrases().longestAt(keys, i, e, 1);
            }
            if (m == null) {
                Ratings.Rating r = Ratings.at(keys, s, i, e);
                if (r != null) {
                    m = new PhraseTrie.Match<>(i, r.end(), LexiconEntry.opinion(r.valence(), false));
                }
            }
            if (m == null) {
                m = lexicon.phrases().longestAt(keys, i, e, 2);
                // A phrase that says its words are no opinion ("felt like") yields to an opinion phrase that starts
                // inside it and runs past it ("felt like royalty" is "felt" and "like royalty").
                if (m != null && m.value().hasValence() && m.value().valence() == 0f) {
                    for (int j = i + 1; j < m.end(); j++) {
                        PhraseTrie.Match<LexiconEntry> inner = lexicon.phrases().longestAt(keys, j, e, 2);
                        if (inner != null && inner.end() > m.end() && inner.value().hasValence()
                                && inner.value().valence() != 0f) {
                            m = new PhraseTrie.Match<>(i, j, null);
                            break;
                        }
                    }
                }
            }
            slotStart[slots] = i;
            degree[slots] = 1f;
            if (m != null) {
                slotEnd[slots] = m.end();
                entry[slots] = m.value();
                i = m.end();
            } else {
                Token t = tokens.get(i);
                LexiconEntry w;
                if (t.kind == Token.Kind.WORD) {
                    SentimentLexicon.Resolved r = lexicon.resolve(t.norm, t.elongated);
                    w = r.entry();
                    degree[slots] = r.degree();
                } else {
                    w = lexicon.word(t.norm);
                }
                slotEnd[slots] = i + 1;
                entry[slots] = w;
                i++;
            }
            slots++;
        }

        return slots;
    }

    /**
     * Scores tokens {@code [s, e)}.
     *
     * @param keys normalised keys of all tokens of the text (index-aligned with {@code tokens})
     * @param shouting the whole text is in capitals, so capitals are no emphasis
     * @param amenity per token: it is a topic term (for "no kettle"); may be null
     */
    public SentenceScore score(List<Token> tokens, String[] keys, int s, int e, boolean shouting, boolean[] amenity) {
        int n = e - s;
        int[] slotStart = new int[n];
        int[] slotEnd = new int[n];
        LexiconEntry[] entry = new LexiconEntry[n];
        float[] degree = new float[n];
        int slots = slots(tokens, keys, s, e, slotStart, slotEnd, entry, degree);

        // Booster words that are also opinion words ("super") act as boosters before another opinion word.
        boolean[] asBoost = new boolean[slots];
        for (int k = 0; k < slots; k++) {
            LexiconEntry en = entry[k];
            if (en != null && en.role() == LexiconEntry.Role.BOOST && k + 1 < slots && hasValence(entry[k + 1])) {
                asBoost[k] = true;
            }
        }

        dissolveDenyingPhrases(tokens, keys, slotStart, slotEnd, entry, slots);

        boolean titleCase = titleCase(tokens, s, e);
        int firstWordAt = s;
        while (firstWordAt < e && tokens.get(firstWordAt).kind == Token.Kind.PUNCT) {
            firstWordAt++;
        }
        float[] frame = frames(tokens, keys, s, e);
        List<OpinionUnit> units = new ArrayList<>();
        List<int[]> framedPraise = new ArrayList<>(0);
        for (int k = 0; k < slots; k++) {
            LexiconEntry en = entry[k];
            if (en != null && !en.user() && !asBoost[k] && slotEnd[k] - slotStart[k] == 1
                    && Temperatures.TEMPERATURES.contains(keys[slotStart[k]])) {
                float t = Temperatures.temperature(tokens, keys, slotStart[k], s, e);
                if (!Float.isNaN(t)) {
                    en = LexiconEntry.opinion(t, false); // "the shower was cold", "ice cold beer"
                }
            } else if ((en == null || !en.user()) && !asBoost[k] && slotEnd[k] - slotStart[k] == 1
                    && ThingAdjectives.ADJECTIVES.contains(keys[slotStart[k]])) {
                float t = ThingAdjectives.valence(tokens, keys, slotStart[k], s, e);
                if (!Float.isNaN(t)) {
                    en = LexiconEntry.opinion(t, false); // "thin walls", "a huge bill", "the ribs were insane"
                }
            }
            if (en == null || !en.hasValence() || asBoost[k] || en.valence() == 0f) {
                continue;
            }
            if (!en.user() && !titleCase && properName(tokens, slotStart[k], slotEnd[k], s, e, firstWordAt)) {
                continue; // "Singapore Mai Fun", "Happy Garden": a name, not an opinion
            }
            if (!en.user() && logisticsAdvice(keys, slotEnd[k], e)) {
                continue; // "I recommend making a reservation": advice, not praise
            }
            if (!en.user() && slotStart[k] > s && keys[slotStart[k] - 1].equals("who")
                    && TASTE_VERBS.contains(keys[slotStart[k]])) {
                continue; // "my husband, who hates fish, had the chicken": a companion's taste, not an opinion
            }
            if (!en.user() && tasteInGeneral(keys, slotStart[k], slotEnd[k], s, e)) {
                framedPraise.add(new int[] {slotStart[k], slotEnd[k]});
                continue; // "I'm not a big fan of seafood, so I had the chicken": the guest's taste, not a verdict
            }
            if (!en.user() && companionTaste(keys, slotStart[k], slotEnd[k], s, e)) {
                framedPraise.add(new int[] {slotStart[k], slotEnd[k]});
                continue; // "my girlfriend loves sushi, so we came": a companion's taste, not what they found here
            }
            if (!en.user() && guestCourtesy(keys, slotStart[k], slotEnd[k], s)) {
                framedPraise.add(new int[] {slotStart[k], slotEnd[k]});
                continue; // "I nicely asked for more water": the guest's manners, not the place's
            }
            if (!en.user() && othersRecommended(keys, tokens, slotStart[k], slotEnd[k], s, e)) {
                continue; // "we went after a friend recommended it": why they came, not what they found
            }
            double v = en.valence() * degree[k];
            boolean negated = false;
            // "I don't need overpriced food", "we did not want a dirty room": the wish is denied, the complaint
            // happened; it is neither negated nor framed as a mere expectation
            // "didn't expect such great service": a surprise, either way
            int wish = en.user() ? 0 : negatedWish(keys, tokens, slotStart[k], s);
            // "wouldn't send my worst enemy here": the idiom is said denied
            boolean happened = wish == 2 || wish == 1 && v < 0 || isWord(keys, slotStart[k], "worst")
                    && slotEnd[k] - slotStart[k] == 2 && keys[slotStart[k] + 1].equals("enemy");
            if (!en.user()) {
                v = emphasis(tokens, slotStart[k], slotEnd[k], shouting, v);
                // "too sweet", "too big": too much of a good thing.
                if (k > 0 && v > 0 && isWord(keys, slotStart[k - 1], "too") && !TOO_EXCEPTIONS.contains(
                        keys[slotStart[k]])) {
                    v = -(0.6 * v + 0.6);
                }
                int cf = counterfactual(keys, tokens, slotStart, k, s);
                if (cf > 0 && v > 0) {
                    v = -(0.6 * v + 0.6);
                } else if (cf < 0 && v > 0) {
                    v = v * 1.3;
                } else if (cf == 0 && !happened) {
                    float neg = negation(keys, tokens, slotStart, slotEnd, entry, k, slots, s);
                    boolean far = neg < -10f;
                    if (far) {
                        neg += 100f;
                    }
                    if (neg != 0f) {
                        String w = keys[slotStart[k]];
                        boolean comparative = (degree[k] < 1f || w.endsWith("ier") || COMPARATIVES.contains(w))
                                && strongNegator(keys, tokens, slotStart[k], s);
                        if (cantEnough(keys, tokens, slotStart, slotEnd, entry, k, slots)) {
                            v *= 1.3;
                        } else if (comparative && v > 0 && (!far
                                || inClauseBefore(keys, tokens, s, slotStart[k], 5, NOBODY_ANYWHERE))) {
                            // "can't imagine a friendlier staff", "never better", "nobody does brunch better":
                            // nothing beats it
                            v *= 1.2;
                        } else {
                            negated = true;
                            if (v > 0) {
                                v *= neg;
                                // "not clean enough"
                                if (k + 1 < slots && isWord(keys, slotStart[k + 1], "enough")) {
                                    v = Math.min(v, -0.6);
                                }
                            } else if (far) {
                                v = 0; // "don't need overpriced food": no praise, no complaint either
                            } else {
                                v *= neg * 0.67;
                            }
                        }
                    }
                }
                v *= boost(keys, entry, asBoost, slotStart, k, tokens);
                float f = happened ? 1f : frame[slotStart[k] - s];
                // "if you want good coffee, this is not the place": the consequent of a conditional is meant
                if (f == 0.3f && consequent(keys, slotStart[k], slotEnd[k])) {
                    f = 1f;
                }
                // a broken promise (negative frame) turns praise into complaint and leaves complaints framed
                v *= f >= 0 || v < 0 ? Math.abs(f) : f;
                if (f > 0f && f < 1f && v > 0) {
                    framedPraise.add(new int[] {slotStart[k], slotEnd[k]}); // hoped for, not found: nor for the model
                }
                // "came to enjoy the view" states a purpose; "too cold to enjoy" denies it
                if (v > 0 && slotStart[k] > s && keys[slotStart[k] - 1].equals("to")) {
                    boolean too = false;
                    for (int t = slotStart[k] - 2; t >= s && t >= slotStart[k] - 5; t--) {
                        too |= keys[t].equals("too");
                    }
                    v = too ? -0.6 * v : 0.5 * v;
                }
                // "can't recommend it enough" as a phrase unit: praise, not refusal
                if (v < 0 && CANT.contains(keys[slotStart[k]]) && enoughAfter(keys, tokens, slotEnd[k], e)) {
                    v = -v * 1.3;
                }
            }
            units.add(new OpinionUnit(slotStart[k], slotEnd[k], en.valence(), (float) v, 1f, negated));
        }

        ImplicitOpinions.addImplicitUnits(tokens, keys, slotStart, slotEnd, entry, slots, s, amenity, units);
        Reframings.redirect(tokens, keys, s, e, units);
        Reframings.sarcasticOpener(tokens, keys, s, e, units);
        Reframings.misplacedPraise(tokens, keys, s, e, units);
        Reframings.sarcasticCondition(tokens, keys, s, e, units);
        Reframings.pastGlory(tokens, keys, s, e, units);
        Reframings.rareAttention(tokens, keys, s, e, units);
        Reframings.ellipticalDenial(tokens, keys, s, e, units);
        List<int[]> notTheGuests = framedPraise;
        Reframings.sarcasticThanks(tokens, keys, s, e, units, notTheGuests);
        Reframings.disparagedComparand(tokens, keys, s, e, units, notTheGuests);
        Reframings.deniedNuisance(tokens, keys, s, e, units, notTheGuests);
        Reframings.praiseAtOneRemove(tokens, keys, s, e, units, notTheGuests);
        Reframings.reportedPraise(tokens, keys, s, e, units, notTheGuests);
        Reframings.reputedAs(tokens, keys, s, e, units, notTheGuests);
        Reframings.scareQuotes(tokens, keys, s, e, units, notTheGuests);
        Reframings.peripheralHighlight(tokens, keys, s, e, units, notTheGuests);
        Reframings.servedOtherwise(tokens, keys, s, e, units, notTheGuests);
        Reframings.guestCircumstance(tokens, keys, s, e, units);
        Reframings.praiseAsIntensifier(keys, units);

        // Contrast weights.
        boolean opensWithContrast = false;
        float[] weight = new float[e - s];
        java.util.Arrays.fill(weight, 1f);
        boolean notOnly = false;
        for (int k = 0; k < slots; k++) {
            LexiconEntry en = entry[k];
            int at = slotStart[k];
            if (isWord(keys, at, "not") && at + 1 < e && (isWord(keys, at + 1, "only") || isWord(keys, at + 1,
                    "just"))) {
                notOnly = true;
            }
            if (en == null) {
                continue;
            }
            if (en.role() == LexiconEntry.Role.CONTRAST && !asBoost[k]) {
                if (notOnly) {
                    notOnly = false;
                    continue;
                }
                String key = keys[at];
                if (key.equals("yet") && (at == s || !(isWord(keys, at - 1, ",") || isWord(keys, at - 1, "and")))) {
                    continue;
                }
                if (firstWord(tokens, s, at)) {
                    opensWithContrast = true;
                    continue;
                }
                float after = en.roleValue();
                float before = 2f - after;
                for (int t = s; t < at; t++) {
                    weight[t - s] *= before;
                }
                for (int t = slotEnd[k]; t < e; t++) {
                    weight[t - s] *= after;
                }
            } else if (at > s && en.hasValence() && en.valence() < 0 && concedesBefore(keys, at, slotEnd[k])) {
                // "Great location, shame about everything else", "sometimes they're very nice, and sometimes not":
                // the praise before is conceded, as before "but"
                for (int t = s; t < at; t++) {
                    weight[t - s] *= 0.5f;
                }
            } else if (en.role() == LexiconEntry.Role.CONCEDE) {
                String key = keys[at];
                boolean last = slotEnd[k] >= e || tokens.get(slotEnd[k]).kind == Token.Kind.PUNCT;
                if (key.equals("though") && last) {
                    opensWithContrast = true; // "Pricey, though." answers the sentence before
                    continue;
                }
                int end = slotEnd[k];
                while (end < e && !clauseBreak(tokens.get(end))) {
                    end++;
                }
                for (int t = at; t < end; t++) {
                    weight[t - s] *= en.roleValue();
                }
            }
        }

        double sum = 0;
        List<OpinionUnit> weighted = new ArrayList<>(units.size());
        for (OpinionUnit u : units) {
            float w = weight[u.start() - s];
            weighted.add(new OpinionUnit(u.start(), u.end(), u.base(), u.value(), w, u.negated()));
            sum += u.value() * w;
        }
        weighted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (sum != 0) {
            int bangs = 0;
            int questions = 0;
            for (int t = s; t < e; t++) {
                Token tok = tokens.get(t);
                if (tok.kind == Token.Kind.PUNCT) {
                    for (int c = 0; c < tok.text.length(); c++) {
                        char ch = tok.text.charAt(c);
                        if (ch == '!') {
                            bangs++;
                        } else if (ch == '?') {
                            questions++;
                        }
                    }
                }
            }
            double emphasis = EXCLAMATION * Math.min(bangs, 4);
            if (questions > 1) {
                emphasis += Math.min(0.96, 0.18 * questions);
            }
            sum += Math.signum(sum) * emphasis;
        }
        int[] spans = SentenceScore.NONE;
        if (!notTheGuests.isEmpty()) {
            spans = new int[notTheGuests.size() * 2];
            for (int k = 0; k < notTheGuests.size(); k++) {
                spans[2 * k] = notTheGuests.get(k)[0];
                spans[2 * k + 1] = notTheGuests.get(k)[1];
            }
        }
        return new SentenceScore(weighted, sum, SentenceScore.squash(sum), opensWithContrast, spans);
    }

    private static double emphasis(List<Token> tokens, int from, int to, boolean shouting, double v) {
        boolean caps = false;
        boolean elongated = false;
        for (int t = from; t < to; t++) {
            Token tok = tokens.get(t);
            caps |= tok.allCaps;
            elongated |= tok.elongated;
        }
        if (caps && !shouting) {
            v *= CAPS;
        }
        if (elongated) {
            v *= ELONGATED;
        }
        return v;
    }

    /** Sum of intensifiers and downtoners right before slot k, decaying with distance. */
    private static double boost(String[] keys, LexiconEntry[] entry, boolean[] asBoost, int[] slotStart, int k,
            List<Token> tokens) {
        double factor = 1.0;
        double decay = 1.0;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            LexiconEntry en = entry[j];
            Token tok = tokens.get(slotStart[j]);
            if (tok.kind == Token.Kind.PUNCT) {
                break;
            }
            if (en == null) {
                decay *= 0.9;
                continue;
            }
            if (en.role() == LexiconEntry.Role.BOOST && (asBoost[j] || !en.hasValence() || en.valence() == 0f)) {
                factor += en.roleValue() * decay;
                decay *= 0.9;
                continue;
            }
            if (en.role() == LexiconEntry.Role.NEGATE) {
                decay *= 0.9;
                continue;
            }
            break;
        }
        return Math.max(0.2, factor);
    }

    /**
     * The negation factor if a negator governs slot k, else 0; minus 100 when the negator is three or more words
     * away (the caller tells near from far).
     */
    private static float negation(String[] keys, List<Token> tokens, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int k, int slots, int s) {
        float inverted = invertedNegation(keys, tokens, slotStart[k], s);
        if (inverted != 0f) {
            return inverted;
        }
        int words = 0;
        for (int j = k - 1; j >= 0 && words < 4; j--) {
            Token tok = tokens.get(slotStart[j]);
            if (clauseBreak(tok)) {
                return 0f;
            }
            if (j < k - 1 && NEGATION_STOPS.contains(keys[slotStart[j]]) && slotEnd[j] - slotStart[j] == 1) {
                return quantifiedSubject(keys, tokens, slotStart[k], s);
            }
            LexiconEntry en = entry[j];
            if (en != null) {
                if (en.role() == LexiconEntry.Role.CONTRAST || en.role() == LexiconEntry.Role.CONCEDE) {
                    return 0f;
                }
                if (en.role() == LexiconEntry.Role.NEGATE) {
                    // "fine, if not good": a hedge, not a denial
                    if (slotStart[j] > 0 && keys[slotStart[j] - 1].equals("if")) {
                        return 0f;
                    }
                    // "nothing less than superb", "no less than", "nothing on the menu is less than amazing":
                    // praise, not "less than impressed"
                    if (keys[slotStart[j]].equals("less")) {
                        for (int t = slotStart[j] - 1; t >= s && t >= slotStart[j] - 6; t--) {
                            if (clauseBreak(tokens.get(t))) {
                                break;
                            }
                            if (DENY_LESS.contains(keys[t])) {
                                return 0f;
                            }
                        }
                    }
                    // "nothing is as good as their pizza": a superlative, not a denial
                    if (QUANTIFIED_SUBJECTS.contains(keys[slotStart[j]]) && slotStart[k] > 0
                            && keys[slotStart[k] - 1].equals("as") && slotEnd[k] < keys.length
                            && keys[slotEnd[k]].equals("as")) {
                        return 0f;
                    }
                    // "never been treated so rudely", "never felt more unwelcome": a superlative, not a denial
                    if (keys[slotStart[j]].equals("never")) {
                        for (int t = slotEnd[j]; t < slotStart[k]; t++) {
                            String w = keys[t];
                            if (w.equals("so") || w.equals("such") || w.equals("more") || w.equals("this")) {
                                return 0f;
                            }
                        }
                    }
                    // "never tasted anything like it": praise (neverTastedLikeThis), not a denial of liking
                    if (keys[slotStart[k]].equals("like") && (keys[slotStart[j]].equals("never")
                            || keys[slotStart[j]].equals("haven't") || keys[slotStart[j]].equals("havent"))) {
                        for (int t = slotEnd[j]; t < slotStart[k]; t++) {
                            if (TASTED.contains(keys[t])) {
                                return 0f;
                            }
                        }
                    }
                    int next = slotEnd[j];
                    // "not only", "not just", "nothing but", "no doubt", "no wonder"
                    if (next < keys.length && next < slotStart[k] && (keys[next].equals("only")
                            || keys[next].equals("just") || keys[next].equals("but") || keys[next].equals("doubt")
                            || keys[next].equals("wonder"))) {
                        return 0f;
                    }
                    return words >= 2 ? en.roleValue() - 100f : en.roleValue();
                }
            }
            if (tok.kind == Token.Kind.WORD && !LIGHT.contains(keys[slotStart[j]])) {
                words++;
            }
        }
        return quantifiedSubject(keys, tokens, slotStart[k], s);
    }

    private static final WordSet COURTESY = WordSet.of("nicely", "politely", "patiently", "kindly", "calmly",
            "courteously", "respectfully", "gently");
    private static final WordSet PASSIVE_AUXILIARIES = WordSet.of("was", "were", "been", "being", "got", "get");

    /**
     * "I nicely asked for more water", "we waited patiently for forty minutes", "we asked politely to be moved": a
     * word of courtesy said of the guest's own doing, with "I" or "we" up to three words before it, tells how the
     * guest behaved, not how the place did, and counts for nothing (for the rules and the model). Not in the passive
     * ("we were kindly offered a drink", "I was politely told"), where the courtesy is the staff's.
     */
    private static boolean guestCourtesy(String[] keys, int from, int to, int s) {
        if (to - from != 1 || !COURTESY.contains(keys[from])) {
            return false;
        }
        for (int j = from - 1; j >= s && j >= from - 3; j--) {
            if (PASSIVE_AUXILIARIES.contains(keys[j])) {
                return false;
            }
            if (GUEST_SUBJECTS.contains(keys[j])) {
                return true;
            }
        }
        return false;
    }

    /** Complaint phrases that open with a negator and a verb of finding or getting, and so may deny what follows. */
    private static final PhraseTrie<Boolean> DENYING_PHRASES = new PhraseTrie<>();

    static {
        for (String phrase : List.of("never got", "couldn't find", "could not find", "can't find", "cannot find",
                "don't expect", "do not expect")) {
            DENYING_PHRASES.put(List.of(phrase.split(" ")), Boolean.TRUE);
        }
    }

    /**
     * "We never got a bad meal here", "we couldn't find a bad thing to say", "don't expect great service": a
     * complaint phrase that opens with a negator and a verb of finding or getting ("never got", "couldn't find",
     * "don't expect"; alone a complaint: "we never got our drinks") is only that negator when another opinion word
     * follows it in its clause, within three words and before a word that ends a negation's reach. The phrase then
     * counts for nothing and its negator denies the opinion word.
     */
    private void dissolveDenyingPhrases(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots) {
        for (int j = 0; j + 1 < slots; j++) {
            LexiconEntry en = entry[j];
            if (en == null || en.user() || !hasValence(en) || en.valence() >= 0 || slotEnd[j] - slotStart[j] < 2) {
                continue;
            }
            PhraseTrie.Match<Boolean> m = DENYING_PHRASES.longestAt(keys, slotStart[j], slotEnd[j], 2);
            if (m == null || m.end() != slotEnd[j]) {
                continue;
            }
            LexiconEntry negator = lexicon.word(keys[slotStart[j]]);
            if (negator == null || negator.role() != LexiconEntry.Role.NEGATE) {
                continue;
            }
            int words = 0;
            for (int k = j + 1; k < slots && words < 3; k++) {
                Token tok = tokens.get(slotStart[k]);
                if (clauseBreak(tok) || slotEnd[k] - slotStart[k] == 1 && NEGATION_STOPS.contains(keys[slotStart[k]])) {
                    break;
                }
                if (hasValence(entry[k]) && entry[k].valence() != 0f) {
                    entry[j] = negator;
                    break;
                }
                if (tok.kind == Token.Kind.WORD && !LIGHT.contains(keys[slotStart[k]])) {
                    words++;
                }
            }
        }
    }

    /** Verbs of wanting and expecting whose denial leaves what follows real ("didn't ask for a smoking room"). */
    private static final WordSet WISHES = WordSet.of("need", "needed", "needs", "want", "wanted", "wants",
            "expect", "expected", "deserve", "deserved", "deserves", "ask", "asked");
    private static final WordSet DISCLAIMED = WordSet.of("sound", "seem", "be", "come", "appear", "complain",
            "nitpick", "whine", "moan", "judge", "rant");
    private static final WordSet WISH_NEGATORS = WordSet.of("don't", "didn't", "not", "never",
            "doesn't", "no", "nobody", "noone");

    /**
     * A denied wish shortly before the opinion at {@code at}: "don't need [overpriced food]", "did not want [a
     * dirty room]", "nobody deserves [such rude service]" (1); a denied expectation of "such" or "so" ("didn't
     * expect such [great] service", 2). Within five tokens and one clause; 0 for none.
     */
    private static int negatedWish(String[] keys, List<Token> tokens, int at, int s) {
        boolean such = false;
        for (int t = at - 1; t > s && t >= at - 5; t--) {
            if (clauseBreak(tokens.get(t))) {
                return 0;
            }
            such |= keys[t].equals("such") || keys[t].equals("so");
            if (WISHES.contains(keys[t])) {
                // "I don't want to sound negative, but": a disclaimer, not a complaint
                if (t + 2 < at && keys[t + 1].equals("to") && DISCLAIMED.contains(keys[t + 2])) {
                    return 0;
                }
                boolean denied = WISH_NEGATORS.contains(keys[t - 1])
                        || t - 2 >= s && WISH_NEGATORS.contains(keys[t - 2]) && !clauseBreak(tokens.get(t - 1));
                return !denied ? 0 : such && keys[t].startsWith("expect") ? 2 : 1;
            }
        }
        return 0;
    }

    /** A phrase said only as the consequent of "if you want ...": "not the place", "look elsewhere". */
    private static boolean consequent(String[] keys, int from, int to) {
        return keys[to - 1].equals("elsewhere")
                || to - from == 3 && keys[from].equals("not") && keys[from + 1].equals("the")
                && keys[from + 2].equals("place");
    }

    private static final WordSet QUANTIFIED_SUBJECTS = WordSet.of("nothing", "none", "nobody", "noone");
    private static final WordSet COPULAS = WordSet.of("is", "was", "were", "are", "seemed", "seems", "tasted",
            "tastes", "looked", "looks", "felt", "feels", "been", "be");
    private static final WordSet PREDICATE_ADVERBS = WordSet.of("particularly", "very", "really", "that", "all",
            "so", "too", "especially", "overly", "remotely", "even", "ever", "terribly", "truly", "exactly");

    private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "did", "do", "does", "was", "were",
            "is", "are", "will", "would", "could");

    /**
     * "Not once has an item on the menu disappointed", "never once did we feel rushed", "at no point were we made to
     * wait": a clause opened by a negated time and an inverted auxiliary denies its verb, however far away.
     * Returns -0.75 (as a quantified subject) or 0.
     */
    private static float invertedNegation(String[] keys, List<Token> tokens, int at, int s) {
        for (int t = at - 1; t >= s && t >= at - 12; t--) {
            if (clauseBreak(tokens.get(t))) {
                return 0f;
            }
            int aux;
            if (keys[t].equals("once") && t - 1 >= s && (keys[t - 1].equals("not") || keys[t - 1].equals("never"))) {
                aux = t + 1;
                t--;
            } else if ((keys[t].equals("point") || keys[t].equals("time")) && t - 2 >= s && keys[t - 1].equals("no")
                    && keys[t - 2].equals("at")) {
                aux = t + 1;
                t -= 2;
            } else {
                continue;
            }
            boolean opens = t == s || clauseBreak(tokens.get(t - 1)) || CLAUSE_JOINS.contains(keys[t - 1]);
            return opens && aux < at && AUXILIARIES.contains(keys[aux]) ? -0.75f : 0f;
        }
        return 0f;
    }

    /**
     * A negative quantifier as the subject denies the predicate however long the subject is: "nothing on the menu was
     * memorable", "none of the dishes were hot", "no one at the desk was friendly". The opinion word must follow a
     * copula (adverbs between allowed), and the quantifier stand within seven words before it, in the same clause.
     * Returns the negation factor, or 0.
     */
    private static float quantifiedSubject(String[] keys, List<Token> tokens, int at, int s) {
        int t = at - 1;
        while (t >= s && PREDICATE_ADVERBS.contains(keys[t])) {
            t--;
        }
        // "nothing came across as outstanding", "nothing stood out as special"
        boolean asLink = t > s && keys[t].equals("as") && (keys[t - 1].equals("across") || keys[t - 1].equals("out"));
        if (t < s || !COPULAS.contains(keys[t]) && !asLink) {
            return 0f;
        }
        for (int u = t - 1; u >= s && u >= t - 7; u--) {
            if (clauseBreak(tokens.get(u)) || CONTRAST_OR_CLAUSE.contains(keys[u])) {
                return 0f;
            }
            if (QUANTIFIED_SUBJECTS.contains(keys[u]) || keys[u].equals("one") && u > s
                    && (keys[u - 1].equals("no") || keys[u - 1].equals("not"))) {
                return -0.75f;
            }
        }
        return 0f;
    }

    /**
     * Complaint phrases that concede the praise before them, as "but" does: "Great location, shame about everything
     * else", "sometimes they're very nice, and sometimes not", "good for a quick bite, nothing more".
     */
    private static final PhraseTrie<Boolean> CONCEDING = new PhraseTrie<>();

    static {
        for (String phrase : List.of("shame about", "pity about", "shame they", "pity they", "shame that",
                "pity that", "sometimes not", "other times not", "nothing more")) {
            CONCEDING.put(List.of(phrase.split(" ")), Boolean.TRUE);
        }
    }

    /** True if the lexicon phrase at {@code [from, to)} is one of {@link #CONCEDING}. */
    private static boolean concedesBefore(String[] keys, int from, int to) {
        PhraseTrie.Match<Boolean> m = CONCEDING.longestAt(keys, from, to, 2);
        return m != null && m.end() == to;
    }

    /** Words that start another clause, so a quantifier before them is not the subject of what follows. */
    private static final WordSet CONTRAST_OR_CLAUSE = WordSet.of("but", "and", "because", "although", "though",
            "while", "when", "if", "since", "so");

    private static final WordSet DENY_LESS = WordSet.of("nothing", "no", "none");

    private static final WordSet STRONG_NEGATORS = WordSet.of("never", "nothing", "no", "can't", "cannot",
            "couldn't", "none", "nowhere", "nobody", "noone");

    /** Negators that deny any rival, even a few words away ("nowhere does it better"); not "can't rate it better". */
    private static final WordSet NOBODY_ANYWHERE = WordSet.of("nothing", "none", "nowhere", "nobody", "noone");

    /** "can't imagine", "nothing", "never": a negator that denies anything better exists. */
    private static boolean strongNegator(String[] keys, List<Token> tokens, int at, int s) {
        return inClauseBefore(keys, tokens, s, at, 5, STRONG_NEGATORS);
    }

    /** Articles and auxiliaries that do not put a negator further away ("never had a bad meal"). */
    private static final WordSet LIGHT = WordSet.of("a", "an", "the", "any", "single", "one", "had", "have", "has",
            "been", "be", "was", "were", "is", "are", "ever");

    /**
     * Per token: 0.3 where an opinion would be framed as expectation or hearsay (within four tokens after
     * "expecting", "heard" ...) or sit inside an "if" clause; else 1. One pass over the sentence.
     */
    private static float[] frames(List<Token> tokens, String[] keys, int s, int e) {
        float[] frame = new float[e - s];
        boolean conditional = false;
        int framedUntil = -1;
        int brokenUntil = -1;
        for (int t = s; t < e; t++) {
            Token tok = tokens.get(t);
            if (clauseBreak(tok)) {
                conditional = false;
                framedUntil = -1;
                brokenUntil = -1;
            }
            frame[t - s] = t <= brokenUntil ? -0.4f : conditional || t <= framedUntil ? 0.3f : 1f;
            String key = keys[t];
            if (CONDITIONAL.contains(key)) {
                conditional = true;
            } else if (brokenPromise(keys, s, t)) {
                brokenUntil = t + 5;
                frame[t - s] = 0f; // "hoped" is no praise of its own
            } else if (FRAMING.contains(key)) {
                framedUntil = t + 4;
            } else if (key.equals("for") && inClauseBefore(keys, tokens, s, t, 3, SOUGHT)) {
                // "we were looking for a quick lunch", "had to ask three times for clean towels": what was sought
                // or asked for, not what was found; "and never got them" is what happened
                framedUntil = t + 4;
                for (int j = t + 1; j <= t + 4 && j < e; j++) {
                    if (CLAUSE_JOINS.contains(keys[j])) {
                        framedUntil = j - 1;
                        break;
                    }
                }
            }
        }
        return frame;
    }

    private static final WordSet PROMISED = WordSet.of("promised", "supposed", "advertised");
    private static final WordSet WAS_WERE = WordSet.of("was", "were", "is", "are", "been", "it's", "they're",
            "that's", "'s", "'re");

    /**
     * "We were promised a sea view", "the room was supposed to be quiet", "the pool is supposedly heated": in a
     * review such a promise is told because it was broken, so the praise in it counts against (a little), where
     * other expectations ("we expected great food") merely weigh less. So is a hope told in the past ("we were
     * hoping for a quiet dinner", "I had hoped for better").
     */
    private static boolean brokenPromise(String[] keys, int s, int t) {
        String key = keys[t];
        return key.equals("supposedly") || PROMISED.contains(key) && t > s && WAS_WERE.contains(keys[t - 1])
                || key.equals("hoping") && t > s && (keys[t - 1].equals("were") || keys[t - 1].equals("was"))
                || key.equals("hoped") && t > s && keys[t - 1].equals("had");
    }

    private static boolean enoughAfter(String[] keys, List<Token> tokens, int from, int e) {
        for (int t = from; t < e && t < from + 5; t++) {
            if (clauseBreak(tokens.get(t))) {
                return false;
            }
            String k = keys[t];
            if (k.equals("enough") || k.equals("highly") || k.equals("higher") || k.equals("more")) {
                return true;
            }
        }
        return false;
    }

    /** "can't recommend it enough", "couldn't thank them enough". */
    private static boolean cantEnough(String[] keys, List<Token> tokens, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int k, int slots) {
        boolean cant = false;
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (CANT.contains(keys[slotStart[j]])) {
                cant = true;
                break;
            }
        }
        if (!cant) {
            return false;
        }
        for (int j = k + 1; j < slots && j <= k + 5; j++) {
            Token tok = tokens.get(slotStart[j]);
            if (clauseBreak(tok)) {
                return false;
            }
            String k2 = keys[slotStart[j]];
            if (k2.equals("enough") || k2.equals("more") || k2.equals("higher") || k2.equals("highly")) {
                return true;
            }
        }
        return false;
    }

    /**
     * +1 if slot k follows "could/should have been" (the writer wished it were so), -1 after "couldn't have been"
     * (it could not be better), 0 otherwise.
     */
    private static int counterfactual(String[] keys, List<Token> tokens, int[] slotStart, int k, int s) {
        int from = slotStart[k];
        // "there should be more places like it": a wish for more of the same, not a shortfall
        if (keys[from].equals("more") && from + 1 < keys.length && MORE_OF_THE_SAME.contains(keys[from + 1])) {
            return 0;
        }
        boolean sawBe = false;
        int free = 1; // one participle may stand between ("could have been handled better")
        for (int t = from - 1; t >= s && t >= from - 6; t--) {
            Token tok = tokens.get(t);
            if (clauseBreak(tok)) {
                return 0;
            }
            String key = keys[t];
            if (BE_FORMS.contains(key)) {
                sawBe = true;
                continue;
            }
            if (MODALS.contains(key)) {
                if (!sawBe) {
                    return 0;
                }
                if (t + 1 < keys.length && (keys[t + 1].equals("not") || keys[t + 1].equals("never"))) {
                    return -1;
                }
                return 1;
            }
            if (NEGATED_MODALS.contains(key)) {
                return sawBe ? -1 : 0;
            }
            // "used to be pretty decent": it no longer is.
            if (key.equals("used") && t + 1 < keys.length && keys[t + 1].equals("to")) {
                return 1;
            }
            if (key.equals("to") && t > s && keys[t - 1].equals("used")) {
                continue;
            }
            if (DEGREE.contains(key)) {
                continue;
            }
            if (!sawBe && free > 0 && tok.kind == Token.Kind.WORD) {
                free--;
                continue;
            }
            if (!sawBe) {
                return 0;
            }
        }
        return 0;
    }

    private static final WordSet DETERMINERS = WordSet.of("the", "their", "this", "it", "its", "everything", "our",
            "her", "his", "that", "these", "those", "every", "all");

    /**
     * A companion's taste in general ("my girlfriend loves sushi", "my son hates vegetables"): the verb right after
     * the companion and a thing in general after it, not this place's ("my wife loved the fish" is an opinion).
     */
    private static boolean companionTaste(String[] keys, int from, int to, int s, int e) {
        return to - from == 1 && TASTE_VERBS.contains(keys[from]) && from > s && COMPANIONS.contains(keys[from - 1])
                && to < e && !DETERMINERS.contains(keys[to]) && Character.isLetter(keys[to].charAt(0));
    }

    /**
     * "A fan of" something in general ("I'm not a big fan of seafood", "we are fans of spicy food"): a taste the guest
     * brings, not a verdict on this place; "not a fan of their pizza" or "of this place" is one.
     */
    private static boolean tasteInGeneral(String[] keys, int from, int to, int s, int e) {
        String w = keys[to - 1];
        return (w.equals("fan") || w.equals("fans")) && to + 1 < e && keys[to].equals("of")
                && !DETERMINERS.contains(keys[to + 1]) && Character.isLetter(keys[to + 1].charAt(0));
    }

    private static final WordSet TASTE_VERBS = WordSet.of("hates", "hate", "loves", "love", "likes", "like",
            "dislikes", "adores", "enjoys", "prefers");
    private static final WordSet RECOMMENDERS = WordSet.of("friend", "friends", "colleague", "colleagues",
            "coworker", "coworkers", "co-worker", "local", "locals", "someone", "somebody", "sister", "brother",
            "mother", "father", "mom", "mum", "dad", "cousin", "boss", "neighbor", "neighbour", "boyfriend",
            "girlfriend", "husband", "wife", "partner", "she", "he", "they", "family", "relative", "agent", "guide",
            "guidebook", "guides", "book", "magazine", "article", "newspaper", "blog", "press", "website");

    /**
     * "A friend had recommended it", "it was highly recommended to him by a friend", "a place that came
     * recommended": someone else's recommendation tells why the guest came, not what they found (the SemEval files
     * label such sentences neutral). The recommending word must be the only word of its unit or follow "highly".
     */
    private static boolean othersRecommended(String[] keys, List<Token> tokens, int from, int to, int s, int e) {
        String w = keys[to - 1];
        if (!w.equals("recommended") && !w.equals("recommend") && !w.equals("recommends")) {
            return false;
        }
        if (from > s && keys[from - 1].equals("came")) {
            return true;
        }
        for (int t = from - 1; t >= s && t >= from - 3; t--) {
            if (clauseBreak(tokens.get(t))) {
                break;
            }
            if (RECOMMENDERS.contains(keys[t])) {
                return true;
            }
        }
        for (int t = to; t < e && t <= to + 3; t++) {
            if (clauseBreak(tokens.get(t))) {
                break;
            }
            if ((keys[t].equals("by") || keys[t].equals("in")) && t + 2 < e + 1) {
                for (int u = t + 1; u < e && u <= t + 3; u++) {
                    if (RECOMMENDERS.contains(keys[u])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final WordSet RECOMMEND = WordSet.of("recommend", "recommended", "recommends", "suggest",
            "suggested", "advise", "advised");

    /**
     * A recommendation about logistics ("I recommend making a reservation", "we were advised to book ahead") is
     * advice, not praise: the recommending word ends the slot and one of the next four words is about booking,
     * arriving or paying.
     */
    private static boolean logisticsAdvice(String[] keys, int to, int e) {
        if (!RECOMMEND.contains(keys[to - 1])) {
            return false;
        }
        for (int t = to; t < e && t < to + 4; t++) {
            if (LOGISTICS.contains(keys[t])) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet MORE_OF_THE_SAME = WordSet.of("restaurants", "places", "hotels", "spots");

    /** Most words capitalised: a headline ("Great Food, Lousy Service"), where capitals mark no names. */
    private static boolean titleCase(List<Token> tokens, int s, int e) {
        int words = 0;
        int capitalised = 0;
        for (int t = s; t < e; t++) {
            Token tok = tokens.get(t);
            if (tok.kind == Token.Kind.WORD && Character.isLetter(tok.text.charAt(0))) {
                words++;
                if (Character.isUpperCase(tok.text.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 6;
    }

    /** A capitalised word inside a run of capitalised words, away from the sentence start: part of a name. */
    private static boolean properName(List<Token> tokens, int from, int to, int s, int e, int firstWordAt) {
        if (to - from != 1) {
            return false;
        }
        Token t = tokens.get(from);
        if (!capitalised(t) || from <= firstWordAt) {
            return false;
        }
        boolean before = from - 1 > firstWordAt && capitalised(tokens.get(from - 1));
        boolean after = to < e && capitalised(tokens.get(to));
        return before || after;
    }

    private static boolean capitalised(Token t) {
        return t.kind == Token.Kind.WORD && !t.allCaps && Character.isUpperCase(t.text.charAt(0));
    }

    private static boolean firstWord(List<Token> tokens, int s, int at) {
        for (int t = s; t < at; t++) {
            if (tokens.get(t).kind != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation that closes a clause for negation and concession scopes. */
    public static boolean clauseBreak(Token t) {
        return Clauses.clauseBreak(t);
    }
}
