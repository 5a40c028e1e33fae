package io.touchpoint.app.customer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.customer.CustomerProfile;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.customer.ProfileDetails;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Profile writes from other systems (CRM, PMS, preference centre): upsert by identifiers, consents, preferences. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerWritesController {

    private final IdentityResolution resolution;
    private final CustomerProfiles profiles;

    CustomerWritesController(IdentityResolution resolution, CustomerProfiles profiles) {
        this.resolution = resolution;
        this.profiles = profiles;
    }

    record AttributeValue(String type, String value) {
    }

    record ConsentInput(String purpose, String status, String recordedAt, String source) {
    }

    record CustomerUpsert(String email, String phone, String loyaltyId, Map<String, String> externalIds,
            String firstName, String lastName, Integer birthYear, String gender, String incomeBand, String occupation,
            String country, String region, String city, String education, String ethnicity, String language,
            Map<String, AttributeValue> attributes, List<ConsentInput> consents, Map<String, String> preferences) {
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Create or update a customer found by its identifiers (ingest scope)",
            description = "Known identifiers attach to their profile (merging profiles when they belong to several); "
                    + "given fields overwrite stored ones; consents are appended to the history. Ethnicity is stored "
                    + "only with a granted 'ethnicity' consent (which may be sent in the same request).")
    CustomerProfile upsert(@RequestBody CustomerUpsert in, Principal who) {
        List<FieldError> errors = new ArrayList<>();
        TreeSet<Identifier> ids = new TreeSet<>();
        add(ids, in.email(), () -> Identifier.email(in.email()), "email", errors);
        add(ids, in.phone(), () -> Identifier.phone(in.phone(), profiles.defaultPhoneRegion()), "phone", errors);
        add(ids, in.loyaltyId(), () -> Identifier.loyalty(in.loyaltyId()), "loyaltyId", errors);
        if (in.externalIds() != null) {
            in.externalIds().forEach((s, v) -> add(ids, v, () -> Identifier.external(s, v), "externalIds." + s, errors));
        }
        if (ids.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("email", "at least one of email, phone, loyaltyId or externalIds is required"));
        }
        if (in.birthYear() != null && (in.birthYear() < 1900 || in.birthYear() > 2100)) {
            errors.add(new FieldError("birthYear", "between 1900 and 2100"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        String source = who == null ? "api" : who.getName();
        long id = resolution.resolve(new CustomerReference(ids, null), "api:customers");
        if (in.consents() != null) {
            for (int i = 0; i < in.consents().size(); i++) {
                ConsentInput c = in.consents().get(i);
                try {
                    profiles.recordConsent(id, c.purpose(), c.status(), instant(c.recordedAt(), "consents[" + i + "].recordedAt"),
                            c.source() == null ? source : c.source());
                }
                catch (InvalidInputException ex) {
                    throw prefixed(ex, "consents[" + i + "].");
                }
            }
        }
        profiles.applyDetails(id, new ProfileDetails(in.firstName(), in.lastName(), in.birthYear(), in.gender(),
                in.incomeBand(), in.occupation(), in.country(), in.region(), in.city(), in.education(), in.ethnicity(),
                in.language()), true);
        if (in.attributes() != null) {
            for (var e : in.attributes().entrySet()) {
                try {
                    AttributeValue v = e.getValue();
                    profiles.setAttribute(id, e.getKey(), v == null ? null : v.type(), v == null ? null : v.value(), source);
                }
                catch (InvalidInputException ex) {
                    throw prefixed(ex, "attributes." + e.getKey() + ".");
                }
            }
        }
        if (in.preferences() != null) {
            for (var e : in.preferences().entrySet()) {
                try {
                    profiles.setPreference(id, e.getKey(), e.getValue(), source);
                }
                catch (InvalidInputException ex) {
                    throw prefixed(ex, "preferences." + e.getKey() + ".");
                }
            }
        }
        return profiles.require(id);
    }

    @PostMapping("/{id}/consents")
    @Operation(summary = "Record a consent decision (ingest scope); the history is kept")
    CustomerProfile consent(@PathVariable long id, @RequestBody ConsentInput c, Principal who) {
        long survivor = profiles.require(id).id();
        profiles.recordConsent(survivor, c.purpose(), c.status(), instant(c.recordedAt(), "recordedAt"),
                c.source() == null ? (who == null ? "api" : who.getName()) : c.source());
        return profiles.require(survivor);
    }

    record PreferenceInput(String value) {
    }

    @PutMapping("/{id}/preferences/{key}")
    @Operation(summary = "Set a stated preference (ingest scope)")
    CustomerProfile preference(@PathVariable long id, @PathVariable String key, @RequestBody PreferenceInput p,
            Principal who) {
        long survivor = profiles.require(id).id();
        profiles.setPreference(survivor, key, p.value(), who == null ? "api" : who.getName());
        return profiles.require(survivor);
    }

    private static InvalidInputException prefixed(InvalidInputException ex, String prefix) {
        return new InvalidInputException(ex.status(), ex.errors().stream()
                .map(e -> new FieldError(prefix + e.field(), e.message())).toList());
    }

    private static Instant instant(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw new InvalidInputException(field, "not an ISO-8601 timestamp with offset");
        }
    }

    private static void add(TreeSet<Identifier> ids, String raw, Supplier<Identifier> parse, String field,
            List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        try {
            ids.add(parse.get());
        }
        catch (IllegalArgumentException ex) {
            errors.add(new FieldError(field, ex.getMessage()));
        }
    }
}
