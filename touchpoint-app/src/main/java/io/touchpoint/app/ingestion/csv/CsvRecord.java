package io.touchpoint.app.ingestion.csv;

import java.util.List;

/**
 * One row of a CSV file after the header: either its fields, or why it could not be read. Either way the reader
 * carries on with the next row.
 */
public sealed interface CsvRecord {

    /** The line of the file where the row starts (the header is line 1). */
    long line();

    /** The row as written, decoded for display (invalid bytes shown as U+FFFD), at most {@link CsvReader#RAW_CHARS}. */
    String raw();

    /** A row with as many fields as the header. */
    record Row(long line, List<String> fields, String raw) implements CsvRecord {

        public String field(int index) {
            return fields.get(index);
        }
    }

    /**
     * A row that could not be read: bad quoting, a wrong number of fields, bytes that are not UTF-8, a NUL
     * character or an overlong row.
     *
     * @param column the header name of the offending column when known, else null
     */
    record Broken(long line, String column, String message, String raw) implements CsvRecord {
    }
}
