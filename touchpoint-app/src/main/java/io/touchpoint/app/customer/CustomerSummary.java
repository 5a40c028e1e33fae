package io.touchpoint.app.customer;

/** One line of a customer search result. */
public record CustomerSummary(long id, String name, String email, String phone, String loyaltyId, String city,
        String country) {
}
