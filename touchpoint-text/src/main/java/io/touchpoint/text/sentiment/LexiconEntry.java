package io.touchpoint.text.sentiment;

/**
 * What the lexicon knows about one word or phrase: an opinion valence, a modifier role, or both ("super" is an
 * opinion word on its own and an intensifier before an adjective).
 *
 * @param valence opinion strength on VADER's scale (-4..4); meaningful when {@code hasValence}
 * @param hasValence the entry is an opinion word or phrase
 * @param role modifier role, {@link Role#NONE} if none
 * @param roleValue booster delta, negation factor or contrast weight, depending on the role
 * @param user the entry comes from user overrides (they win over built-in phrases)
 */
public record LexiconEntry(float valence, boolean hasValence, Role role, float roleValue, boolean user) {

    /** Modifier roles. */
    public enum Role {
        NONE, BOOST, NEGATE, CONTRAST, CONCEDE
    }

    static LexiconEntry opinion(float valence, boolean user) {
        return new LexiconEntry(valence, true, Role.NONE, 0f, user);
    }

    LexiconEntry withValence(float v, boolean fromUser) {
        return new LexiconEntry(v, true, role, roleValue, fromUser);
    }

    LexiconEntry withRole(Role r, float value) {
        return new LexiconEntry(valence, hasValence, r, value, user);
    }
}
