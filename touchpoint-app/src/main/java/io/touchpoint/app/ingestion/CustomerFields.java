package io.touchpoint.app.ingestion;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.ProfileDetails;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Turns the identifier fields of an incoming record into a {@link CustomerReference}, normalising each and naming
 * the field of any that is not valid. Shared by the API and the CSV imports so both accept the same things.
 */
public final class CustomerFields {

    private CustomerFields() {
    }

    /** Returns null (with problems added) when no valid identifier is present. */
    public static CustomerReference reference(String email, String phone, String loyaltyId,
            Map<String, String> externalIds, ProfileDetails details, String phoneRegion, RecordProblems problems,
            String prefix) {
        TreeSet<Identifier> ids = new TreeSet<>();
        add(ids, email, () -> Identifier.email(email), prefix + "email", problems);
        add(ids, phone, () -> Identifier.phone(phone, phoneRegion), prefix + "phone", problems);
        add(ids, loyaltyId, () -> Identifier.loyalty(loyaltyId), prefix + "loyaltyId", problems);
        if (externalIds != null) {
            externalIds.forEach((source, value) -> add(ids, value, () -> Identifier.external(source, value),
                    prefix + "externalIds." + source, problems));
        }
        if (problems.any()) {
            return null;
        }
        if (ids.isEmpty()) {
            problems.add(prefix.isEmpty() ? "customer" : prefix.substring(0, prefix.length() - 1),
                    "at least one of email, phone, loyaltyId or externalIds is required");
            return null;
        }
        return new CustomerReference(ids, details);
    }

    private static void add(TreeSet<Identifier> ids, String raw, Supplier<Identifier> parse, String field,
            RecordProblems problems) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        try {
            ids.add(parse.get());
        }
        catch (IllegalArgumentException ex) {
            problems.add(field, ex.getMessage());
        }
    }
}
