package io.touchpoint.app.customer;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The identifiers one incoming record carries, plus optional profile details to fill in on a new profile.
 *
 * @param identifiers at least one
 * @param details names and demographics to apply when the profile is created (null for none)
 */
public record CustomerReference(SortedSet<Identifier> identifiers, ProfileDetails details) {

    public CustomerReference {
        if (identifiers == null || identifiers.isEmpty()) {
            throw new IllegalArgumentException("at least one identifier is required");
        }
        identifiers = new TreeSet<>(identifiers);
    }

    public static CustomerReference of(List<Identifier> ids) {
        return new CustomerReference(new TreeSet<>(ids), null);
    }
}
