package io.touchpoint.app.ingestion.imports;

/**
 * One line of an import's error report.
 *
 * @param line the line of the file where the row starts (the header is line 1)
 * @param field the column at fault, when one is
 * @param raw the row as written (at most {@link io.touchpoint.app.ingestion.csv.CsvReader#RAW_CHARS} characters)
 */
public record RowError(long line, String field, String message, String raw) {
}
