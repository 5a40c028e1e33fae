package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import java.util.List;

/**
 * How the rows of one kind of file become records: checked one by one ({@link #parse}), stored a batch at a time
 * ({@link #record}, inside the caller's transaction).
 *
 * @param <T> the checked record
 */
abstract class RowFormat<T> {

    private List<String> warnings = List.of();

    /**
     * Ends a subclass constructor once it has claimed its columns: throws naming every missing or malformed
     * column, else keeps the warnings about columns nobody claimed.
     */
    protected final void checkHeader(Columns columns, List<String> missing, List<String> malformed)
            throws ImportFormatException {
        if (!missing.isEmpty() || !malformed.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            if (!missing.isEmpty()) {
                sb.append("missing required column").append(missing.size() > 1 ? "s" : "").append(": ")
                        .append(String.join(", ", missing));
            }
            if (!malformed.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append(String.join("; ", malformed));
            }
            throw new ImportFormatException(sb.toString());
        }
        this.warnings = columns.unclaimed();
    }

    List<String> warnings() {
        return warnings;
    }

    /** The row as a record, or null with its problems (named after its columns) added. */
    abstract T parse(CsvRecord.Row row, RecordProblems p);

    /** Stores a batch; one result per record, in order. */
    abstract List<Recorded> record(List<T> records);

    /** The record's own id (for duplicate reports), or null when the kind has none. */
    abstract String idOf(T record);
}
