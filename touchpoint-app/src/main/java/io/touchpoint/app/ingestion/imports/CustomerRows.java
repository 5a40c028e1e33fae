package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.customer.ProfileDetails;
import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.records.FieldRules;
import io.touchpoint.app.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Customers: the identifier columns; profile details ({@code first_name} ... {@code language}; {@code ethnicity}
 * is only kept for customers with a granted {@code ethnicity} consent); {@code consent_<purpose>} (granted, denied
 * or revoked); {@code pref_<key>}; {@code attr_<name>} or {@code attr_<name>:<type>} (string, number, boolean,
 * date). A blank cell changes nothing; a filled one replaces what the profile had.
 */
final class CustomerRows extends RowFormat<CustomerRows.CustomerRow> {

    static final List<String> DETAILS = List.of("first_name", "last_name", "birth_year", "gender", "income_band",
            "occupation", "country", "region", "city", "education", "language", "ethnicity");
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z0-9_.-]{1,64}");
    private static final Set<String> ATTRIBUTE_TYPES = Set.of("string", "number", "boolean", "date");
    private static final Set<String> CONSENT_STATUSES = Set.of("granted", "denied", "revoked");

    record Consent(String purpose, String status) {
    }

    record Setting(String name, String type, String value) {
    }

    record CustomerRow(CustomerReference reference, ProfileDetails details, List<Consent> consents,
            List<Setting> preferences, List<Setting> attributes) {
    }

    /** A consent_, pref_ or attr_ column: its position, full header, the name after the prefix, the type. */
    private record Typed(int column, String header, String name, String type) {
    }

    private final int[] details = new int[DETAILS.size()];
    private final List<Typed> consents = new ArrayList<>();
    private final List<Typed> preferences = new ArrayList<>();
    private final List<Typed> attributes = new ArrayList<>();
    private final IdentifierColumns identifiers;
    private final Instant now;
    private final String source;
    private final IdentityResolution identities;
    private final CustomerProfiles profiles;

    CustomerRows(CsvHeader header, Instant now, String source, String phoneRegion, IdentityResolution identities,
            CustomerProfiles profiles) throws ImportFormatException {
        Columns c = new Columns(header);
        List<String> missing = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (int i = 0; i < DETAILS.size(); i++) {
            details[i] = c.claim(DETAILS.get(i));
        }
        for (int i : c.claimPrefixed("consent_")) {
            String purpose = c.name(i).substring("consent_".length());
            if (!PURPOSE.matcher(purpose).matches()) {
                malformed.add("column '" + c.name(i) + "': the consent purpose after 'consent_' must be 1-64 "
                        + "letters, digits, '.', '-' or '_'");
            }
            consents.add(new Typed(i, c.name(i), purpose, null));
        }
        for (int i : c.claimPrefixed("pref_")) {
            String key = c.name(i).substring("pref_".length());
            if (key.isEmpty() || key.length() > 64) {
                malformed.add("column '" + c.name(i) + "': the preference name after 'pref_' must be 1-64 characters");
            }
            preferences.add(new Typed(i, c.name(i), key, null));
        }
        for (int i : c.claimPrefixed("attr_")) {
            String spec = c.name(i).substring("attr_".length());
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            String type = colon < 0 ? "string" : spec.substring(colon + 1).trim();
            if (!ATTRIBUTE.matcher(name).matches()) {
                malformed.add("column '" + c.name(i) + "': the attribute name after 'attr_' must be 1-64 letters, "
                        + "digits, '.', '-' or '_'");
            }
            else if (!ATTRIBUTE_TYPES.contains(type)) {
                malformed.add("column '" + c.name(i) + "': unknown attribute type '" + type
                        + "'; use string, number, boolean or date");
            }
            attributes.add(new Typed(i, c.name(i), name, type));
        }
        identifiers = new IdentifierColumns(c, missing, phoneRegion);
        this.now = now;
        this.source = source;
        this.identities = identities;
        this.profiles = profiles;
        checkHeader(c, missing, malformed);
    }

    @Override
    CustomerRow parse(CsvRecord.Row row, RecordProblems p) {
        String[] v = new String[DETAILS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = FieldRules.text(Columns.cell(row, details[i]), DETAILS.get(i), i == 10 ? 35 : 200, false, p);
        }
        Integer birthYear = birthYear(v[2], p);
        ProfileDetails d = new ProfileDetails(v[0], v[1], birthYear, v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[11],
                v[10]);
        List<Consent> consentValues = new ArrayList<>();
        for (Typed t : consents) {
            String status = Columns.value(row, t.column());
            if (status != null) {
                status = status.toLowerCase(Locale.ROOT);
                if (CONSENT_STATUSES.contains(status)) {
                    consentValues.add(new Consent(t.name(), status));
                }
                else {
                    p.add(t.header(), "use granted, denied or revoked");
                }
            }
        }
        List<Setting> prefValues = new ArrayList<>();
        for (Typed t : preferences) {
            String value = Columns.value(row, t.column());
            if (value != null) {
                if (value.length() > 1000) {
                    p.add(t.header(), "at most 1000 characters");
                }
                else {
                    prefValues.add(new Setting(t.name(), null, value));
                }
            }
        }
        List<Setting> attrValues = new ArrayList<>();
        for (Typed t : attributes) {
            String value = Columns.value(row, t.column());
            if (value != null) {
                try {
                    attrValues.add(new Setting(t.name(), t.type(), CustomerProfiles.typedValue(t.type(), value)));
                }
                catch (InvalidInputException ex) {
                    p.add(t.header(), ex.errors().get(0).message());
                }
            }
        }
        CustomerReference reference = identifiers.reference(row, null, p);
        if (p.any()) {
            return null;
        }
        return new CustomerRow(reference, d, consentValues, prefValues, attrValues);
    }

    private Integer birthYear(String s, RecordProblems p) {
        if (s == null) {
            return null;
        }
        int max = now.atZone(ZoneOffset.UTC).getYear();
        try {
            int year = Integer.parseInt(s);
            if (year >= 1900 && year <= max) {
                return year;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        p.add("birth_year", "a year between 1900 and " + max);
        return null;
    }

    /**
     * Resolves each row to its profile (creating or merging profiles as identity resolution decides), then applies
     * consents first, so that an ethnicity given with a granted consent in the same row is kept.
     */
    @Override
    List<Recorded> record(List<CustomerRow> rows) {
        List<Long> ids = identities.resolveAll(rows.stream().map(CustomerRow::reference).toList(), source);
        List<Recorded> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CustomerRow row = rows.get(i);
            long id = ids.get(i);
            for (Consent c : row.consents()) {
                profiles.recordConsent(id, c.purpose(), c.status(), now, source);
            }
            profiles.applyDetails(id, row.details(), true);
            for (Setting s : row.preferences()) {
                profiles.setPreference(id, s.name(), s.value(), source);
            }
            for (Setting s : row.attributes()) {
                profiles.setAttribute(id, s.name(), s.type(), s.value(), source);
            }
            out.add(new Recorded(null, Recorded.Outcome.ACCEPTED, id));
        }
        return out;
    }

    @Override
    String idOf(CustomerRow record) {
        return null;
    }
}
