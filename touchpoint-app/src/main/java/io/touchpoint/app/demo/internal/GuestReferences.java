package io.touchpoint.app.demo.internal;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.ProfileDetails;
import io.touchpoint.app.demo.scenario.DemoGuest;
import io.touchpoint.app.demo.scenario.DemoRecord.IdentityUse;
import java.util.List;
import java.util.TreeSet;

/**
 * The customer references each guest's records carry, built once per guest through the {@link Identifier}
 * factories, so the demo's identifiers are normalised exactly as ingested data is.
 */
final class GuestReferences {

    private final CustomerReference[] all;
    private final CustomerReference[] email;
    private final CustomerReference[] loyaltyAndPhone;

    GuestReferences(List<DemoGuest> guests) {
        int n = guests.size();
        all = new CustomerReference[n];
        email = new CustomerReference[n];
        loyaltyAndPhone = new CustomerReference[n];
        for (DemoGuest g : guests) {
            var c = g.contact();
            Identifier mail = c.email() == null ? null : Identifier.email(c.email());
            // Demo phones are typed with their country code, so no default region is needed.
            Identifier phone = c.phone() == null ? null : Identifier.phone(c.phone(), null);
            Identifier loyalty = c.loyaltyNumber() == null ? null : Identifier.loyalty(c.loyaltyNumber());
            all[g.number()] = reference(g.details(), mail, phone, loyalty);
            if (g.hasAlias()) {
                email[g.number()] = reference(g.details(), mail);
                ProfileDetails d = g.details();
                // At the front desk the guest gave a name and an address, nothing more.
                ProfileDetails frontDesk = new ProfileDetails(g.alias().firstName(), d.lastName(), null, null, null,
                        null, d.country(), null, g.alias().city(), null, null, d.language());
                loyaltyAndPhone[g.number()] = reference(frontDesk, loyalty, phone);
            }
        }
    }

    CustomerReference of(int guest, IdentityUse use) {
        CustomerReference r = switch (use) {
            case ALL -> all[guest];
            case EMAIL -> email[guest];
            case LOYALTY_AND_PHONE -> loyaltyAndPhone[guest];
        };
        if (r == null) {
            throw new IllegalStateException("guest " + guest + " has no " + use + " identity");
        }
        return r;
    }

    private static CustomerReference reference(ProfileDetails details, Identifier... ids) {
        TreeSet<Identifier> set = new TreeSet<>();
        for (Identifier id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
        return new CustomerReference(set, details);
    }
}
