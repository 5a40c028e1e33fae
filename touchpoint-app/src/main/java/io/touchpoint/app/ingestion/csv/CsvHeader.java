package io.touchpoint.app.ingestion.csv;

import java.util.List;

/**
 * The column names of a CSV file, trimmed and lower-cased, in file order.
 *
 * @param delimiter the field separator the header uses: ',' (default), ';' or a tab
 */
public record CsvHeader(List<String> names, char delimiter) {

    public CsvHeader {
        names = List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    /** Position of a column, or -1. */
    public int index(String name) {
        return names.indexOf(name);
    }

    /** The name of the column at {@code index}, or null when there is none (or it has no name). */
    public String name(int index) {
        if (index < 0 || index >= names.size() || names.get(index).isEmpty()) {
            return null;
        }
        return names.get(index);
    }
}
