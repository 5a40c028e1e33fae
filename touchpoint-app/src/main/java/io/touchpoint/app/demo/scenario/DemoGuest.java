package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.customer.ProfileDetails;

/**
 * One synthetic person. Contact values are as the guest typed them (mixed case, spaces in phone numbers), so the
 * load goes through the same normalisation as real data.
 *
 * @param number position in the guest list, 0-based; stable for a seed
 * @param homeHotel key of the hotel the guest stays at most
 * @param alias how the guest appears under a second identity before the two are linked, or null for most guests
 */
public record DemoGuest(int number, Persona persona, ProfileDetails details, Contact contact, String homeHotel,
        boolean appUser, String company, Tastes tastes, ConsentWishes consents, Alias alias) {

    /** At least one of the three is present. */
    public record Contact(String email, String phone, String loyaltyNumber) {
    }

    /**
     * A second identity: the guest booked on the website with an email, and separately joined the loyalty programme
     * at the front desk with a phone number under another first name or an older address. A later record that
     * carries both links them, and identity resolution merges the two profiles.
     */
    public record Alias(String firstName, String city) {
    }

    /** Stated preferences; null where the guest never said. */
    public record Tastes(String roomType, String dietary, String preferredChannel, String pillow, String floor) {
    }

    /** What the guest answers when asked for consent. */
    public record ConsentWishes(boolean marketingEmail, boolean sms, boolean profiling) {
    }

    public boolean hasAlias() {
        return alias != null;
    }
}
