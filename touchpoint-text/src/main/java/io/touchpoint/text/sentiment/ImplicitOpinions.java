package io.touchpoint.text.sentiment;

import static io.touchpoint.text.sentiment.Clauses.COMPARATIVES;
import static io.touchpoint.text.sentiment.Clauses.GUEST_SUBJECTS;
import static io.touchpoint.text.sentiment.Clauses.IS_WAS;
import static io.touchpoint.text.sentiment.Clauses.LOGISTICS;
import static io.touchpoint.text.sentiment.Clauses.TASTED;
import static io.touchpoint.text.sentiment.Clauses.clauseBreak;
import static io.touchpoint.text.sentiment.Clauses.hasValence;
import static io.touchpoint.text.sentiment.Clauses.isWord;

import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.List;
import java.util.Map;

/**
 * Opinion units implied by rules rather than opinion words: a long wait, a service that did not happen, a price
 * quoted as a charge or said to be small, a recommendation ("Try the curry!"), "never again". These rules only add
 * units; they change none already found.
 */
final class ImplicitOpinions {

    private static final WordSet ABSENCE = WordSet.of("no", "without", "lack", "lacked", "lacking", "lacks",
            "missing", "zero");
    private static final WordSet SCARCELY = WordSet.of("hardly", "barely", "scarcely");
    /** Topic terms "plenty of" does not praise: the nuisances, and people ("plenty of other people", "of kids"). */
    private static final WordSet NOT_PLENTY = WordSet.union(Clauses.NUISANCES, WordSet.of("kids", "children",
            "tourists", "people"));
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

    private ImplicitOpinions() {
    }

    /**
     * Opinion units implied by rules rather than words: "too far", "no kettle", "Try the curry!", "it took 40
     * minutes", "we will never go there again".
     */
    static void addImplicitUnits(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd,
            LexiconEntry[] entry, int slots, int s, boolean[] amenity, List<OpinionUnit> units) {
        imperative(tokens, keys, slotStart, slotEnd, entry, slots, units);
        duration(tokens, keys, slotStart, slotEnd, slots, units);
        walkingTime(tokens, keys, slotStart, slotEnd, slots, units);
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
                int q = slotStart[j];
                if (ABSENCE.contains(keys[q]) || scarce(keys, q)) {
                    units.add(new OpinionUnit(at, slotEnd[k], -1.2f, -1.2f, 1f, false));
                    break;
                }
                if (keys[q].equals("of") && q > 0 && keys[q - 1].equals("plenty") && !NOT_PLENTY.contains(keys[at])) {
                    units.add(new OpinionUnit(at, slotEnd[k], 1f, 1f, 1f, false));
                    break;
                }
            }
        }
    }

    /**
     * "hardly any towels", "very few options", "too little meat", "only one bathroom for the whole restaurant": a
     * shortage, as "no towels" is.
     */
    private static boolean scarce(String[] keys, int q) {
        if (q == 0) {
            return false;
        }
        String before = keys[q - 1];
        return keys[q].equals("any") && SCARCELY.contains(before)
                || keys[q].equals("one") && (before.equals("only") || before.equals("just"))
                || (keys[q].equals("few") || keys[q].equals("little"))
                        && (before.equals("very") || before.equals("too"));
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

    /**
     * Service that did not happen: "didn't bring the bread", "never refilled our glasses", "was not seated until
     * 10:15", "no one greeted us", "we had to flag someone down". The unit sits on the verb, which carries no valence
     * of its own.
     */
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
            if (w.equals("extra") && k > 0 && (keys[slotStart[k - 1]].equals("an") || keys[slotStart[k - 1]].equals(
                    "another")) && k + 1 < slots && sum(tokens, keys, slotStart, slots, k + 1)) {
                // "the spa was an extra 40 euros each", "an extra forty pounds"
                units.add(new OpinionUnit(slotStart[k], slotEnd[k + 1], -1.0f, -1.0f, 1f, false));
                continue;
            }
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

    private static final WordSet CURRENCIES = WordSet.of("euros", "euro", "dollars", "dollar", "pounds", "quid",
            "bucks", "francs", "eur", "usd", "gbp");

    /** Slot {@code j} opens a sum of money: "$12", "40 euros", "forty pounds". */
    private static boolean sum(List<Token> tokens, String[] keys, int[] slotStart, int slots, int j) {
        Token tok = tokens.get(slotStart[j]);
        if (tok.kind == Token.Kind.SYMBOL) {
            return !keys[slotStart[j]].equals("%");
        }
        boolean number = tok.kind == Token.Kind.NUMBER || NUMBER_WORDS.containsKey(keys[slotStart[j]]);
        return number && j + 1 < slots && CURRENCIES.contains(keys[slotStart[j + 1]]);
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
                && IS_WAS.contains(keys[slotStart[k + 1]]);
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
                int minutes = minutes(keys, slotStart, k - 1, word);
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
                int minutes = minutes(keys, slotStart, j - 1, key);
                if (j + 1 < slots && ACTIVITIES.contains(keys[slotStart[j + 1]])) {
                    break; // "we took a 30 minute walk along the river": an outing, not a wait
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

    private static final WordSet WALKS = WordSet.of("walk", "walking", "stroll");
    /** What a guest does for a length of time, as opposed to waiting for it. */
    private static final WordSet ACTIVITIES = WordSet.of("walk", "walking", "stroll", "drive", "ride", "trip",
            "journey", "flight", "nap", "swim", "break", "massage", "tour", "class", "lesson", "session", "hike",
            "boat", "cruise", "treatment");
    private static final WordSet TOWARDS = WordSet.of("to", "from", "into", "away", "down", "up");

    /**
     * "A five-minute walk to the beach", "40 minutes' walk from the centre": how far a hotel or restaurant is on
     * foot is praise when it is ten minutes or less and a complaint from 25 minutes; in between it is just a fact.
     * Only a walk that leads somewhere ("to", "from", "away", or the end of the clause) counts: "we took a 30 minute
     * walk along the river" is the guest's outing.
     */
    private static void walkingTime(List<Token> tokens, String[] keys, int[] slotStart, int[] slotEnd, int slots,
            List<OpinionUnit> units) {
        for (int k = 2; k < slots; k++) {
            if (!WALKS.contains(keys[slotStart[k]])) {
                continue;
            }
            int u = k - 1;
            if (keys[slotStart[u]].equals("'") || keys[slotStart[u]].equals("'s")) {
                u--; // "minutes' walk", "an hour's walk"
            }
            String unit = u < 1 ? "" : keys[slotStart[u]];
            if (unit.endsWith("'s")) {
                unit = unit.substring(0, unit.length() - 2); // "an hour's walk" as one token
            }
            if (u < 1 || !DURATION_UNITS.contains(unit)) {
                continue;
            }
            int a = keys[slotStart[u - 1]].equals("-") ? u - 2 : u - 1; // "a 40-minute walk"
            if (a < 0) {
                continue;
            }
            int minutes = minutes(keys, slotStart, a, unit);
            boolean leads = k + 1 >= slots || clauseBreak(tokens.get(slotStart[k + 1]))
                    || TOWARDS.contains(keys[slotStart[k + 1]]);
            if (minutes < 0 || !leads || covered(units, slotStart[a], slotEnd[k])) {
                continue;
            }
            if (minutes <= 10) {
                units.add(new OpinionUnit(slotStart[a], slotEnd[k], 1.0f, 1.0f, 1f, false));
            } else if (minutes >= 25) {
                units.add(new OpinionUnit(slotStart[a], slotEnd[k], -1.0f, -1.0f, 1f, false));
            }
        }
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));

    /**
     * Minutes in the amount at slot {@code a} of a duration {@code unit} that follows it: "40 minutes", "an hour",
     * "forty-five minutes", "half hour" (as one unit, like "an hour"); -1 when no amount is given.
     */
    private static int minutes(String[] keys, int[] slotStart, int a, String unit) {
        int n = amountBefore(keys, slotStart, a + 1);
        String amount = keys[slotStart[a]];
        if (n < 0 && (amount.equals("a") || amount.equals("an") || amount.equals("half"))) {
            n = 1;
        }
        return unit.startsWith("h") && n >= 0 ? n * 60 : n;
    }

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

    /** Some unit already starts in tokens {@code [from, to)}. */
    private static boolean covered(List<OpinionUnit> units, int from, int to) {
        for (OpinionUnit u : units) {
            if (u.start() >= from && u.start() < to) {
                return true;
            }
        }
        return false;
    }
}
