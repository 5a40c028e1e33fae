package io.touchpoint.app.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything known about one customer: the 360 view. */
public record CustomerProfile(long id, String displayName, ProfileDetails details, List<IdentityView> identities,
        List<Attribute> attributes, List<ConsentState> consents, List<Preference> preferences, KeyFigures figures,
        List<Long> mergedFrom, Instant createdAt) {

    public record IdentityView(String type, String value, String source) {
    }

    public record Attribute(String name, String type, String value, String source, Instant updatedAt) {
    }

    public record ConsentState(String purpose, String status, Instant recordedAt, String source) {
    }

    public record Preference(String key, String value, String source, Instant updatedAt) {
    }

    public record Money(String currency, BigDecimal amount) {
    }

    public record ChannelUse(String channel, long interactions) {
    }

    /**
     * @param revenue stays and orders, per currency, less refunds
     */
    public record KeyFigures(Instant firstSeen, Instant lastSeen, Long tenureDays, long interactions, long bookings,
            long stays, long nights, long orders, List<Money> revenue, List<ChannelUse> channels) {
    }
}
