package io.touchpoint.app.customer;

/**
 * Names and demographics of a profile. Any field may be null (unknown). Ethnicity is only stored when a consent
 * for the purpose {@code ethnicity} is granted (see {@link CustomerProfiles}).
 */
public record ProfileDetails(String firstName, String lastName, Integer birthYear, String gender, String incomeBand,
        String occupation, String country, String region, String city, String education, String ethnicity,
        String language) {

    public static ProfileDetails empty() {
        return new ProfileDetails(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return this.equals(empty());
    }
}
