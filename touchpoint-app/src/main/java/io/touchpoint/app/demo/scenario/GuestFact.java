package io.touchpoint.app.demo.scenario;

import java.time.Instant;

/** What a guest told the hotel group about themselves, with when they said it. */
public sealed interface GuestFact permits GuestFact.Consent, GuestFact.Preference, GuestFact.Attribute {

    int guest();

    Instant at();

    /** @param status granted, denied or revoked; a guest's history for a purpose is in time order */
    record Consent(int guest, String purpose, String status, Instant at) implements GuestFact {
    }

    record Preference(int guest, String key, String value, Instant at) implements GuestFact {
    }

    /** @param type string, number, boolean or date */
    record Attribute(int guest, String name, String type, String value, Instant at) implements GuestFact {
    }
}
