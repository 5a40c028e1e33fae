package io.touchpoint.app.demo.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One interaction or transaction of a demo guest, in the order the load sends them (by time). */
public sealed interface DemoRecord permits DemoRecord.Event, DemoRecord.Transaction {

    /** Which of the guest's identifiers the record carries. */
    enum IdentityUse {
        /** Every identifier the guest has. */
        ALL,
        /** The email alone: an aliased guest on the website or in email, before the link. */
        EMAIL,
        /** Loyalty number and phone: an aliased guest at the hotel or in the app, before the link. */
        LOYALTY_AND_PHONE
    }

    int guest();

    /** The guest's own counter, shared by events and transactions. */
    int seq();

    Instant at();

    IdentityUse identity();

    /** The idempotency key: stable for a seed and anchor date, so an interrupted load can be resumed. */
    default String clientId() {
        return "demo-" + guest() + "-" + seq();
    }

    /** @param touchpoint the touchpoint key; the channel always matches the touchpoint's */
    record Event(int guest, int seq, Instant at, IdentityUse identity, String type, String channel,
            String touchpoint, String propertiesJson, BigDecimal value) implements DemoRecord {
    }

    /** @param hotel the hotel key */
    record Transaction(int guest, int seq, Instant at, IdentityUse identity, String kind, BigDecimal amount,
            String currency, LocalDate startDate, LocalDate endDate, String hotel, String itemsJson)
            implements DemoRecord {
    }
}
