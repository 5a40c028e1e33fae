package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.feedback.FeedbackIntake;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.records.FieldNames;
import io.touchpoint.app.ingestion.records.RecordContext;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Picks the row format for a kind of import and wires it to the services that store its records. */
@Component
class ImportFormats {

    private final CustomerActivity activity;
    private final IdentityResolution identities;
    private final CustomerProfiles profiles;
    private final TouchpointCatalog catalog;
    private final FeedbackIntake intake;

    ImportFormats(CustomerActivity activity, IdentityResolution identities, CustomerProfiles profiles,
            TouchpointCatalog catalog, FeedbackIntake intake) {
        this.activity = activity;
        this.identities = identities;
        this.profiles = profiles;
        this.catalog = catalog;
        this.intake = intake;
    }

    /** The format for the file's header; throws naming missing or malformed columns. */
    RowFormat<?> create(ImportKind kind, CsvHeader header, long jobId, Instant now) throws ImportFormatException {
        String source = "import:" + jobId;
        String region = profiles.defaultPhoneRegion();
        return switch (kind) {
            case CUSTOMERS -> new CustomerRows(header, now, source, region, identities, profiles);
            case TRANSACTIONS -> new TransactionRows(header, RecordContext.of(catalog, now, source, FieldNames.CSV),
                    region, activity::recordTransactions);
            case INTERACTIONS -> new InteractionRows(header, RecordContext.of(catalog, now, source, FieldNames.CSV),
                    region, activity::recordEvents);
            case FEEDBACK -> new FeedbackRows(header, RecordContext.of(catalog, now, source, FieldNames.CSV), region,
                    intake::record);
        };
    }
}
