package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.ProfileDetails;
import io.touchpoint.app.ingestion.CustomerFields;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import java.util.List;
import java.util.Map;

/**
 * The columns that say who a row is about: {@code email}, {@code phone}, {@code loyalty_id} and the pair
 * {@code external_source} + {@code external_id}. A file needs at least one; a row needs at least one filled in,
 * except where naming the customer is optional (a review may not say who wrote it).
 */
final class IdentifierColumns {

    static final String ANY = "one of email, phone, loyalty_id or external_source + external_id";

    private final int email;
    private final int phone;
    private final int loyalty;
    private final int source;
    private final int external;
    private final String phoneRegion;
    private final boolean optional;

    IdentifierColumns(Columns columns, List<String> missing, String phoneRegion) {
        this(columns, missing, phoneRegion, false);
    }

    /** With {@code optional}, a file may have none of the columns and a row may leave them all empty. */
    IdentifierColumns(Columns columns, List<String> missing, String phoneRegion, boolean optional) {
        this.email = columns.claim("email");
        this.phone = columns.claim("phone");
        this.loyalty = columns.claim("loyalty_id");
        this.source = columns.claim("external_source");
        this.external = columns.claim("external_id");
        this.phoneRegion = phoneRegion;
        this.optional = optional;
        if (external >= 0 && source < 0) {
            missing.add("external_source (with external_id)");
        }
        else if (source >= 0 && external < 0) {
            missing.add("external_id (with external_source)");
        }
        else if (!optional && email < 0 && phone < 0 && loyalty < 0 && external < 0) {
            missing.add(ANY);
        }
    }

    /**
     * The row's identifiers, or null with problems named after the columns (or null without a problem when they are
     * optional and the row fills none in).
     */
    CustomerReference reference(CsvRecord.Row row, ProfileDetails details, RecordProblems p) {
        String e = Columns.value(row, email);
        String ph = Columns.value(row, phone);
        String l = Columns.value(row, loyalty);
        String src = Columns.value(row, source);
        String ext = Columns.value(row, external);
        if (optional && e == null && ph == null && l == null && ext == null) {
            if (src != null) {
                p.add("external_id", "required with external_source: the customer's id in that system");
            }
            return null;
        }
        if (e == null && ph == null && l == null && ext == null) {
            p.add(firstPresent(), "no identifier: fill in " + ANY);
            return null;
        }
        if (ext != null && src == null) {
            p.add("external_source", "required with external_id: the system the id comes from, e.g. pms");
            return null;
        }
        RecordProblems q = new RecordProblems("");
        CustomerReference ref = CustomerFields.reference(e, ph, l, ext == null ? Map.of() : Map.of(src, ext), details,
                phoneRegion, q, "");
        for (var err : q.errors()) {
            String f = err.field();
            if (f.equals("loyaltyId")) {
                f = "loyalty_id";
            }
            else if (f.startsWith("externalIds.")) {
                f = err.message().startsWith("source system") ? "external_source" : "external_id";
            }
            p.add(f, err.message());
        }
        return ref;
    }

    private String firstPresent() {
        return email >= 0 ? "email" : phone >= 0 ? "phone" : loyalty >= 0 ? "loyalty_id" : "external_id";
    }
}
