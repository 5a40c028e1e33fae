package io.touchpoint.text.sentiment;

import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lexicon-and-rules sentiment of one sentence.
 *
 * <p>The rules follow the shape of VADER (Hutto and Gilbert 2014) — opinion words, intensifiers, negation, "but",
 * capitals and exclamation marks — and add what reviews need: multi-word idioms matched before single words,
 * concessive clauses ("although"), counterfactuals ("could have been cleaner"), "too" before an adjective, "not ...
 * enough", and missing amenities ("there was no kettle"). Stateless apart from the immutable lexicon; thread-safe.
 */
public final class SentimentScorer {

    private static final WordSet MODALS = WordSet.of("could", "should", "would", "might", "could've", "should've",
            "would've", "might've", "coulda", "shoulda");
    private static final WordSet NEGATED_MODALS = WordSet.of("couldn't", "wouldn't");
    private static final WordSet BE_FORMS = WordSet.of("be", "been", "have", "'ve");
    private static final WordSet CANT = WordSet.of("can't", "cannot", "couldn't");
    private static final WordSet TOO_EXCEPTIONS = WordSet.of("good", "great", "nice", "cute", "kind", "sweet",
            "lovely", "amazing", "delicious", "happy", "glad", "fun");
    private static final WordSet ABSENCE = WordSet.of("no", "without", "lack", "lacked", "lacking", "lacks",
            "missing", "zero");
    /** Verbs that frame what follows as expectation or hearsay, not experience ("expecting great food"). */
    private static final WordSet FRAMING = WordSet.of("expecting", "expected", "expect", "anticipating",
            "anticipated", "hoping", "hoped", "want", "wants", "wanted", "seeking", "heard", "hear", "read",
            "supposedly", "supposed", "promised", "advertised", "claims", "claimed", "imagine", "imagined", "wish",
            "wished", "wishing", "reading", "hearing", "expectations", "hopes");
    /** Words that open a conditional clause, whose opinions are hypothetical. */
    private static final WordSet CONDITIONAL = WordSet.of("if", "unless", "whether");
    /** Words that end a negation's reach ("no excuse for such lousy service"). */
    private static final WordSet NEGATION_STOPS = WordSet.of("for", "of", "to", "with", "about", "at", "in", "on",
            "from", "by", "that", "which", "who", "because", "since", "so", "as", "and", "or", "than", "when", "how",
            "what", "why", "where");
    /** Imperatives that open a recommendation ("Try the green curry!", "Check it out"). */
    private static final WordSet IMPERATIVES = WordSet.of("try", "check", "order", "go", "visit", "grab", "head",
            "book", "stay", "get");
    /** Imperatives that recommend only with a dish after them ("Get the pork buns"; not "Order at the counter"). */
    private static final WordSet ORDER_VERBS = WordSet.of("get", "order");
    private static final WordSet DISH_DETERMINERS = WordSet.of("the", "their", "a", "an", "some", "one");
    /** What follows "check out" when it is the hotel's checkout ("Check out was quick", "check out took ages"). */
    private static final WordSet DESK_WORDS = WordSet.of("was", "is", "took", "takes", "time", "at", "process",
            "were", "queue", "line", "desk", "by", "until", "before", "after");
    private static final WordSet IMPERATIVE_LEADS = WordSet.of("definitely", "just", "so", "and", "also", "please",
            "do", "must", "you", "should", "have", "to", "really", "absolutely", "def", "definately", "then", "make",
            "be", "sure");
    private static final WordSet WAIT_VERBS = WordSet.of("took", "take", "takes", "taking", "waited", "wait",
            "waiting", "waits");
    private static final WordSet DURATION_UNITS = WordSet.of("minutes", "minute", "mins", "min", "hours", "hour",
            "hrs", "hr");
    private static final WordSet DEGREE = WordSet.of("more", "a", "bit", "little", "lot", "much", "far", "tad",
            "slightly", "way", "even", "so", "pretty", "quite", "really", "very", "somewhat", "fairly", "tiny",
            "alot");
    /**
     * What staff are expected to do: "didn't bring", "never refilled", "no one greeted us" are complaints though no
     * word in them is negative. Not "get" or "have" ("never get bored", "didn't have to wait").
     */
    private static final WordSet SERVICE_ACTS = WordSet.of("bring", "brought", "give", "gave", "come", "came",
            "arrive", "arrived", "offer", "offered", "refill", "refilled", "include", "included", "check", "checked",
            "acknowledge", "acknowledged", "greet", "greeted", "apologize", "apologized", "apologise", "apologised",
            "spoke", "speak", "talked", "talk", "listened", "answers", "replies", "responds", "helps",
            "comes", "brings", "checks", "cleans", "fixes", "calls", "speaks", "listens", "greets", "apologizes",
            "apologises",
            "return", "returned", "show", "showed", "seat", "seated", "clean", "cleaned", "answer", "answered",
            "work", "worked", "fix", "fixed", "replace", "replaced", "honor", "honored", "honour", "honoured",
            "receive", "received", "serve", "served", "explain", "explained", "mention", "mentioned", "bother",
            "bothered", "care", "cared", "deliver", "delivered", "respond", "responded", "reply", "replied", "help",
            "helped", "ask", "asked", "tell", "told", "notify", "notified", "inform", "informed", "clear", "cleared",
            "take", "took", "call", "called", "provide", "provided", "turn", "turned");
    private static final WordSet LAPSE_NEGATORS = WordSet.of("didn't", "never", "wasn't", "weren't", "hadn't",
            "haven't", "hasn't", "wouldn't", "won't", "not");
    private static final WordSet NOBODY = WordSet.of("nobody", "noone");
    /** "had to flag someone down", "had to remind them": chasing staff. */
    private static final WordSet CHASE_VERBS = WordSet.of("wait", "ask", "flag", "remind", "call", "chase", "beg",
            "track", "hunt", "repeat", "request", "wave", "signal", "send", "go", "get", "walk", "find",
            "complain", "fight", "argue", "insist", "search", "look");
    private static final WordSet PRICE_WORDS = WordSet.of("price", "prices", "priced", "pricing", "cost", "costs",
            "bill", "tab", "charge", "charges", "rates", "fee", "fees", "markup", "menu");
    private static final WordSet HIGH = WordSet.of("high", "higher", "hefty", "astronomical", "sky-high");
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
                    && TEMPERATURES.contains(keys[slotStart[k]])) {
                float t = temperature(tokens, keys, slotStart[k], s, e);
                if (!Float.isNaN(t)) {
                    en = LexiconEntry.opinion(t, false); // "the shower was cold", "ice cold beer"
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

        addImplicitUnits(tokens, keys, slotStart, slotEnd, entry, slots, s, amenity, units);
        redirect(tokens, keys, s, e, units);
        sarcasticOpener(tokens, keys, s, e, units);
        misplacedPraise(tokens, keys, s, e, units);
        sarcasticCondition(tokens, keys, s, e, units);
        pastGlory(tokens, keys, s, e, units);
        ellipticalDenial(tokens, keys, s, e, units);
        List<int[]> notTheGuests = framedPraise;
        sarcasticThanks(tokens, keys, s, e, units, notTheGuests);
        praiseAtOneRemove(tokens, keys, s, e, units, notTheGuests);
        reportedPraise(tokens, keys, s, e, units, notTheGuests);
        scareQuotes(tokens, keys, s, e, units, notTheGuests);
        peripheralHighlight(tokens, keys, s, e, units, notTheGuests);
        servedOtherwise(tokens, keys, s, e, units, notTheGuests);
        guestCircumstance(tokens, keys, s, e, units);
        praiseAsIntensifier(keys, units);

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

    private static boolean hasValence(LexiconEntry e) {
        return e != null && e.hasValence() && e.valence() != 0f;
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

    /**
     * A negative quantifier as the subject denies the predicate however long the subject is: "nothing on the menu was
     * memorable", "none of the dishes were hot", "no one at the desk was friendly". The opinion word must follow a
     * copula (adverbs between allowed), and the quantifier stand within seven words before it, in the same clause.
     * Returns the negation factor, or 0.
     */
    private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "did", "do", "does", "was", "were",
            "is", "are", "will", "would", "could");
    private static final WordSet CLAUSE_JOINS = WordSet.of("and", "but", "yet", "so");

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

    private static final WordSet COMPARATIVES = WordSet.of("better", "nicer", "greater", "cleaner", "warmer",
            "friendlier", "tastier", "fresher", "more");
    private static final WordSet STRONG_NEGATORS = WordSet.of("never", "nothing", "no", "can't", "cannot",
            "couldn't", "none", "nowhere", "nobody", "noone");

    /** "can't imagine", "nothing", "never": a negator that denies anything better exists. */
    /** Negators that deny any rival, even a few words away ("nowhere does it better"); not "can't rate it better". */
    private static final WordSet NOBODY_ANYWHERE = WordSet.of("nothing", "none", "nowhere", "nobody", "noone");

    private static boolean strongNegator(String[] keys, List<Token> tokens, int at, int s) {
        return inClauseBefore(keys, tokens, s, at, 5, STRONG_NEGATORS);
    }

    /** One of {@code words} within {@code window} tokens before {@code at}, in the same clause. */
    private static boolean inClauseBefore(String[] keys, List<Token> tokens, int s, int at, int window,
            WordSet words) {
        for (int t = at - 1; t >= s && t >= at - window; t--) {
            if (clauseBreak(tokens.get(t))) {
                return false;
            }
            if (words.contains(keys[t])) {
                return true;
            }
        }
        return false;
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
            } else if (FRAMING.contains(key) || key.equals("for") && t > s && (keys[t - 1].equals("looking")
                    || keys[t - 1].equals("searching"))) {
                framedUntil = t + 4; // "we were looking for a quick lunch": what was sought, not found
            }
        }
        return frame;
    }

    private static final WordSet PROMISED = WordSet.of("promised", "supposed", "advertised");
    private static final WordSet WAS_WERE = WordSet.of("was", "were", "is", "are", "been");

    /**
     * "We were promised a sea view", "the room was supposed to be quiet", "the pool is supposedly heated": in a
     * review such a promise is told because it was broken, so the praise in it counts against (a little), where
     * other expectations ("we expected great food") merely weigh less.
     */
    private static boolean brokenPromise(String[] keys, int s, int t) {
        String key = keys[t];
        return key.equals("supposedly") || PROMISED.contains(key) && t > s && WAS_WERE.contains(keys[t - 1]);
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

    /**
     * Opinion units implied by rules rather than words: "too far", "no kettle", "Try the curry!", "it took 40
     * minutes", "we will never go there again".
     */
    private void addImplicitUnits(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, int s, boolean[] amenity, List<OpinionUnit> units) {
        imperative(tokens, keys, slotStart, slotEnd, entry, slots, units);
        duration(tokens, keys, slotStart, slotEnd, slots, units);
        neverAgain(tokens, keys, slotStart, slotEnd, entry, slots, units);
        neverTastedLikeThis(tokens, keys, slotStart, slotEnd, entry, slots, units);
        serviceLapse(tokens, keys, slotStart, slotEnd, entry, slots, units);
        highPrices(tokens, keys, slotStart, slotEnd, entry, slots, units);
        repeatedRequests(tokens, keys, slotStart, slotEnd, entry, slots, units);
        smallPrice(tokens, keys, slotStart, slotEnd, entry, slots, units);
        charges(tokens, keys, slotStart, slotEnd, slots, units);
        rhetoricalQuestion(tokens, keys, slotStart, slotEnd, entry, slots, units);
        for (int k = 0; k + 1 < slots; k++) {
            if (!isWord(keys, slotStart[k], "too") || entry[k + 1] != null) {
                continue;
            }
            Token next = tokens.get(slotStart[k + 1]);
            if (next.kind == Token.Kind.WORD && slotEnd[k] == slotStart[k + 1]) {
                units.add(new OpinionUnit(slotStart[k + 1], slotEnd[k + 1], -1f, -1f, 1f, false));
            }
        }
        if (amenity == null) {
            return;
        }
        for (int k = 0; k < slots; k++) {
            int at = slotStart[k];
            if (entry[k] != null || !amenity[at]) {
                continue;
            }
            for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                Token tok = tokens.get(slotStart[j]);
                if (clauseBreak(tok) || hasValence(entry[j])) {
                    break;
                }
                if (ABSENCE.contains(keys[slotStart[j]])) {
                    units.add(new OpinionUnit(at, slotEnd[k], -1.2f, -1.2f, 1f, false));
                    break;
                }
            }
        }
    }

    /** Every word of the slot leads into an imperative ("just", "make sure to"). */
    private static boolean allLeads(String[] keys, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!IMPERATIVE_LEADS.contains(keys[t])) {
                return false;
            }
        }
        return true;
    }

    private static void imperative(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        int k = 0;
        while (k < slots && (tokens.get(slotStart[k]).kind == Token.Kind.PUNCT
                || allLeads(keys, slotStart[k], slotEnd[k]))) {
            k++;
        }
        if (k >= slots || slotEnd[k] - slotStart[k] != 1 || !IMPERATIVES.contains(keys[slotStart[k]])) {
            return;
        }
        // "Check-in was slow", "Check out took ages": the desk, not an invitation ("Check out the rooftop bar!")
        int next = slotStart[k] + 1;
        if (ORDER_VERBS.contains(keys[slotStart[k]])
                && !(next < keys.length && DISH_DETERMINERS.contains(keys[next]))) {
            return; // "get there early", "order at the counter"
        }
        for (int t = next; t < keys.length && t <= next + 3; t++) {
            if (LOGISTICS.contains(keys[t])) {
                return; // "make sure to get a reservation": advice, not praise
            }
        }
        if (keys[slotStart[k]].equals("check") && next < keys.length && (keys[next].equals("-")
                || keys[next].equals("in") || keys[next].equals("out") && next + 1 < keys.length
                        && DESK_WORDS.contains(keys[next + 1]))) {
            return;
        }
        for (int j = 0; j < slots; j++) {
            LexiconEntry en = entry[j];
            if (en != null && (en.role() == LexiconEntry.Role.NEGATE || hasValence(en) && en.valence() < 0)) {
                return;
            }
            if (keys[slotStart[j]].equals("?")) {
                return;
            }
        }
        for (OpinionUnit u : units) {
            if (u.value() < 0) {
                return;
            }
        }
        units.add(new OpinionUnit(slotStart[k], slotEnd[k], 1.4f, 1.4f, 1f, false));
    }

    /**
     * "Go to the place across the street instead, they have amazing food": praise in a sentence that sends the
     * reader elsewhere belongs to the other place, and the redirect itself is a complaint.
     */
    private static final WordSet DENIED_REDIRECT = WordSet.of("no", "never", "don't", "won't", "why", "nowhere",
            "wouldn't", "needn't");

    private static void redirect(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        int at = -1;
        for (int t = s; t < e; t++) {
            String k = keys[t];
            if (k.equals("elsewhere") || k.equals("instead") && !(t + 1 < e && keys[t + 1].equals("of"))
                    || otherPlaces(keys, s, e, t)) {
                at = t;
                break;
            }
        }
        // "no need to look elsewhere", "why go anywhere else", "we never go elsewhere": the redirect is denied
        if (at < 0 || inClauseBefore(keys, tokens, s, at, 5, DENIED_REDIRECT)) {
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            OpinionUnit u = units.get(i);
            if (u.value() > 0) {
                units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), u.value() * -0.3f, u.weight(), u.negated()));
            }
        }
        units.add(new OpinionUnit(at, at + 1, -1.0f, -1.0f, 1f, false));
    }

    private static final WordSet PRIORITY_ADJECTIVES = WordSet.of("interested", "concerned", "focused", "worried",
            "bothered", "keen", "intent");
    private static final WordSet CARE_VERBS = WordSet.of("care", "cared", "cares", "caring");
    /** Who serves: "the waiters were more interested in chatting" needs no "than us". */
    private static final WordSet STAFF = WordSet.of("waiter", "waiters", "waitress", "waitresses", "server",
            "servers", "staff", "host", "hostess", "bartender", "bartenders", "manager", "owner", "employees",
            "receptionist", "receptionists", "they", "he", "she");

    /**
     * Praise that is not the guest's: what staff cared about instead of the guest ("more interested in chatting
     * than helping us", "cared more about a good photo than our complaint": a complaint about priorities, whatever
     * the words in it), the surface a guest warns of or saw wasted ("don't be fooled by the nice lobby", "a waste of
     * a beautiful location", "a great location wasted on mediocre food") and a reputation the guest cannot believe
     * ("I can't understand why people like this place"). Positive units from the trigger to the end of its clause
     * (before it, for "wasted on") count for nothing; priorities, disbelief and waste add a complaint of their own
     * unless the clause already holds one. One trigger per sentence.
     */
    private static void misplacedPraise(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int t = s; t + 2 < e; t++) {
            boolean priorities = keys[t].equals("more") && (PRIORITY_ADJECTIVES.contains(keys[t + 1])
                    || t > s && CARE_VERBS.contains(keys[t - 1]) && keys[t + 1].equals("about"));
            // "fooled by the nice lobby", "a waste of a beautiful location": the praise is of what misled or was lost
            boolean fooled = (keys[t].equals("fooled") || keys[t].equals("waste")) && keys[t + 1].equals("by")
                    || keys[t].equals("waste") && keys[t + 1].equals("of");
            // "a great location wasted on mediocre food": the praise before "wasted on" is of what was lost
            if (keys[t].equals("wasted") && keys[t + 1].equals("on")) {
                for (int i = 0; i < units.size(); i++) {
                    OpinionUnit u = units.get(i);
                    if (u.start() < t && u.start() >= clauseStart(tokens, s, t) && u.value() > 0) {
                        units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
                    }
                }
                units.add(new OpinionUnit(t, t + 2, -1.2f, -1.2f, 1f, false));
                return;
            }
            // "no idea how this place gets such good reviews", "can't understand why people like it"
            boolean puzzled = PUZZLED.contains(keys[t]) && (keys[t + 1].equals("why") || keys[t + 1].equals("how"))
                    && inClauseBefore(keys, tokens, s, t, 3, DENIALS);
            if (!priorities && !fooled && !puzzled) {
                continue;
            }
            int end = t + 1;
            boolean than = false;
            boolean reputation = false;
            while (end < e && !clauseBreak(tokens.get(end))) {
                than |= keys[end].equals("than");
                reputation |= REPUTATION.contains(keys[end]);
                end++;
            }
            if (puzzled && !reputation) {
                continue; // "I don't know how they keep it so clean": admiration, not disbelief
            }
            boolean staffSubject = inClauseBefore(keys, tokens, s, t, 6, STAFF);
            if (priorities && (!than && !staffSubject || firstPersonBefore(keys, s, t))) {
                continue; // "we were more interested in the view than the food": the guest's own priorities
            }
            int from = priorities && t > s && CARE_VERBS.contains(keys[t - 1]) ? t - 1 : t;
            boolean complaint = false;
            for (int i = 0; i < units.size(); i++) {
                OpinionUnit u = units.get(i);
                if (u.start() >= from && u.start() < end) {
                    if (u.value() > 0) {
                        units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
                    } else if (u.value() <= -1f) {
                        complaint = true;
                    }
                }
            }
            if ((priorities || puzzled) && !complaint) {
                units.add(new OpinionUnit(t, t + 2, -1.5f, -1.5f, 1f, false));
            }
            return;
        }
    }

    private static final WordSet BEST_OF = WordSet.of("thing", "things", "part", "bit", "moment");
    private static final WordSet HIGHLIGHTS = WordSet.of("highlight", "highlights");
    private static final WordSet IS_WAS = WordSet.of("is", "was", "were", "are");
    /** What is beside the point of a stay or a meal: the best of it being one of these is a complaint. */
    private static final WordSet PERIPHERIES = WordSet.of("leaving", "left", "exit", "parking", "taxi", "cab", "uber",
            "door", "mints", "napkins", "toilets", "restrooms", "home", "car", "checkout", "check-out");

    /**
     * "The best thing about the place is the parking", "the highlight was leaving", "the best part of the evening
     * was the taxi home": when the best of it is something beside the point, the sentence is a complaint about all
     * the rest. The praise words count for nothing, for the rules and the model, and the peripheral thing carries
     * the complaint.
     */
    private static void peripheralHighlight(List<Token> tokens, String[] keys, int s, int e,
            List<OpinionUnit> units, List<int[]> notTheGuests) {
        for (int t = s; t + 1 < e; t++) {
            if (!(keys[t].equals("best") && BEST_OF.contains(keys[t + 1]) || HIGHLIGHTS.contains(keys[t]))) {
                continue;
            }
            int c = t + 1;
            while (c < e && c - t <= 8 && !IS_WAS.contains(keys[c]) && !clauseBreak(tokens.get(c))) {
                c++;
            }
            if (c >= e || !IS_WAS.contains(keys[c])) {
                continue;
            }
            for (int j = c + 1; j < e && j <= c + 3 && !clauseBreak(tokens.get(j)); j++) {
                if (PERIPHERIES.contains(keys[j])) {
                    for (int i = 0; i < units.size(); i++) {
                        OpinionUnit u = units.get(i);
                        if (u.end() > t && u.start() <= j && u.value() > 0) {
                            units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(),
                                    u.negated()));
                            notTheGuests.add(new int[] {u.start(), u.end()}); // nor for the model
                        }
                    }
                    units.add(new OpinionUnit(j, j + 1, -1.5f, -1.5f, 1f, false));
                    return;
                }
            }
        }
    }

    private static final WordSet ASKED = WordSet.of("asked", "ordered", "requested");
    private static final WordSet ALTHOUGH = WordSet.of("though", "although", "whereas");
    private static final WordSet DONENESS = WordSet.of("rare", "medium", "medium-rare", "pink", "bloody");

    /**
     * "The steak was well done when I asked for medium rare", "a twin room even though we had requested a double":
     * what came was not what the guest asked for ("when" only with how a steak is done: "helpful when we asked for
     * directions" is a time). The praise words before it in the sentence describe the wrong
     * thing ("well done", "lovely"): they count for nothing, for the rules and the model, and the request carries
     * the complaint.
     */
    private static void servedOtherwise(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        for (int t = s + 2; t < e; t++) {
            if (!ASKED.contains(keys[t])) {
                continue;
            }
            int j = t - 1;
            if (j > s && (keys[j].equals("had") || keys[j].equals("'d"))) {
                j--;
            }
            if (!GUEST_SUBJECTS.contains(keys[j]) || j - 1 <= s) {
                continue;
            }
            // "when I asked for directions" is only a time; "when I asked for medium rare" says what came instead
            boolean doneness = false;
            for (int d = t + 1; d < e && d <= t + 3; d++) {
                doneness |= DONENESS.contains(keys[d]);
            }
            // "great even though we ordered late" concedes; only an unmet request is the point
            boolean request = !keys[t].equals("ordered");
            if (!(ALTHOUGH.contains(keys[j - 1]) && request || keys[j - 1].equals("when") && doneness)) {
                continue;
            }
            int from = j - 1;
            for (int i = 0; i < units.size(); i++) {
                OpinionUnit u = units.get(i);
                if (u.start() < from && u.value() > 0) {
                    units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
                    notTheGuests.add(new int[] {u.start(), u.end()});
                }
            }
            // the request sits in the conceding clause, which weighs half; here it is the point of the sentence
            float v = keys[j - 1].equals("when") ? -1.5f : -3f;
            units.add(new OpinionUnit(t, t + 1, v, v, 1f, false));
            return;
        }
    }

    private static final WordSet LIKE_VERBS = WordSet.of("like", "enjoy", "love", "want", "fancy", "prefer",
            "adore", "relish");
    private static final WordSet QUEUES = WordSet.of("waiting", "queuing", "queueing", "queues", "queue");

    /**
     * "Great if you enjoy being ignored", "if you like waiting, you'll love this place", "good enough if you're
     * desperate": praise on the condition that the guest likes something bad, or is in a bad way, is sarcasm. When the "if you like ..." clause holds a clear complaint
     * (valence -1.5 or below, or waiting), the praise outside it turns against and the liking itself counts for
     * nothing; a taste stated in earnest ("if you like loud music") has no such complaint and keeps its praise.
     */
    private static void sarcasticCondition(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int t = s; t + 2 < e; t++) {
            // "if you like waiting", and the state it takes: "good enough if you're desperate"
            boolean condition = keys[t].equals("if") && (keys[t + 1].equals("you") && (LIKE_VERBS.contains(
                    keys[t + 2]) || keys[t + 2].equals("are")) || keys[t + 1].equals("you're"));
            if (!condition) {
                continue;
            }
            int end = t + 3;
            boolean bad = false;
            while (end < e && !clauseBreak(tokens.get(end))) {
                bad |= QUEUES.contains(keys[end]);
                end++;
            }
            // a state must follow at once ("if you're desperate"), not be a taste further on ("if you are the type
            // of person who likes being scared")
            boolean liking = LIKE_VERBS.contains(keys[t + 2]);
            for (OpinionUnit u : units) {
                bad |= u.start() >= t && u.start() < (liking ? end : Math.min(end, t + 5)) && u.base() <= -1.5f;
            }
            if (!bad) {
                return;
            }
            for (int i = 0; i < units.size(); i++) {
                OpinionUnit u = units.get(i);
                boolean inside = u.start() >= t && u.start() < end;
                if (u.value() > 0) {
                    float v = inside ? 0f : -0.6f * u.value();
                    units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), v, u.weight(), u.negated()));
                }
            }
            return;
        }
    }

    /** What other people say of a place: the object of a guest's disbelief ("how it has four stars"). */
    private static final WordSet REPUTATION = WordSet.of("reviews", "review", "rated", "rating", "ratings", "stars",
            "star", "people", "anyone", "everyone", "popular", "hype", "hyped", "recommended", "award", "awards");
    private static final WordSet PUZZLED = WordSet.of("understand", "idea", "know", "see", "fathom", "comprehend");
    private static final WordSet DENIALS = WordSet.of("can't", "cannot", "don't", "no", "not",
            "couldn't", "never");

    private static int clauseStart(List<Token> tokens, int s, int t) {
        int i = t;
        while (i > s && !clauseBreak(tokens.get(i - 1))) {
            i--;
        }
        return i;
    }

    private static final WordSet AGO_UNITS = WordSet.of("years", "year", "decade", "decades", "months");

    /**
     * "The pizza was good ten years ago": praise said of the past, at the end of its clause, is a complaint about
     * the present. Needs "was" or "were" before the praise and "N years ago" (or "back in the day") closing the
     * clause; "we first came ten years ago and loved it" is a story, not this.
     */
    private static void pastGlory(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int t = s + 1; t < e; t++) {
            boolean ago = keys[t].equals("ago") && AGO_UNITS.contains(keys[t - 1]);
            boolean day = keys[t].equals("day") && t >= s + 3 && keys[t - 1].equals("the")
                    && keys[t - 2].equals("in") && keys[t - 3].equals("back");
            // "what once was one of the best places": the praise after "once was" is of the past; "not once was I
            // disappointed" is an inverted negation instead
            if (keys[t].equals("once") && t + 1 < e && (keys[t + 1].equals("was") || keys[t + 1].equals("were"))
                    && !keys[t - 1].equals("not") && !keys[t - 1].equals("never")) {
                int end = t + 2;
                while (end < e && !clauseBreak(tokens.get(end))) {
                    end++;
                }
                for (int i = 0; i < units.size(); i++) {
                    OpinionUnit u = units.get(i);
                    if (u.start() > t + 1 && u.start() < end && u.value() > 0) {
                        units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), -0.6f * u.value(), u.weight(),
                                u.negated()));
                    }
                }
                continue;
            }
            if (!ago && !day) {
                continue;
            }
            boolean closes = t + 1 >= e || clauseBreak(tokens.get(t + 1));
            int from = clauseStart(tokens, s, t);
            boolean was = false;
            for (int i = from; i < t; i++) {
                was |= keys[i].equals("was") || keys[i].equals("were");
            }
            if (!closes || !was) {
                continue;
            }
            scalePraise(units, from, t, -0.6f, null);
        }
    }

    private static final WordSet GUEST_STATES = WordSet.of("tired", "exhausted", "starving", "hungry", "jetlagged",
            "sick", "ill", "cold", "wet", "late", "soaked", "sleepy", "knackered", "shattered");
    private static final WordSet GUEST_SUBJECTS = WordSet.of("i", "we", "i'm", "we're", "im");
    private static final WordSet COMPANIONS = WordSet.of("wife", "husband", "friend", "friends", "partner", "kids",
            "children", "daughter", "son", "mother", "father", "mom", "mum", "dad", "boyfriend", "girlfriend",
            "sister", "brother", "colleague", "colleagues", "fiance", "fiancee");
    private static final WordSet JOURNEYS = WordSet.of("flight", "flights", "plane", "train", "trains", "bus");
    private static final WordSet JOURNEY_TROUBLE = WordSet.of("delayed", "delay", "delays", "cancelled", "canceled",
            "late", "diverted", "lost");
    private static final WordSet PLACE_DETERMINERS = WordSet.of("the", "this", "their", "it", "that", "these",
            "its", "our", "your");
    private static final WordSet TASTE_NEGATIONS = WordSet.of("doesn't", "don't", "didn't", "does", "do", "not",
            "hates", "hate", "dislikes", "can't", "cannot");

    /**
     * The guest's own circumstances told as the story's setting, not complaints about the place: "we were starving
     * after the flight", "I was tired after a long week", "our flight was delayed, so we checked in late", "my wife
     * doesn't like spicy food". A first-person subject with a personal state, a journey that went wrong, or a
     * companion's taste: the negative words of that clause count for nothing (others in the sentence still count;
     * "I was sick after eating the fish" and "cold all night" stay complaints).
     */
    private static void guestCircumstance(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int i = 0; i < units.size(); i++) {
            OpinionUnit u = units.get(i);
            if (u.value() >= 0) {
                continue;
            }
            int from = clauseStart(tokens, s, u.start());
            int end = u.end();
            while (end < e && !clauseBreak(tokens.get(end))) {
                end++;
            }
            boolean setting = false;
            String w = keys[u.start()];
            if (u.end() - u.start() == 1 && GUEST_STATES.contains(w) && u.start() >= from + 2
                    && (GUEST_SUBJECTS.contains(keys[u.start() - 2]) || GUEST_SUBJECTS.contains(keys[u.start() - 1]))) {
                setting = true;
                for (int t = u.end(); t < end; t++) {
                    // "sick after eating the fish", "cold all night": the place's doing
                    if (keys[t].equals("eating") || keys[t].equals("night") || keys[t].equals("because")
                            || keys[t].equals("from") || keys[t].equals("room")) {
                        setting = false;
                    }
                }
            }
            for (int t = from; t < u.start() && !setting; t++) {
                if (JOURNEYS.contains(keys[t]) && t > from && (keys[t - 1].equals("our") || keys[t - 1].equals("my"))
                        && JOURNEY_TROUBLE.contains(w)) {
                    setting = true; // "our flight was delayed"
                }
                // "my wife doesn't like spicy food", but not "... doesn't like the new menu"
                if (COMPANIONS.contains(keys[t]) && t > from && (keys[t - 1].equals("my") || keys[t - 1].equals("our"))
                        && TASTE_NEGATIONS.contains(keys[t + 1])
                        && !(u.end() < e && PLACE_DETERMINERS.contains(keys[u.end()]))) {
                    setting = true;
                }
            }
            if (setting) {
                units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
            }
        }
    }

    private static final WordSet ELLIPTIC_NEGATIONS = WordSet.of("didn't", "wasn't", "weren't", "don't", "doesn't",
            "isn't", "aren't", "couldn't", "wouldn't", "won't", "never", "not");
    private static final WordSet ELLIPTIC_SUBJECTS = WordSet.of("they", "he", "she", "it", "we", "service",
            "staff", "food", "room", "rest", "others", "theirs", "ours", "this", "that");

    private static final WordSet DENIAL_ADVERBS = WordSet.of("clearly", "obviously", "definitely", "certainly",
            "really", "just", "simply");

    /**
     * "Other places ask how hot you want it, but they didn't." / "The food was good, the service was not.": a
     * denial that ends its sentence negates what was said before it and is a complaint of its own.
     */
    private static void ellipticalDenial(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        int last = e - 1;
        while (last > s && tokens.get(last).kind == Token.Kind.PUNCT) {
            last--;
        }
        if (last - 1 <= s || !ELLIPTIC_NEGATIONS.contains(keys[last])) {
            return;
        }
        int subject = last - 1;
        if (DENIAL_ADVERBS.contains(keys[subject])) {
            subject--; // "but it clearly wasn't"
        }
        if (keys[last].equals("not") || keys[last].equals("never")) {
            // "the service was not", "they never did"
            if (!(keys[subject].equals("was") || keys[subject].equals("were") || keys[subject].equals("is")
                    || keys[subject].equals("are") || keys[subject].equals("did"))) {
                return;
            }
            subject--;
        }
        if (subject <= s || !ELLIPTIC_SUBJECTS.contains(keys[subject])) {
            return;
        }
        boolean opened = keys[subject - 1].equals("but") || clauseBreak(tokens.get(subject - 1))
                || keys[subject - 1].equals("the") && subject - 2 > s && (keys[subject - 2].equals("but")
                || clauseBreak(tokens.get(subject - 2)));
        if (!opened) {
            return;
        }
        units.add(new OpinionUnit(subject, last + 1, -1.5f, -1.5f, 1.5f, false));
    }

    private static final WordSet SAYING = WordSet.of("said", "says", "say", "told", "tells", "claimed", "claims",
            "claim", "promised", "promises", "assured", "insisted", "insists", "swore", "advertised", "advertises",
            "boasts", "boasted", "described");
    private static final WordSet NOT_REPORTING = WordSet.of("as", "to", "let's", "lets", "must", "should", "can",
            "i'd", "we'd", "would", "you", "that");
    /** Words that end what was reported and start the guest's own comment ("I'm told it's open late, which is
     * good"). */
    private static final WordSet OWN_COMMENT = WordSet.of("which", "but", "although", "though", "so");
    private static final WordSet PASSIVE = WordSet.of("was", "were", "been", "being", "we're", "i'm");

    /**
     * Praise someone else gave: "the waiter said the fish was excellent", "everyone told us it was amazing", "the
     * website says it's the best pizza in town". The praise after the saying verb, to the end of its clause, is
     * theirs, not the guest's, and counts for nothing; what the guest found is said elsewhere ("..., but it
     * wasn't"). Not the guest's own words ("I told the chef it was the best steak I've had", "I have to say"), though
     * "we were told" is someone else's; not "as promised", "needless to say", "that said,", "what else can you say";
     * what follows "which" or "but" is the guest's own comment again.
     */
    private static void reportedPraise(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        if (!anyPraise(units)) {
            return;
        }
        for (int t = s; t < e; t++) {
            // "that said,", "having said that,", "as promised", "what else can you say"
            if (!SAYING.contains(keys[t]) || t > s && NOT_REPORTING.contains(keys[t - 1])
                    || t + 2 < e && keys[t + 1].equals("that") && clauseBreak(tokens.get(t + 2))) {
                continue;
            }
            boolean passive = t > s && PASSIVE.contains(keys[t - 1]);
            if (!passive && inClauseBefore(keys, tokens, s, t, 3, GUEST_SPEAKERS)) {
                continue;
            }
            int from = t + 1;
            // 'the manager said, "we are happy to help"'
            while (from < e && (tokens.get(from).kind == Token.Kind.PUNCT && !keys[from].equals(".")
                    && !keys[from].equals("!") && !keys[from].equals("?"))) {
                from++;
            }
            int end = from;
            while (end < e && !clauseBreak(tokens.get(end)) && !OWN_COMMENT.contains(keys[end])) {
                end++;
            }
            if (scalePraise(units, from, end, 0f, null)) {
                notTheGuests.add(new int[] {from, end});
            }
            t = end;
        }
    }

    private static final WordSet QUOTES = WordSet.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019");

    /**
     * Praise in scare quotes or after "so-called" is ironic: our "friendly" waiter, the "luxury" suite, so-called
     * fine dining. One or two words between quotes before the noun they describe, or up to three after "so-called",
     * holding praise: it becomes a complaint. Quoted praise on its own ('the staff were "wonderful"') may be emphasis
     * and is left alone.
     */
    private static void scareQuotes(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        if (!anyPraise(units)) {
            return;
        }
        for (int t = s; t < e; t++) {
            int from = -1;
            int end = -1;
            if (tokens.get(t).kind == Token.Kind.PUNCT && QUOTES.contains(keys[t])) {
                for (int c = t + 2; c < e && c <= t + 3; c++) {
                    if (tokens.get(c).kind == Token.Kind.PUNCT && QUOTES.contains(keys[c])) {
                        // before the noun it describes: the staff were "wonderful" may be mere emphasis
                        if (c + 1 < e && tokens.get(c + 1).kind == Token.Kind.WORD) {
                            from = t + 1;
                            end = c;
                        }
                        break;
                    }
                }
            } else if (keys[t].equals("so") && t + 2 < e && keys[t + 1].equals("called")) {
                from = t + 2;
                end = Math.min(e, t + 5);
            }
            if (from < 0) {
                continue;
            }
            scalePraise(units, from, end, -0.8f, notTheGuests);
            t = Math.max(t, end);
        }
    }

    private static final WordSet PRAISE_INTENSIFIERS = WordSet.of("great", "greatest", "real", "perfect", "total",
            "absolute", "complete", "true", "major", "huge", "biggest", "pure", "sheer");

    /** "the greatest disappointment", "a real shame", "a perfect example of poor service": praise intensifies. */
    private static void praiseAsIntensifier(String[] keys, List<OpinionUnit> units) {
        for (int i = 0; i + 1 < units.size(); i++) {
            OpinionUnit a = units.get(i);
            OpinionUnit b = units.get(i + 1);
            if (a.value() > 0 && b.value() < 0 && a.end() - a.start() == 1 && b.start() == a.end()
                    && PRAISE_INTENSIFIERS.contains(keys[a.start()])) {
                units.set(i, new OpinionUnit(a.start(), a.end(), a.base(), 0f, a.weight(), a.negated()));
                units.set(i + 1, new OpinionUnit(b.start(), b.end(), b.base(), b.value() * 1.2f, b.weight(),
                        b.negated()));
            }
        }
    }

    private static final WordSet FIRST_PERSON = WordSet.of("i", "we", "i'm", "we're", "im", "me", "us");
    /** The guest speaking: "I told the chef", "we've said". */
    private static final WordSet GUEST_SPEAKERS = WordSet.union(FIRST_PERSON, WordSet.of("i've", "we've"));

    private static boolean firstPersonBefore(String[] keys, int s, int t) {
        for (int i = t - 1; i >= s && i >= t - 4; i--) {
            if (FIRST_PERSON.contains(keys[i])) {
                return true;
            }
        }
        return false;
    }

    /** Regret words; "bad" only as "too bad". */
    private static final WordSet REGRETS = WordSet.of("shame", "pity", "unfortunate", "bad");
    private static final WordSet BECAUSE = WordSet.of("because", "since", "as", "cause");
    private static final WordSet HEDGES = WordSet.of("maybe", "perhaps", "probably", "sure", "bet");

    /**
     * Praise at one remove from the guest's experience. Regret explained by praise ("it is a shame because the
     * location is great", "too bad, since the view is amazing"): the praise says what was wasted, and only the regret
     * counts. A hedge that opens the sentence, with a condition after the praise ("I'm sure the food is great if you
     * can ever get served", "maybe the food is good, if it ever arrives"): a guess, not a verdict. The praise counts
     * for nothing, for the rules and the model.
     */
    private static void praiseAtOneRemove(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        if (!anyPraise(units)) {
            return;
        }
        for (OpinionUnit u : units) {
            if (u.value() < 0 && REGRETS.contains(keys[u.end() - 1]) && (!keys[u.end() - 1].equals("bad")
                    || u.end() - 2 >= s && keys[u.end() - 2].equals("too"))) {
                for (int t = u.end(); t < e && t <= u.end() + 2; t++) {
                    if (BECAUSE.contains(keys[t])) {
                        scalePraise(units, t, e, 0f, notTheGuests);
                        return;
                    }
                }
            }
        }
        int first = s;
        while (first < e && tokens.get(first).kind == Token.Kind.PUNCT) {
            first++;
        }
        boolean hedged = false;
        for (int t = first; t < e && t <= first + 2; t++) {
            hedged |= HEDGES.contains(keys[t]);
        }
        if (!hedged) {
            return;
        }
        for (int t = first + 1; t < e; t++) {
            if (keys[t].equals("if")) {
                scalePraise(units, first, t, 0f, notTheGuests);
                return;
            }
        }
    }

    private static final WordSet GRATITUDE = WordSet.of("thanks", "thank", "bravo", "congratulations", "congrats",
            "kudos");
    private static final WordSet LOVE = WordSet.of("love", "loved", "loving", "adore");
    /** "Five stars for the ability to ignore customers": a rating given for a complaint. */
    private static final WordSet STARS = WordSet.of("stars", "star");

    /**
     * Praise aimed at a complaint is sarcasm: "thanks for ruining my birthday", "bravo for making us wait an hour",
     * "what a great way to ruin a birthday", "I love how they ignore you once you've paid", "gotta love paying $20
     * for a salad", "five stars for the ability to ignore customers". The gratitude or love counts against when a
     * complaint follows it in the same clause ("love how" and "gotta love" also when what follows is paying or a
     * charge); the complaint keeps its own weight. "I love how
     * cozy it is" and "thanks for a lovely evening" stay praise. Also: "..., said no one ever" takes back the praise
     * before it, and "I'd love to tell you about the food, but it never came" is a wish, not praise.
     */
    private static void sarcasticThanks(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        if (!anyPraise(units)) {
            return;
        }
        // "Great service, said no one ever": everything before it is taken back
        for (int t = s; t + 2 < e; t++) {
            if (keys[t].equals("said") && (keys[t + 1].equals("nobody") || keys[t + 1].equals("no")
                    && keys[t + 2].equals("one"))) {
                scalePraise(units, s, t, -0.8f, notTheGuests);
                return;
            }
        }
        boolean but = false;
        for (int t = s; t < e; t++) {
            but |= keys[t].equals("but");
        }
        for (int i = 0; i < units.size(); i++) {
            OpinionUnit u = units.get(i);
            if (u.value() <= 0) {
                continue;
            }
            int t = u.start();
            String w = keys[t];
            boolean gratitude = (GRATITUDE.contains(w) || STARS.contains(keys[u.end() - 1]))
                    && (isWord(keys, u.end(), "for") || isWord(keys, u.end(), "on")
                    || isWord(keys, u.end(), "you") && isWord(keys, u.end() + 1, "for"));
            // "what a great way to ruin", "a great way to end a night"
            boolean way = u.end() + 1 < e && keys[u.end()].equals("way") && keys[u.end() + 1].equals("to");
            boolean loveHow = LOVE.contains(keys[u.end() - 1]) && u.end() < e && (keys[u.end()].equals("how")
                    || keys[u.end()].equals("when") || keys[u.end()].equals("that"));
            boolean gotta = LOVE.contains(keys[u.end() - 1]) && t > s && (keys[t - 1].equals("gotta")
                    || keys[t - 1].equals("to") && t - 2 >= s && (keys[t - 2].equals("got")
                            || keys[t - 2].equals("have")));
            // "loved waiting 45 minutes for cold food"
            boolean lovedDoing = LOVE.contains(keys[u.end() - 1]) && u.end() < e && keys[u.end()].endsWith("ing")
                    && tokens.get(u.end()).kind == Token.Kind.WORD;
            // "I'd love to tell you about the food, but it never came": a wish the rest of the sentence denies
            if (but && LOVE.contains(keys[u.end() - 1]) && isWord(keys, u.end(), "to") && t > s
                    && (keys[t - 1].equals("would") || keys[t - 1].equals("i'd") || keys[t - 1].equals("we'd"))) {
                units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
                notTheGuests.add(new int[] {u.start(), u.end()});
                continue;
            }
            if (!gratitude && !way && !loveHow && !gotta && !lovedDoing) {
                continue;
            }
            int end = u.end();
            boolean complaint = false;
            while (end < e && !clauseBreak(tokens.get(end)) && !keys[end].equals("but")
                    && !keys[end].equals("despite")) {
                complaint |= (loveHow || gotta) && (keys[end].equals("paying") || keys[end].equals("charge")
                        || keys[end].equals("charges") || keys[end].equals("charging"));
                end++;
            }
            for (OpinionUnit c : units) {
                complaint |= c.start() >= u.end() && c.start() < end && c.value() <= -0.5f;
            }
            if (complaint) {
                units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), -0.6f * u.value(), u.weight(),
                        u.negated()));
                notTheGuests.add(new int[] {u.start(), u.end()});
            }
        }
    }

    private static final WordSet OPENERS = WordSet.of("great", "wonderful", "fantastic", "brilliant", "perfect",
            "lovely", "terrific", "super", "marvellous", "marvelous", "awesome");

    /**
     * "Great, another hour waiting for our room", "Oh wonderful, the lift is broken again": a word of praise thrown
     * in front of a repeated mishap is sarcasm. Only when the praise opens the sentence (after "oh", "just" or
     * "so"), stands alone before a comma or dash, and the rest says "another" or "again" (after "oh", also "even" or
     * any complaint: "Oh great, the music is even louder"); the opener then counts
     * against, and nothing else in the sentence is touched. A promise to return keeps it praise ("Great, we will be
     * back again": "back", "return" or "stay" in the rest).
     */
    private static void sarcasticOpener(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        int t = s;
        while (t < e && (keys[t].equals("oh") || keys[t].equals("just") || keys[t].equals("so")
                || tokens.get(t).kind == Token.Kind.PUNCT)) {
            t++;
        }
        if (t + 1 >= e || !OPENERS.contains(keys[t])) {
            return;
        }
        String after = keys[t + 1];
        if (!(after.equals(",") || after.equals("!") || after.equals("-") || after.equals("\u2013")
                || after.equals("\u2014") || after.equals("..."))) {
            return;
        }
        boolean oh = t > s && keys[s].equals("oh");
        boolean mishap = false;
        for (int j = t + 2; j < e; j++) {
            String k = keys[j];
            if (k.equals("back") || k.equals("return") || k.equals("returning") || k.equals("stay")) {
                return; // "Great, we will be back again!"
            }
            mishap |= k.equals("another") || k.equals("again") || oh && k.equals("even");
        }
        for (OpinionUnit u : units) {
            mishap |= oh && u.start() > t + 1 && u.value() < 0; // "Oh great, the lift is broken"
        }
        if (!mishap) {
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            OpinionUnit u = units.get(i);
            if (u.start() == t && u.value() > 0) {
                units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), -1.5f, u.weight(), u.negated()));
            }
        }
    }

    private static final WordSet VENUES = WordSet.of("places", "restaurants", "hotels", "bistros", "spots",
            "joints", "cafes", "bars", "place", "restaurant", "hotel", "spot", "options");
    private static final WordSet PRAISED_COMPARATIVES = WordSet.of("better", "cheaper", "nicer", "superior", "tastier",
            "fresher");
    private static final WordSet SEEK = WordSet.of("find", "finding", "search", "searching", "look", "looking", "try",
            "go", "choose", "pick");

    /** Where better is found instead of here: "at home", "a block away", "elsewhere", "instead". */
    private static final PhraseTrie<Boolean> ELSEWHERE = new PhraseTrie<>();

    static {
        for (String place : List.of("at home", "elsewhere", "instead", "next door", "a block away", "down the street",
                "around the corner", "across the street")) {
            ELSEWHERE.put(List.of(place.split(" ")), Boolean.TRUE);
        }
    }

    /** A place other than this one after the comparative at {@code t}, before any "than" ("better than at home"). */
    private static boolean elsewhereAfter(String[] keys, int t, int e) {
        for (int j = t + 1; j < e && j <= t + 8; j++) {
            if (keys[j].equals("than") || keys[j].equals("as")) {
                return false;
            }
            if (ELSEWHERE.longestAt(keys, j, e, 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Praise that belongs to other places: "there are much better places in town", "you could eat better in many
     * other Indian restaurants", "worth searching for another place". Not "one of the better places", "better than
     * other restaurants", "no other place does it better" or "I have stayed at other hotels and this is the best",
     * which praise this one.
     */
    private static boolean otherPlaces(String[] keys, int s, int e, int t) {
        String k = keys[t];
        boolean venueNext = t + 1 < e && VENUES.contains(keys[t + 1]);
        boolean venueSoon = venueNext || t + 2 < e && VENUES.contains(keys[t + 2]);
        if (PRAISED_COMPARATIVES.contains(k) && elsewhereAfter(keys, t, e)) {
            return true; // "better Thai food can be had a block away", "I make better pasta at home"
        }
        if (PRAISED_COMPARATIVES.contains(k) && venueNext) {
            // "one of the better places", "among the better restaurants", "there is no better place"
            return !(isWord(keys, t - 1, "the") && t - 2 >= s && (isWord(keys, t - 2, "of")
                    || isWord(keys, t - 2, "among")) || t - 1 >= s && isWord(keys, t - 1, "no"));
        }
        if (k.equals("another") && venueNext) {
            for (int j = t - 1; j >= s && j >= t - 3; j--) {
                if (SEEK.contains(keys[j])) {
                    return true; // "worth searching for another place"
                }
            }
            return false;
        }
        if (k.equals("other") && venueSoon) {
            if (isWord(keys, t - 1, "no")) {
                return false; // "no other place does a better burger": this one is the best
            }
            boolean comparative = false;
            for (int j = s; j < e; j++) {
                if (j < t && (keys[j].equals("than") || keys[j].equals("like") || keys[j].equals("unlike"))) {
                    return false; // "better than other restaurants", "unlike other hotels"
                }
                comparative |= PRAISED_COMPARATIVES.contains(keys[j]);
            }
            return comparative; // "a much better meal in many other bistros"
        }
        return false;
    }

    /**
     * Service that did not happen: "didn't bring the bread", "never refilled our glasses", "was not seated until
     * 10:15", "no one greeted us", "we had to flag someone down". The unit sits on the verb, which carries no valence
     * of its own.
     */
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("at", "from", "in", "on", "of", "behind");

    /** "Nobody at reception [spoke]", "no one from housekeeping [came]": the subject and a short place phrase. */
    private static boolean nobodyAt(List<Token> tokens, String[] keys, int[] slotStart, int j) {
        for (int i = j; i >= 1 && i >= j - 3; i--) {
            if (clauseBreak(tokens.get(slotStart[i]))) {
                return false;
            }
            if (PLACE_PREPOSITIONS.contains(keys[slotStart[i]])) {
                String subject = keys[slotStart[i - 1]];
                return NOBODY.contains(subject) || subject.equals("one") && i >= 2
                        && keys[slotStart[i - 2]].equals("no");
            }
        }
        return false;
    }

    private static void serviceLapse(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        for (int k = 1; k < slots; k++) {
            String verb = keys[slotStart[k]];
            // A service act may carry a little praise of its own ("apologized"); its absence is still a complaint.
            boolean valenced = entry[k] != null && hasValence(entry[k])
                    && !(SERVICE_ACTS.contains(verb) && entry[k].valence() > 0f);
            if (valenced || slotEnd[k] - slotStart[k] != 1) {
                continue;
            }
            int j = k - 1;
            if (j >= 1 && (keys[slotStart[j]].equals("even") || keys[slotStart[j]].equals("ever")
                    || keys[slotStart[j]].equals("once") || keys[slotStart[j]].equals("been"))) {
                j--;
            }
            String before = keys[slotStart[j]];
            boolean lapse = false;
            if (SERVICE_ACTS.contains(verb)) {
                lapse = LAPSE_NEGATORS.contains(before) && !(before.equals("not") && j >= 1
                        && !BE_OR_DO.contains(keys[slotStart[j - 1]]))
                        || NOBODY.contains(before) || before.equals("one") && j >= 1
                        && keys[slotStart[j - 1]].equals("no")
                        || nobodyAt(tokens, keys, slotStart, j);
            } else if (CHASE_VERBS.contains(verb) && before.equals("to") && j >= 1
                    && keys[slotStart[j - 1]].equals("had")) {
                lapse = true;
            }
            // "did not stop to apologize", "never bothered to check": the act itself did not happen
            if (!lapse && SERVICE_ACTS.contains(verb) && before.equals("to") && j >= 2
                    && PAUSE_VERBS.contains(keys[slotStart[j - 1]])
                    && (LAPSE_NEGATORS.contains(keys[slotStart[j - 2]]) || NOBODY.contains(keys[slotStart[j - 2]]))) {
                lapse = true;
            }
            if (!lapse || comparativeAfter(tokens, keys, slotEnd[k], slotStart, slots, k)) {
                continue;
            }
            units.add(new OpinionUnit(slotStart[k], slotEnd[k], -1.2f, -1.2f, 1f, false));
        }
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
    private static final WordSet LOGISTICS = WordSet.of("reservation", "reservations", "reserving", "reserve",
            "booking", "book", "booked", "early", "ahead", "arriving", "calling", "cash", "parking", "advance");

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

    private static final WordSet PAUSE_VERBS = WordSet.of("stop", "bother", "care", "try", "think", "offer");

    private static final WordSet BE_OR_DO = WordSet.of("was", "were", "is", "are", "did", "do", "does", "been",
            "be", "had", "has", "have", "we", "they", "i");

    /** "no one serves a better ziti": a superlative, not a lapse. */
    private static boolean comparativeAfter(List<Token> tokens, String[] keys, int from, int[] slotStart, int slots,
            int k) {
        for (int j = k + 1; j < slots && j <= k + 4; j++) {
            if (clauseBreak(tokens.get(slotStart[j]))) {
                return false;
            }
            String w = keys[slotStart[j]];
            if (w.equals("best") || COMPARATIVES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A charge quoted in money is a complaint about it: "they charge $6 for rice", "charged us $12 for a coffee",
     * "$2 extra for a side". A plain price ("mains are about $9") is not.
     */
    private static void charges(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd, int slots,
            List<OpinionUnit> units) {
        for (int k = 0; k < slots; k++) {
            String w = keys[slotStart[k]];
            boolean charge = w.equals("charge") || w.equals("charges") || w.equals("charged")
                    || w.equals("charging");
            boolean money = tokens.get(slotStart[k]).kind == Token.Kind.SYMBOL && !w.equals("%");
            if (!charge && !money) {
                continue;
            }
            for (int j = k + 1; j < slots && j <= k + 3; j++) {
                Token tok = tokens.get(slotStart[j]);
                String next = keys[slotStart[j]];
                if (clauseBreak(tok)) {
                    break;
                }
                boolean amount = tok.kind == Token.Kind.SYMBOL && !next.equals("%") || tok.kind == Token.Kind.NUMBER
                        && j == k + 1 || next.equals("extra");
                if (charge && amount || money && next.equals("extra")) {
                    units.add(new OpinionUnit(slotStart[k], slotEnd[j], -1.0f, -1.0f, 1f, false));
                    k = j;
                    break;
                }
            }
        }
    }

    private static final WordSet QUESTION_LEADS = WordSet.of("but", "and", "so", "really", "seriously", "honestly",
            "now", "then", "also", "ok", "okay", "um", "oh");

    /**
     * "Why make a reservation if you aren't going to keep it?", "Where was the manager?": in a review a why- or
     * where-question asks for nothing; it complains. Not when the sentence already praises ("why go anywhere else?").
     */
    private static void rhetoricalQuestion(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        if (slots < 3 || !keys[slotStart[slots - 1]].startsWith("?")) {
            return;
        }
        int k = 0;
        while (k < slots && (tokens.get(slotStart[k]).kind == Token.Kind.PUNCT
                || QUESTION_LEADS.contains(keys[slotStart[k]]))) {
            k++;
        }
        if (k >= slots) {
            return;
        }
        String w = keys[slotStart[k]];
        boolean why = w.equals("why");
        boolean where = w.equals("where's") || w.equals("wheres") || w.equals("where") && k + 1 < slots
                && BE_FORMS_PAST.contains(keys[slotStart[k + 1]]);
        if (!why && !where) {
            return;
        }
        for (OpinionUnit u : units) {
            if (u.value() > 0) {
                return;
            }
        }
        for (int j = k + 1; j < slots; j++) {
            if (keys[slotStart[j]].equals("else")) {
                return; // "why go anywhere else?"
            }
        }
        units.add(new OpinionUnit(slotStart[k], slotEnd[k], -1.0f, -1.0f, 1f, false));
    }

    private static final WordSet TEMPERATURES = WordSet.of("cold", "lukewarm", "tepid", "chilly", "icy", "freezing",
            "hot", "warm");
    /** Things that should be hot: cold is a complaint, hot a mild praise. */
    private static final WordSet SERVED_HOT = WordSet.of("shower", "showers", "water", "food", "meal", "meals", "dish",
            "dishes", "soup", "coffee", "tea", "eggs", "egg", "breakfast", "pizza", "fries", "chips", "toast", "plate",
            "plates", "bath", "radiator", "radiators", "heating", "heater", "entree", "entrees", "mains", "steak",
            "burger", "pasta", "noodles", "sauce", "buffet", "dinner", "lunch", "croissants", "bread", "tub");
    /** Things that should be cold: cold is praise, warm or lukewarm a complaint. */
    private static final WordSet SERVED_COLD = WordSet.of("beer", "beers", "drink", "drinks", "wine", "soda", "sodas",
            "coke", "lemonade", "champagne", "prosecco", "cocktail", "cocktails", "juice", "milk", "fridge",
            "minibar", "sake");
    /** Places a guest wants neither cold nor hot. */
    private static final WordSet ROOMS = WordSet.of("room", "rooms", "bedroom", "pool", "restaurant", "dining",
            "lobby", "apartment", "suite", "cabin", "place", "hotel", "bathroom");
    private static final WordSet LINKING_VERBS = WordSet.of("was", "were", "is", "are", "wasn't", "weren't", "isn't",
            "aren't", "ran", "runs", "run", "came", "comes", "arrived", "arrives", "stayed", "stays", "remained", "got",
            "gets", "went", "felt", "feels", "tasted", "turned", "been", "be", "served", "out", "always", "never",
            "still");
    private static final WordSet TEMPERATURE_DEGREES = WordSet.of("ice", "stone", "very", "really", "so", "a", "bit",
            "little", "not", "completely", "totally", "quite", "rather", "pretty", "slightly", "barely", "only",
            "freezing", "-", "super", "extremely", "nice", "and", "piping");
    /** Dishes and things named by their temperature rather than judged by it ("a cold buffet", "hot and cold water"). */
    private static final WordSet DESCRIBED = WordSet.of("water", "breakfast", "buffet", "dish", "dishes", "dinner",
            "lunch", "sauce", "bread", "tub", "plate", "plates", "drink", "drinks", "beer", "beers", "soda", "sodas",
            "wine", "juice", "milk");
    private static final WordSet CHILLED = WordSet.of("ice", "icy", "nice", "super", "very", "really", "perfectly");

    /**
     * What a temperature word says depends on what has that temperature: "the shower was cold" and "cold eggs" are
     * complaints, "ice cold beer" is praise and "the beer was warm" a complaint, "the room was hot" a complaint, "the
     * water was never hot" (hot negated) too. The thing is the noun right after the word or the subject of a linking
     * verb before it ("the water in the shower was never hot"). NaN when no such thing is named: the lexicon's
     * valence stands ("a warm welcome", "cold outside").
     */
    static float temperature(List<Token> tokens, String[] keys, int at, int s, int e) {
        String w = keys[at];
        WordSet kind = null;
        if (at + 1 < e && thingKind(keys[at + 1]) != null) {
            // "cold eggs", "a cold shower"; but "a cold buffet", "hot and cold water" name a kind of thing, and
            // "cold drinks" are praise only when stressed ("ice cold beer")
            kind = thingKind(keys[at + 1]);
            boolean chilled = at > s && CHILLED.contains(keys[at - 1]);
            if (DESCRIBED.contains(keys[at + 1]) && !chilled || at > s && (keys[at - 1].equals("and")
                    || keys[at - 1].equals("or"))) {
                return kind == SERVED_COLD && !chilled ? 0f : Float.NaN;
            }
        }
        if (kind == null) {
            int t = at - 1;
            while (t >= s && at - t <= 3 && TEMPERATURE_DEGREES.contains(keys[t])) {
                t--;
            }
            boolean linked = false;
            while (t >= s && at - t <= 6 && LINKING_VERBS.contains(keys[t])) {
                linked = true;
                t--;
            }
            for (int j = t; linked && j >= s && t - j < 5 && kind == null; j--) {
                Token tok = tokens.get(j);
                if (clauseBreak(tok) || CLAUSE_JOINS.contains(keys[j])) {
                    break;
                }
                kind = thingKind(keys[j]);
            }
        }
        if (kind == null) {
            return Float.NaN;
        }
        boolean coldWord = !w.equals("hot") && !w.equals("warm");
        if (kind == SERVED_HOT) {
            return w.equals("warm") ? Float.NaN : coldWord ? -1.6f : 1.0f;
        }
        if (kind == SERVED_COLD) {
            return w.equals("cold") || w.equals("icy") || w.equals("freezing") ? 1.5f : -1.3f;
        }
        return w.equals("warm") ? Float.NaN : -1.3f;
    }

    private static WordSet thingKind(String key) {
        return SERVED_HOT.contains(key) ? SERVED_HOT : SERVED_COLD.contains(key) ? SERVED_COLD
                : ROOMS.contains(key) ? ROOMS : null;
    }

    private static final WordSet BE_FORMS_PAST = WordSet.of("is", "was", "were", "are");

    /** "prices are way too high", "the bill was hefty": "high" is only a complaint about money. */
    private static void highPrices(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        for (int k = 1; k < slots; k++) {
            if (!HIGH.contains(keys[slotStart[k]]) || hasValence(entry[k]) || isWord(keys, slotStart[k - 1], "too")) {
                continue;
            }
            for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
                Token tok = tokens.get(slotStart[j]);
                String w = keys[slotStart[j]];
                if (clauseBreak(tok) || entry[j] != null && entry[j].role() == LexiconEntry.Role.NEGATE) {
                    break;
                }
                if (PRICE_WORDS.contains(w)) {
                    units.add(new OpinionUnit(slotStart[k], slotEnd[k], -1.2f, -1.2f, 1f, false));
                    break;
                }
            }
        }
    }

    private static final WordSet SMALL = WordSet.of("only", "just", "under", "mere");
    private static final WordSet CURRENCY = WordSet.of("$", "€", "£", "¥");
    private static final WordSet MONEY_WORDS = WordSet.of("dollars", "bucks", "euros", "pounds", "quid");

    /**
     * "Lunch specials for only $6", "all this for under 20 euros": a price said to be small is praise of value.
     * Not after a negation ("not just $10, but") nor when the guest's own money is meant ("we only had $20").
     */
    private static void smallPrice(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        for (int k = 0; k + 1 < slots; k++) {
            Token.Kind next = tokens.get(slotStart[k + 1]).kind;
            if (next != Token.Kind.SYMBOL && next != Token.Kind.NUMBER || !SMALL.contains(keys[slotStart[k]])
                    || hasValence(entry[k])) {
                continue;
            }
            int j = k + 1;
            boolean price = j + 1 < slots && CURRENCY.contains(keys[slotStart[j]])
                    && tokens.get(slotStart[j + 1]).kind == Token.Kind.NUMBER
                    || j + 1 < slots && tokens.get(slotStart[j]).kind == Token.Kind.NUMBER
                            && (MONEY_WORDS.contains(keys[slotStart[j + 1]])
                                    || CURRENCY.contains(keys[slotStart[j + 1]]));
            // "just under $100" is an amount told, not a small one
            boolean denied = k >= 1 && (keys[slotStart[k - 1]].equals("not") || keys[slotStart[k - 1]].equals("had")
                    || keys[slotStart[k - 1]].equals("have") || keys[slotStart[k - 1]].equals("just"));
            if (price && !denied && !covered(units, slotStart[k], slotEnd[j + 1])) {
                units.add(new OpinionUnit(slotStart[k], slotEnd[j + 1], 1.2f, 1.2f, 1f, false));
            }
        }
    }

    private static final WordSet REQUEST_VERBS = WordSet.of("ask", "asked", "asking", "request", "requested",
            "requesting", "remind", "reminded", "flag", "flagged", "wave", "waved", "complain",
            "complained", "tell", "told");
    private static final WordSet REPEATS = WordSet.of("twice", "repeatedly", "times");
    private static final WordSet SENT = WordSet.of("send", "sent", "sending", "sends");
    private static final WordSet REQUESTS_AND_SENDING = WordSet.union(REQUEST_VERBS, SENT);

    /**
     * "We asked for the check three times", "had to remind them twice": a request made again and again is a
     * complaint about being ignored, though no word in it is one; "we sent the fish back" likewise (what was sent
     * back had failed). Nothing is added where a lexicon phrase already covers the words ("had to ask twice").
     */
    private static void repeatedRequests(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        for (int k = 0; k < slots; k++) {
            String word = keys[slotStart[k]];
            if (!REQUESTS_AND_SENDING.contains(word) || hasValence(entry[k])) {
                continue;
            }
            boolean request = REQUEST_VERBS.contains(word);
            boolean sent = !request;
            for (int j = k + 1; j < slots && j <= k + 7; j++) {
                Token tok = tokens.get(slotStart[j]);
                String key = keys[slotStart[j]];
                if (clauseBreak(tok) || hasValence(entry[j])) {
                    break;
                }
                boolean again = request && (REPEATS.contains(key) && (!key.equals("times") || j > k + 1
                        && (amountBefore(keys, slotStart, j) >= 2 || isWord(keys, slotStart[j - 1], "several")
                                || isWord(keys, slotStart[j - 1], "multiple")
                                || isWord(keys, slotStart[j - 1], "many")))
                        || key.equals("again") && j + 1 < slots && keys[slotStart[j + 1]].equals("and"));
                // "sent the fish back", "sent it back to the kitchen"; not "sent us back to reception"
                boolean sentBack = sent && key.equals("back") && j <= k + 4
                        && !isWord(keys, slotStart[k + 1], "us") && !isWord(keys, slotStart[k + 1], "me");
                if ((again || sentBack) && !covered(units, slotStart[k] - 3, slotEnd[j])) {
                    units.add(new OpinionUnit(slotStart[k], slotEnd[j], -1.2f, -1.2f, 1f, false));
                    break;
                }
            }
        }
    }

    /**
     * "It took 25 minutes", "waited over an hour", "didn't see our waiter for 40 minutes": long waits are
     * complaints; a short one is not.
     */
    private static void duration(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd, int slots,
            List<OpinionUnit> units) {
        boolean negated = false;
        for (int k = 0; k < slots; k++) {
            String word = keys[slotStart[k]];
            if (clauseBreak(tokens.get(slotStart[k]))) {
                negated = false;
            } else if (word.endsWith("n't") || word.equals("not") || word.equals("never")) {
                negated = true;
            }
            // "the bus was forty minutes late": lateness counts like a wait
            if (DURATION_UNITS.contains(word) && k >= 1 && k + 1 < slots && keys[slotStart[k + 1]].equals("late")) {
                int minutes = amountBefore(keys, slotStart, k);
                String amount = keys[slotStart[k - 1]];
                if (minutes < 0 && (amount.equals("an") || amount.equals("a"))) {
                    minutes = 1;
                }
                if (word.startsWith("h") && minutes >= 0) {
                    minutes *= 60;
                }
                // "we arrived twenty minutes late": the guest's own lateness is the story, not a complaint
                boolean ours = false;
                for (int j = k - 1; j >= 0 && j >= k - 5 && !clauseBreak(tokens.get(slotStart[j])); j--) {
                    ours |= GUEST_SUBJECTS.contains(keys[slotStart[j]]);
                }
                if (minutes >= 10 && !ours) {
                    units.add(new OpinionUnit(slotStart[k - 1], slotEnd[k + 1], -1.4f, -1.4f, 1f, false));
                }
                continue;
            }
            if (!WAIT_VERBS.contains(word) && !(negated && word.equals("for"))) {
                continue;
            }
            for (int j = k + 1; j < slots && j <= k + 7; j++) {
                Token tok = tokens.get(slotStart[j]);
                if (clauseBreak(tok) && !tok.text.equals("-")) {
                    break;
                }
                String key = keys[slotStart[j]];
                if (!DURATION_UNITS.contains(key)) {
                    continue;
                }
                String amount = keys[slotStart[j - 1]];
                boolean hours = key.startsWith("h");
                int minutes = amountBefore(keys, slotStart, j);
                if (minutes < 0 && (amount.equals("an") || amount.equals("a") || amount.equals("half"))) {
                    minutes = hours ? 60 : 1;
                } else if (hours && minutes >= 0) {
                    minutes *= 60;
                }
                boolean only = j >= 2 && (keys[slotStart[j - 2]].equals("only") || keys[slotStart[j - 2]].equals(
                        "just"));
                // "weren't there for more than an hour": a short stay, not a wait
                only |= !WAIT_VERBS.contains(keys[slotStart[k]]) && j >= 3 && keys[slotStart[j - 2]].equals("than");
                if (minutes >= 15 && !only) {
                    units.add(new OpinionUnit(slotStart[k], slotEnd[j], -1.4f, -1.4f, 1f, false));
                }
                break;
            }
        }
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));

    /** "forty minutes", "forty-five minutes", "two hours": the amount before the unit at slot j, or -1. */
    private static int amountBefore(String[] keys, int[] slotStart, int j) {
        String amount = keys[slotStart[j - 1]];
        int n = parseAmount(amount);
        if (n >= 0) {
            return n;
        }
        Integer w = NUMBER_WORDS.get(amount);
        if (w == null) {
            return -1;
        }
        if (w < 10) {
            for (int back = 2; back <= 3 && j - back >= 0; back++) {
                Integer tens = NUMBER_WORDS.get(keys[slotStart[j - back]]);
                if (tens != null && tens >= 20 && tens % 10 == 0) {
                    return tens + w;
                }
                if (!keys[slotStart[j - back]].equals("-")) {
                    break;
                }
            }
        }
        return w;
    }

    private static int parseAmount(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 4) {
            return -1;
        }
        return Integer.parseInt(s.substring(0, end));
    }

    /** "I will never visit this restaurant again", "won't be going there again". */
    private static void neverAgain(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        for (int k = 0; k < slots; k++) {
            if (!keys[slotStart[k]].equals("again") || slotEnd[k] - slotStart[k] != 1) {
                continue;
            }
            for (int j = k - 1; j >= 0 && j >= k - 7; j--) {
                Token tok = tokens.get(slotStart[j]);
                if (clauseBreak(tok) || hasValence(entry[j])) {
                    break;
                }
                String key = keys[slotStart[j]];
                if (key.equals("never") || key.equals("won't") || key.equals("not")
                        || key.equals("wouldn't") || key.equals("nothing")) {
                    units.add(new OpinionUnit(slotStart[k], slotEnd[k], -2.0f, -2.0f, 1f, false));
                    break;
                }
            }
        }
    }

    private static final WordSet TASTED = WordSet.of("had", "tasted", "eaten", "ate", "sampled");
    private static final WordSet LIKE_THIS = WordSet.of("this", "it", "that", "theirs", "these", "them", "here");

    /**
     * "I have never had cheesecake like this", "never tasted anything like it": praise without an opinion word. Only
     * with a verb of eating and nothing valenced between (so "never had service this bad" stays what its words say).
     */
    private static void neverTastedLikeThis(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, List<OpinionUnit> units) {
        for (int k = 1; k + 1 < slots; k++) {
            // "like this" as one word and the next, or a lexicon phrase ("like it"), whose own valence then counts
            if (!keys[slotStart[k]].equals("like") || slotEnd[k] - slotStart[k] != 1
                    || !LIKE_THIS.contains(keys[slotStart[k + 1]]) || hasValence(entry[k])) {
                continue;
            }
            boolean tasted = false;
            for (int j = k - 1; j >= 0 && j >= k - 7; j--) {
                Token tok = tokens.get(slotStart[j]);
                if (clauseBreak(tok) || hasValence(entry[j])) {
                    break;
                }
                String key = keys[slotStart[j]];
                if (TASTED.contains(key)) {
                    tasted = true;
                } else if (tasted && (key.equals("never") || key.equals("haven't") || key.equals("havent"))) {
                    units.add(new OpinionUnit(slotStart[k], slotEnd[k], 1.8f, 1.8f, 1f, false));
                    break;
                }
            }
        }
    }

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

    /**
     * Praise units starting in tokens {@code [from, to)} scaled by {@code factor} (0 takes them back, a negative factor
     * turns them into complaints); each one's span is added to {@code notTheGuests} when that is not null. True if any.
     */
    private static boolean scalePraise(List<OpinionUnit> units, int from, int to, float factor,
            List<int[]> notTheGuests) {
        boolean any = false;
        for (int i = 0; i < units.size(); i++) {
            OpinionUnit u = units.get(i);
            if (u.start() >= from && u.start() < to && u.value() > 0) {
                units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), factor * u.value(), u.weight(),
                        u.negated()));
                if (notTheGuests != null) {
                    notTheGuests.add(new int[] {u.start(), u.end()});
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean anyPraise(List<OpinionUnit> units) {
        for (OpinionUnit u : units) {
            if (u.value() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Some unit already starts in tokens {@code [from, to)}. */
    private static boolean covered(List<OpinionUnit> units, int from, int to) {
        for (OpinionUnit u : units) {
            if (u.start() >= from && u.start() < to) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String[] keys, int at, String word) {
        return at >= 0 && at < keys.length && word.equals(keys[at]);
    }

    /** Punctuation that closes a clause for negation and concession scopes. */
    public static boolean clauseBreak(Token t) {
        if (t.kind != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')'
                || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2026';
    }
}
