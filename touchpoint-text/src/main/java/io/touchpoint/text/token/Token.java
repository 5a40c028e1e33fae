package io.touchpoint.text.token;

/**
 * One token of a text, with its character span in the original string.
 *
 * <p>Plain final fields rather than a record's accessors: the pipeline touches every token several times and the
 * class is internal to the engine.
 */
public final class Token {

    /** What kind of token this is. */
    public enum Kind {
        WORD, NUMBER, PUNCT, EMOJI, EMOTICON, SYMBOL
    }

    public final int start;
    public final int end;
    public final Kind kind;
    /** The token as written. */
    public final String text;
    /** Lower case, typographic apostrophes folded to {@code '}, letter runs of three or more cut to two. */
    public final String norm;
    /** Written in capitals (two or more letters, no lower case letter). */
    public final boolean allCaps;
    /** Had a letter repeated three or more times ("sooo"), a sign of emphasis. */
    public final boolean elongated;
    /** Attached to the previous word by a hyphen ("check-in", "wi-fi"). */
    public final boolean hyphenJoined;
    /** A line break separates this token from the previous one. */
    public final boolean newlineBefore;

    public Token(int start, int end, Kind kind, String text, String norm, boolean allCaps, boolean elongated,
            boolean hyphenJoined, boolean newlineBefore) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.text = text;
        this.norm = norm;
        this.allCaps = allCaps;
        this.elongated = elongated;
        this.hyphenJoined = hyphenJoined;
        this.newlineBefore = newlineBefore;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    @Override
    public String toString() {
        return text + "[" + start + "," + end + ")";
    }
}
