package io.touchpoint.app.customer;

/** A customer search: exact identifier lookups, or free text over names, identifiers and ids. */
public record CustomerQuery(String email, String phone, String loyaltyId, String q) {

    public boolean isEmpty() {
        return blank(email) && blank(phone) && blank(loyaltyId) && blank(q);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
