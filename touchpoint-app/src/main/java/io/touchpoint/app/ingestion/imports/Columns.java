package io.touchpoint.app.ingestion.imports;

import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The header of one import as a format sees it: each format claims the columns it knows; whatever is left is
 * reported as ignored.
 */
final class Columns {

    private final CsvHeader header;
    private final boolean[] claimed;

    Columns(CsvHeader header) {
        this.header = header;
        this.claimed = new boolean[header.size()];
    }

    /** Position of a column (claiming it), or -1 when the file has none. */
    int claim(String name) {
        int i = header.index(name);
        if (i >= 0) {
            claimed[i] = true;
        }
        return i;
    }

    /** Positions of the columns whose names start with {@code prefix} (claiming them). */
    List<Integer> claimPrefixed(String prefix) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.names().get(i).startsWith(prefix)) {
                claimed[i] = true;
                out.add(i);
            }
        }
        return out;
    }

    String name(int index) {
        return header.names().get(index);
    }

    /** Warnings about the columns no format claimed. */
    List<String> unclaimed() {
        List<String> unknown = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < claimed.length; i++) {
            if (!claimed[i]) {
                if (header.names().get(i).isEmpty()) {
                    out.add("column " + (i + 1) + " has no name and was ignored");
                }
                else {
                    unknown.add(header.names().get(i));
                }
            }
        }
        if (!unknown.isEmpty()) {
            out.add(0, "unknown column" + (unknown.size() > 1 ? "s" : "") + " ignored: " + String.join(", ", unknown));
        }
        return out;
    }

    /** The cell of a column as written, or null when the file has no such column. */
    static String cell(CsvRecord.Row row, int index) {
        return index < 0 ? null : row.field(index);
    }

    /** The cell trimmed, or null when absent or blank. */
    static String value(CsvRecord.Row row, int index) {
        String s = cell(row, index);
        if (s == null) {
            return null;
        }
        s = s.trim();
        return s.isEmpty() ? null : s;
    }
}
