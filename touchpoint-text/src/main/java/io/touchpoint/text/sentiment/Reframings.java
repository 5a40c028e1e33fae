package io.touchpoint.text.sentiment;

import static io.touchpoint.text.sentiment.Clauses.COMPANIONS;
import static io.touchpoint.text.sentiment.Clauses.GUEST_SUBJECTS;
import static io.touchpoint.text.sentiment.Clauses.IS_WAS;
import static io.touchpoint.text.sentiment.Clauses.NUISANCES;
import static io.touchpoint.text.sentiment.Clauses.clauseBreak;
import static io.touchpoint.text.sentiment.Clauses.inClauseBefore;
import static io.touchpoint.text.sentiment.Clauses.isWord;

import io.touchpoint.text.token.PhraseTrie;
import io.touchpoint.text.token.Token;
import io.touchpoint.text.token.WordSet;
import java.util.List;

/**
 * Rules that reweigh or reverse opinion units already found because what the words say is not the guest's
 * verdict on this place: praise someone else gave or that belongs to another place, irony, praise of something
 * beside the point, the guest's own circumstances.
 */
final class Reframings {

    private Reframings() {
    }

    private static final WordSet DENIED_REDIRECT = WordSet.of("no", "never", "don't", "won't", "why", "nowhere",
            "wouldn't", "needn't");

    /**
     * "Go to the place across the street instead, they have amazing food": praise in a sentence that sends the
     * reader elsewhere belongs to the other place, and the redirect itself is a complaint.
     */
    static void redirect(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
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
    static void misplacedPraise(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
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
    /** What is beside the point of a stay or a meal: the best of it being one of these is a complaint. */
    private static final WordSet PERIPHERIES = WordSet.of("leaving", "left", "exit", "parking", "taxi", "cab", "uber",
            "mints", "napkins", "toilets", "restrooms", "home", "checkout", "check-out", "bread", "company", "bill");

    /**
     * "The best thing about the place is the parking", "the highlight was leaving", "the best part of the evening
     * was the taxi home": when the best of it is something beside the point, the sentence is a complaint about all
     * the rest. The praise words count for nothing, for the rules and the model, and the peripheral thing carries
     * the complaint.
     */
    static void peripheralHighlight(List<Token> tokens, String[] keys, int s, int e,
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
                    // from the word before, for phrases such as "the best"; nor for the model
                    scalePraise(units, Math.max(s, t - 1), j + 1, 0f, notTheGuests);
                    units.add(new OpinionUnit(j, j + 1, -1.5f, -1.5f, 1f, false));
                    return;
                }
            }
        }
    }

    private static final WordSet ASKED = WordSet.of("asked", "ordered", "requested");
    private static final WordSet ALTHOUGH = WordSet.of("though", "although", "whereas");
    private static final WordSet DONENESS = WordSet.of("rare", "medium", "medium-rare", "pink", "bloody", "well",
            "well-done");

    /**
     * "The steak was well done when I asked for medium rare", "a twin room even though we had requested a double":
     * what came was not what the guest asked for ("when" only with how a steak is done: "helpful when we asked for
     * directions" is a time). The praise words before it in the sentence describe the wrong thing ("well done",
     * "lovely"): they count for nothing, for the rules and the model, and the request carries the complaint. A
     * sentence that opens with the concession ("Although we had requested a double, ...") is left as it is.
     */
    static void servedOtherwise(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
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
                // "well done", not "well cooked meat for our toddler"
                doneness |= DONENESS.contains(keys[d]) && (!keys[d].equals("well") || d + 1 < e
                        && keys[d + 1].equals("done"));
            }
            // "great even though we ordered late" concedes; only an unmet request is the point
            boolean request = !keys[t].equals("ordered");
            if (!(ALTHOUGH.contains(keys[j - 1]) && request || keys[j - 1].equals("when") && doneness)) {
                continue;
            }
            scalePraise(units, s, j - 1, 0f, notTheGuests);
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
     * desperate": praise on the condition that the guest likes something bad, or is in a bad way, is sarcasm. When
     * the "if you like ..." clause holds a clear complaint (valence -1.5 or below, or waiting), the praise outside it
     * turns against and the liking itself counts for
     * nothing; a taste stated in earnest ("if you like loud music") has no such complaint and keeps its praise.
     */
    static void sarcasticCondition(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
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

    private static final WordSet BUT = WordSet.of("but");

    /**
     * The end (exclusive) of the clause that token {@code from} is in: the first clause break at or after it, or the
     * first of {@code stops} ("but", "which", ...) when given; {@code e} if none.
     */
    private static int clauseEnd(List<Token> tokens, String[] keys, int from, int e, WordSet stops) {
        int end = from;
        while (end < e && !clauseBreak(tokens.get(end)) && (stops == null || !stops.contains(keys[end]))) {
            end++;
        }
        return end;
    }

    private static int clauseStart(List<Token> tokens, int s, int t) {
        int i = t;
        while (i > s && !clauseBreak(tokens.get(i - 1))) {
            i--;
        }
        return i;
    }

    /** What follows "than" when the place is compared with its own past or with what was expected. */
    private static final WordSet OWN_PAST = WordSet.of("it", "it's", "they", "before", "last", "previously", "usual",
            "i", "we", "expected", "ever", "in");

    /**
     * Praise by comparison with something run down: "much better than the overpriced tourist traps nearby", "more
     * appealing than stuffy overpriced French restaurants", "less noisy than the bars next door", "a world away from
     * the greasy takeaways", "better than the terrible reviews suggest". The complaints after "than" are about what
     * this place is compared with, and count for nothing (for the rules and the model); "less" with a complaint
     * before "than" is praise. Only when the comparison praises: "worse than the awful place we went to", "more
     * overpriced than the tourist traps" keep their complaints, and so does the place against its own past ("less
     * crowded than it used to be").
     */
    static void disparagedComparand(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        for (int t = s + 1; t < e; t++) {
            boolean than = keys[t].equals("than") || keys[t].equals("then");
            boolean worldAway = keys[t].equals("from") && t - 2 >= s && keys[t - 1].equals("away")
                    && keys[t - 2].equals("world");
            if (!than && !worldAway) {
                continue;
            }
            int from = clauseStart(tokens, s, t);
            boolean praises = worldAway;
            int lessUnit = -1;
            for (int j = Math.max(from, t - 4); j < t && than; j++) {
                if (FAVOURING_COMPARATIVES.contains(keys[j])) {
                    praises = true;
                } else if (keys[j].equals("more") || keys[j].equals("less")) {
                    for (int i = 0; i < units.size(); i++) {
                        OpinionUnit u = units.get(i);
                        if (u.start() > j && u.start() < t) {
                            praises |= keys[j].equals("more") ? u.value() > 0 : u.value() < 0;
                            if (keys[j].equals("less") && u.value() < 0) {
                                lessUnit = i;
                            }
                        }
                    }
                }
            }
            // "less crowded than it used to be", "better than last time": this place compared with its own past
            if (!praises || t + 1 < e && OWN_PAST.contains(keys[t + 1])) {
                continue;
            }
            if (lessUnit >= 0) {
                OpinionUnit u = units.get(lessUnit);
                units.set(lessUnit, new OpinionUnit(u.start(), u.end(), u.base(), -0.6f * u.value(), u.weight(),
                        u.negated()));
            }
            int end = clauseEnd(tokens, keys, t + 1, e, BUT);
            for (int i = 0; i < units.size(); i++) {
                OpinionUnit u = units.get(i);
                if (u.start() > t && u.start() < end && u.value() < 0) {
                    units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
                    notTheGuests.add(new int[] {u.start(), u.end()}); // nor for the model
                }
            }
            return;
        }
    }

    private static final WordSet DENIERS = WordSet.of("not", "never", "no", "didn't", "couldn't", "wasn't",
            "weren't", "don't", "doesn't", "haven't", "hadn't", "hasn't", "isn't", "aren't", "won't", "wouldn't",
            "can't", "cannot", "nobody", "without");
    private static final WordSet ANY_AT_ALL = WordSet.of("any", "single", "speck", "trace", "sign", "bit", "hint",
            "spot", "one", "once");
    /** What may stand between the denier and the nuisance: finding, noticing, having, and what kind of nuisance. */
    private static final WordSet NOTICED = WordSet.of("find", "found", "see", "saw", "seen", "notice", "noticed",
            "hear", "heard", "have", "had", "has", "experience", "experienced", "encounter", "encountered", "spot",
            "spotted", "detect", "get", "got", "a", "an", "of", "the", "did", "do", "we", "i", "there", "was", "were",
            "is", "are", "be", "been", "ever", "even", "really", "at", "all", "loud", "street", "traffic", "road",
            "outside", "background", "major", "big", "real", "hidden", "nasty", "strange", "funny", "musty", "bad",
            "unpleasant", "other");
    /** Words that end a denial's reach before the nuisance ("no sleep because of the noise"). */
    private static final WordSet DENIAL_STOPS = WordSet.of("because", "due", "thanks", "from", "with", "about",
            "by", "for", "as", "and", "that", "which", "who", "but", "until", "till", "except", "apart", "besides");

    /**
     * A nuisance denied is praise: "we couldn't find any dirt anywhere", "didn't notice any noise from the street",
     * "we never had any issues with the room", "there wasn't a speck of dust". Negation alone halves a complaint
     * word's weight into weak praise, a phrase such as "couldn't find" keeps the negator from it, and the model reads
     * the nuisance word as a complaint; here the denial and the nuisance count as one clear praise, which the model
     * does not see. Only a denier up to six words before the nuisance, in its clause, with nothing between that
     * starts a cause or another thing ("no sleep because of the noise", "no one to help with the noise"), and only "no"
     * or "without" right before it or a denial of any at all ("any", "a single", "a speck of"): "it was not a problem
     * at lunch time" and "not my fault" are no praise of the place.
     */
    static void deniedNuisance(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        for (int t = s + 1; t < e; t++) {
            if (!NUISANCES.contains(keys[t])) {
                continue;
            }
            int denier = -1;
            for (int j = t - 1; j >= s && j >= t - 6; j--) {
                if (clauseBreak(tokens.get(j)) || DENIAL_STOPS.contains(keys[j])) {
                    break;
                }
                if (DENIERS.contains(keys[j])) {
                    denier = j;
                    break;
                }
            }
            // "not a problem during lunch", "it's not my fault": only "no dust" or a denial of any at all
            boolean anyAtAll = denier >= 0 && (keys[denier].equals("no") || keys[denier].equals("without"));
            boolean perceived = true; // "never fixed any of the problems" denies the fixing, not the problems
            for (int j = denier + 1; j < t && denier >= 0; j++) {
                anyAtAll |= ANY_AT_ALL.contains(keys[j]);
                perceived &= ANY_AT_ALL.contains(keys[j]) || NOTICED.contains(keys[j]);
            }
            // "not a single problem was solved": the nuisance is the subject of what did not happen
            boolean subject = t + 1 < e && (keys[t + 1].equals("was") || keys[t + 1].equals("were")
                    || keys[t + 1].equals("got") || keys[t + 1].equals("has") || keys[t + 1].equals("have"));
            if (!anyAtAll || !perceived || subject) {
                continue;
            }
            boolean covered = false;
            boolean praised = false;
            for (int i = 0; i < units.size(); i++) {
                OpinionUnit u = units.get(i);
                if (u.start() <= t && t < u.end()) {
                    covered = true;
                    praised |= u.value() > 0 && u.start() <= denier; // a phrase such as "no problems" already
                }
            }
            if (praised) {
                continue;
            }
            for (int i = 0; i < units.size(); i++) {
                OpinionUnit u = units.get(i);
                if (u.start() <= t && t < u.end()) {
                    units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 1.2f, u.weight(), false));
                } else if (u.start() >= denier && u.start() < t && u.value() < 0) {
                    units.set(i, new OpinionUnit(u.start(), u.end(), u.base(), 0f, u.weight(), u.negated()));
                }
            }
            if (!covered) {
                units.add(new OpinionUnit(t, t + 1, 1.2f, 1.2f, 1f, false));
            }
            notTheGuests.add(new int[] {denier, t + 1}); // nor for the model, which reads "dirt" as a complaint
        }
    }

    private static final WordSet SPANS = WordSet.of("entire", "whole");
    private static final WordSet STRETCHES = WordSet.of("night", "evening", "meal", "day", "afternoon", "morning",
            "stay", "week", "dinner", "lunch");
    private static final WordSet TIME_UNITS = WordSet.of("hour", "hours", "minutes");

    /**
     * Attention counted on one hand over a long stretch: "checked on us maybe twice during the entire meal", "refilled
     * our water once all night", "came by once in two hours". Told because it was too little, so the praise in the
     * clause ("checked on us", "refilled") counts for nothing and the count is a complaint. Needs "once" or "twice"
     * followed, within four words, by the whole stretch ("the entire meal", "all night", "in two hours"); not "at
     * once", "more than once", "at least once" nor "if not once for the whole trip".
     */
    static void rareAttention(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int t = s + 1; t < e; t++) {
            if (!(keys[t].equals("once") || keys[t].equals("twice")) || keys[t - 1].equals("at")
                    || keys[t - 1].equals("than") || keys[t - 1].equals("all") || keys[t - 1].equals("least")
                    || keys[t - 1].equals("not")) {
                continue;
            }
            boolean stretch = false;
            for (int j = t + 1; j < e && j <= t + 4 && !clauseBreak(tokens.get(j)); j++) {
                stretch |= SPANS.contains(keys[j])
                        || keys[j].equals("all") && j + 1 < e && STRETCHES.contains(keys[j + 1])
                        || keys[j].equals("in") && j + 2 < e && TIME_UNITS.contains(keys[j + 2]);
            }
            if (!stretch) {
                continue;
            }
            int from = clauseStart(tokens, s, t);
            scalePraise(units, from, t, 0f, null);
            units.add(new OpinionUnit(t, t + 1, -1.2f, -1.2f, 1f, false));
            return;
        }
    }

    private static final WordSet AGO_UNITS = WordSet.of("years", "year", "decade", "decades", "months");

    /**
     * "The pizza was good ten years ago": praise said of the past, at the end of its clause, is a complaint about
     * the present. Needs "was" or "were" before the praise and "N years ago" (or "back in the day") closing the
     * clause; "we first came ten years ago and loved it" is a story, not this.
     */
    static void pastGlory(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int t = s + 1; t < e; t++) {
            boolean ago = keys[t].equals("ago") && AGO_UNITS.contains(keys[t - 1]);
            boolean day = keys[t].equals("day") && t >= s + 3 && keys[t - 1].equals("the")
                    && keys[t - 2].equals("in") && keys[t - 3].equals("back");
            // "what once was one of the best places": the praise after "once was" is of the past; "not once was I
            // disappointed" is an inverted negation instead
            if (keys[t].equals("once") && t + 1 < e && (keys[t + 1].equals("was") || keys[t + 1].equals("were"))
                    && !keys[t - 1].equals("not") && !keys[t - 1].equals("never")) {
                int end = clauseEnd(tokens, keys, t + 2, e, null);
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
    static void guestCircumstance(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
        for (int i = 0; i < units.size(); i++) {
            OpinionUnit u = units.get(i);
            if (u.value() >= 0) {
                continue;
            }
            int from = clauseStart(tokens, s, u.start());
            int end = clauseEnd(tokens, keys, u.end(), e, null);
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
    static void ellipticalDenial(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
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
    static void reportedPraise(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
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
            int end = clauseEnd(tokens, keys, from, e, OWN_COMMENT);
            if (scalePraise(units, from, end, 0f, null)) {
                notTheGuests.add(new int[] {from, end});
            }
            t = end;
        }
    }

    private static final WordSet REPUTING = WordSet.of("recommended", "recommends", "billed", "bills", "touted",
            "marketed", "hailed", "advertised", "advertises", "described", "describes", "sold", "rated", "reputed",
            "known");
    /** Who gives a place its reputation: not the guest ("I recommended it as ..." is the guest's own verdict). */
    private static final WordSet REPUTERS = WordSet.union(COMPANIONS, WordSet.of("everyone", "everybody", "people",
            "reviews", "reviewers", "website", "guide", "guidebook", "magazine", "blog", "article", "locals", "it",
            "it's", "place", "restaurant", "hotel", "which", "they", "he", "she", "critics", "owner", "owners"));
    private static final WordSet REPUTATION_ENDS = WordSet.of("and", "but", "so", "which", "yet", "although",
            "though");

    /**
     * Praise as somebody else's label for the place: "my friend recommended this place as the best Thai in the
     * neighborhood", "it is billed as the finest seafood in town", "the website describes it as a luxury retreat". The
     * praise after "as", to the end of its clause or the next "and", "but", "so" or "which", is the reputation, not the
     * guest's verdict, and counts for nothing (for the rules and the model). Needs someone other than the guest named
     * up to four words before the verb; "highly recommended as a date spot" is the guest's own.
     */
    static void reputedAs(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
            List<int[]> notTheGuests) {
        if (!anyPraise(units)) {
            return;
        }
        for (int t = s + 1; t < e; t++) {
            if (!REPUTING.contains(keys[t]) || !inClauseBefore(keys, tokens, s, t, 4, REPUTERS)) {
                continue;
            }
            int as = -1;
            for (int j = t + 1; j < e && j <= t + 4 && !clauseBreak(tokens.get(j)); j++) {
                if (keys[j].equals("as")) {
                    as = j;
                    break;
                }
            }
            if (as < 0) {
                continue;
            }
            int end = clauseEnd(tokens, keys, as + 1, e, REPUTATION_ENDS);
            scalePraise(units, as + 1, end, 0f, notTheGuests);
            return;
        }
    }

    private static final WordSet QUOTES = WordSet.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019");

    /**
     * Praise in scare quotes or after "so-called" is ironic: our "friendly" waiter, the "luxury" suite, so-called
     * fine dining. One or two words between quotes before the noun they describe, or up to three after "so-called",
     * holding praise: it becomes a complaint. Quoted praise on its own ('the staff were "wonderful"') may be emphasis
     * and is left alone.
     */
    static void scareQuotes(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
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
    static void praiseAsIntensifier(String[] keys, List<OpinionUnit> units) {
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
    static void praiseAtOneRemove(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
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
            // "I'm sure it's great on a good day": the condition, like "if", says this was not such a day
            boolean goodDay = t + 3 < e && keys[t].equals("on") && keys[t + 1].equals("a")
                    && (keys[t + 2].equals("good") || keys[t + 2].equals("better")) && keys[t + 3].equals("day");
            if (keys[t].equals("if") || goodDay) {
                scalePraise(units, first, goodDay ? t + 4 : t, 0f, notTheGuests);
                if (goodDay) {
                    units.add(new OpinionUnit(t, t + 4, -1f, -1f, 1f, false));
                }
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
    static void sarcasticThanks(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units,
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
    static void sarcasticOpener(List<Token> tokens, String[] keys, int s, int e, List<OpinionUnit> units) {
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
    /**
     * Comparatives that favour what they describe, for comparisons with something run down (a wider list than
     * {@link #PRAISED_COMPARATIVES}, which finds praise of other places and must not catch "bigger" or "faster").
     */
    private static final WordSet FAVOURING_COMPARATIVES = WordSet.union(PRAISED_COMPARATIVES, WordSet.of("cleaner",
            "quieter", "friendlier", "tidier", "classier", "cozier", "cosier", "comfier", "prettier", "brighter",
            "healthier", "faster", "quicker", "warmer", "kinder", "bigger", "larger", "roomier"));
    private static final WordSet SEEK = WordSet.of("find", "finding", "search", "searching", "look", "looking", "try",
            "go", "choose", "pick");

    /** Where better is found instead of here: "at home", "a block away", "elsewhere", "instead". */
    private static final PhraseTrie<Boolean> ELSEWHERE = new PhraseTrie<>();

    static {
        for (String place : List.of("at home", "elsewhere", "instead", "next door", "a block away", "down the street",
                "around the corner", "across the street", "down the road", "at the supermarket", "on this street",
                "mcdonald's", "mcdonalds", "the diner", "a diner", "the chain", "a chain")) {
            ELSEWHERE.put(List.of(place.split(" ")), Boolean.TRUE);
        }
    }

    /** Words that bring this place back between another place and a comparative ("... and this is far better"). */
    private static final WordSet HERE = WordSet.of("this", "here", "they", "their", "than", "as", "like", "over",
            "but", "and", "yet", "while", "whereas", "unlike", "compared");

    /**
     * Another place named before the comparative at {@code t}, in its clause, as what is better: "the place across
     * the street is better", "the grilled cheese I made at home afterwards was better". Not when this place comes
     * back in between ("we tried the places across the street, and this is far better").
     */
    private static boolean elsewhereBefore(String[] keys, int s, int t) {
        for (int j = t - 1; j >= s && j >= t - 10; j--) {
            boolean onThisStreet = keys[j].equals("this") && j > s && keys[j - 1].equals("on");
            if (!onThisStreet && (HERE.contains(keys[j]) || keys[j].equals(",") || keys[j].equals(";"))) {
                return false;
            }
            PhraseTrie.Match<Boolean> m = ELSEWHERE.longestAt(keys, j, t, 1);
            if (m != null && !keys[j].equals("instead")) {
                return true;
            }
        }
        return false;
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
        if (PRAISED_COMPARATIVES.contains(k) && (elsewhereAfter(keys, t, e) || elsewhereBefore(keys, s, t))) {
            // "better Thai food can be had a block away", "I make better pasta at home", "the place across the
            // street is better", "the sushi at the supermarket is fresher"
            return true;
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
}
