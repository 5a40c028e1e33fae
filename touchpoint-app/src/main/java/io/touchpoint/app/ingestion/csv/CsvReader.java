package io.touchpoint.app.ingestion.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a CSV file (RFC 4180, UTF-8) row by row from a stream, in memory bounded by the longest row, and never
 * lets one bad row take the rest of the file with it.
 *
 * <p>How: rows are cut at the byte level, where the quote, the delimiter and line breaks are ASCII and cannot occur
 * inside a UTF-8 sequence, so a row with invalid bytes is still cut in the right place and reported on its own. A
 * quoted field may span lines, but such a multi-line row is only accepted when it parses cleanly into as many
 * fields as the header. Otherwise (typically an unterminated quote that swallowed the following rows) only its
 * first line is reported as broken and reading resumes on the next line: the swallowed bytes are pushed back and
 * read again. A row longer than {@code maxRowBytes} is reported and skipped to the end of its line.
 *
 * <p>Also: a UTF-8 byte order mark is skipped; the delimiter is ',' unless the header uses ';' or tabs;
 * whitespace around a quoted field is allowed; blank lines and rows of empty fields are skipped.
 */
public final class CsvReader implements Closeable {

    /** Raw rows are kept for error reports up to this many characters. */
    public static final int RAW_CHARS = 4000;
    public static final int DEFAULT_MAX_ROW_BYTES = 1 << 20;

    private static final byte[] NONE = new byte[0];
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxRowBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private boolean streamEnded;
    /** Bytes pushed back after a failed multi-line row; read before the stream. */
    private byte[] pending = NONE;
    private int pendingPos;
    private int pendingEnd;
    private long consumed;

    /** The current row's bytes, without its final line break. */
    private byte[] row = new byte[8192];
    private int len;
    private int firstBreakStart;
    private int firstBreakEnd;
    private int breaks;
    private boolean terminated;
    private boolean tooLong;
    private boolean runaway;

    private long nextLine = 1;
    private CsvHeader header;
    private char delimiter = ',';

    public CsvReader(InputStream in) {
        this(in, DEFAULT_MAX_ROW_BYTES);
    }

    public CsvReader(InputStream in, int maxRowBytes) {
        this.in = in;
        this.maxRowBytes = maxRowBytes;
    }

    /** Bytes of the file read so far. */
    public long bytesRead() {
        return consumed;
    }

    public CsvHeader header() {
        return header;
    }

    /**
     * Reads the header row. Column names are trimmed and lower-cased: header names are case-insensitive.
     *
     * @throws CsvHeaderException when there is no readable header (the whole file is unusable)
     */
    public CsvHeader readHeader() throws IOException, CsvHeaderException {
        while (chunkEnd < 3 && !streamEnded) {
            int n = in.read(chunk, chunkEnd, chunk.length - chunkEnd);
            if (n < 0) {
                streamEnded = true;
            }
            else {
                chunkEnd += n;
            }
        }
        if (chunkEnd >= 3 && (chunk[0] & 0xff) == 0xEF && (chunk[1] & 0xff) == 0xBB && (chunk[2] & 0xff) == 0xBF) {
            chunkPos = 3;
            consumed = 3;
        }
        else if (chunkEnd >= 2 && ((chunk[0] & 0xff) == 0xFF && (chunk[1] & 0xff) == 0xFE
                || (chunk[0] & 0xff) == 0xFE && (chunk[1] & 0xff) == 0xFF)) {
            throw new CsvHeaderException("the file is UTF-16 encoded; save it as UTF-8 (\"CSV UTF-8\" in Excel)");
        }
        while (true) {
            if (!scan()) {
                throw new CsvHeaderException("the file is empty: the first line must name the columns");
            }
            long line = nextLine;
            nextLine += breaks + 1;
            if (tooLong) {
                throw new CsvHeaderException("the header row is longer than " + maxRowBytes + " bytes");
            }
            if (runaway) {
                throw new CsvHeaderException("the header row has an unterminated quote");
            }
            if (len == 0 && breaks == 0) {
                continue;
            }
            int bad = firstMalformed(row, len);
            if (bad >= 0) {
                throw new CsvHeaderException("the header row (line " + line + ") is not valid UTF-8 (byte "
                        + hex(row[bad]) + "); save the file as UTF-8 (\"CSV UTF-8\" in Excel)");
            }
            String text = new String(row, 0, len, StandardCharsets.UTF_8);
            delimiter = detectDelimiter(text);
            Split split = split(text, delimiter);
            if (split.error() != null) {
                throw new CsvHeaderException("the header row cannot be read: " + split.error() + " (column "
                        + (split.errorColumn() + 1) + ")");
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String f : split.fields()) {
                String name = f.trim().toLowerCase(Locale.ROOT);
                if (name.indexOf('\0') >= 0) {
                    throw new CsvHeaderException("the header row contains a NUL character");
                }
                if (!name.isEmpty() && !seen.add(name)) {
                    throw new CsvHeaderException("the header names the column '" + name + "' twice");
                }
                names.add(name);
            }
            header = new CsvHeader(names, delimiter);
            return header;
        }
    }

    /** The next row, or null at the end of the file. Call {@link #readHeader()} first. */
    public CsvRecord next() throws IOException {
        if (header == null) {
            throw new IllegalStateException("read the header first");
        }
        int expected = header.size();
        while (true) {
            if (!scan()) {
                return null;
            }
            long line = nextLine;
            if (tooLong) {
                nextLine = line + 1;
                return new CsvRecord.Broken(line, null, "the row is longer than " + maxRowBytes
                        + " bytes; the rest of its line was skipped", raw(lenient()));
            }
            if (runaway) {
                fallBack();
            }
            nextLine = line + breaks + 1;
            if (len == 0 && breaks == 0) {
                continue;
            }
            String text = lenient();
            Split split = split(text, delimiter);
            if (breaks > 0 && (split.error() != null || split.fields().size() != expected)) {
                // Most likely an unterminated quote swallowed the following lines: only this line is broken.
                fallBack();
                nextLine = line + 1;
                text = lenient();
                split = split(text, delimiter);
            }
            if (split.error() != null) {
                return new CsvRecord.Broken(line, header.name(split.errorColumn()), split.error(), raw(text));
            }
            List<String> fields = split.fields();
            if (fields.size() != expected) {
                return new CsvRecord.Broken(line, null, "expected " + expected + " fields as in the header, found "
                        + fields.size(), raw(text));
            }
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            int bad = firstMalformed(row, len);
            if (bad >= 0) {
                return new CsvRecord.Broken(line, header.name(columnAt(bad)), "not valid UTF-8 (byte " + hex(row[bad])
                        + "); save the file as UTF-8 (\"CSV UTF-8\" in Excel)", raw(text));
            }
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).indexOf('\0') >= 0) {
                    return new CsvRecord.Broken(line, header.name(i),
                            "contains a NUL character, which cannot be stored", raw(text.replace('\0', '\uFFFD')));
                }
            }
            return new CsvRecord.Row(line, fields, raw(text));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- cutting rows at the byte level

    /** Reads the next row's bytes into {@link #row}; false at the end of the input. */
    private boolean scan() throws IOException {
        len = 0;
        firstBreakStart = -1;
        firstBreakEnd = -1;
        breaks = 0;
        terminated = false;
        tooLong = false;
        runaway = false;
        boolean inQuotes = false;
        int b = read();
        if (b < 0) {
            return false;
        }
        while (b >= 0) {
            if (b == '\n' || b == '\r') {
                boolean crlf = b == '\r' && peek() == '\n';
                if (crlf) {
                    read();
                }
                if (!inQuotes) {
                    terminated = true;
                    return true;
                }
                if (firstBreakStart < 0) {
                    firstBreakStart = len;
                }
                append(b);
                if (crlf) {
                    append('\n');
                }
                if (firstBreakEnd < 0) {
                    firstBreakEnd = len;
                }
                breaks++;
            }
            else {
                if (b == '"') {
                    inQuotes = !inQuotes;
                }
                append(b);
            }
            if (len >= maxRowBytes) {
                if (firstBreakStart >= 0) {
                    runaway = true;
                }
                else {
                    tooLong = true;
                    skipLine();
                }
                return true;
            }
            b = read();
        }
        return true;
    }

    /** Keeps only the row's first line and pushes the rest back to be read again. */
    private void fallBack() {
        int tailStart = firstBreakEnd;
        int tail = len - tailStart;
        int extra = terminated ? 1 : 0;
        int rest = pendingEnd - pendingPos;
        byte[] fresh = new byte[tail + extra + rest];
        System.arraycopy(row, tailStart, fresh, 0, tail);
        if (terminated) {
            fresh[tail] = '\n';
        }
        System.arraycopy(pending, pendingPos, fresh, tail + extra, rest);
        pending = fresh;
        pendingPos = 0;
        pendingEnd = fresh.length;
        len = firstBreakStart;
        breaks = 0;
        terminated = true;
        runaway = false;
    }

    private void skipLine() throws IOException {
        int b;
        while ((b = read()) >= 0) {
            if (b == '\n') {
                return;
            }
            if (b == '\r') {
                if (peek() == '\n') {
                    read();
                }
                return;
            }
        }
    }

    private void append(int b) {
        if (len == row.length) {
            byte[] bigger = new byte[Math.min(Math.max(row.length * 2, 16), maxRowBytes + 2)];
            System.arraycopy(row, 0, bigger, 0, len);
            row = bigger;
        }
        row[len++] = (byte) b;
    }

    private int read() throws IOException {
        if (pendingPos < pendingEnd) {
            return pending[pendingPos++] & 0xff;
        }
        if (chunkPos >= chunkEnd && !fill()) {
            return -1;
        }
        consumed++;
        return chunk[chunkPos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pendingPos < pendingEnd) {
            return pending[pendingPos] & 0xff;
        }
        if (chunkPos >= chunkEnd && !fill()) {
            return -1;
        }
        return chunk[chunkPos] & 0xff;
    }

    private boolean fill() throws IOException {
        if (streamEnded) {
            return false;
        }
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        }
        while (n == 0);
        if (n < 0) {
            streamEnded = true;
            return false;
        }
        chunkPos = 0;
        chunkEnd = n;
        return true;
    }

    // ---- text

    private String lenient() {
        return new String(row, 0, len, StandardCharsets.UTF_8);
    }

    private static String raw(String text) {
        return text.length() <= RAW_CHARS ? text : text.substring(0, RAW_CHARS) + "…";
    }

    /** The column (0-based) that the byte at {@code offset} of the current row belongs to. */
    private int columnAt(int offset) {
        int column = 0;
        boolean inQuotes = false;
        for (int i = 0; i < offset; i++) {
            if (row[i] == '"') {
                inQuotes = !inQuotes;
            }
            else if (row[i] == delimiter && !inQuotes) {
                column++;
            }
        }
        return column;
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xff);
    }

    /** Index of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
    static int firstMalformed(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            }
            else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
            }
            else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
            }
            else {
                return i;
            }
            if (i + need >= n) {
                return i;
            }
            int c1 = b[i + 1] & 0xff;
            if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F || c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }

    static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean inQuotes = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes) {
                if (c == ',') {
                    commas++;
                }
                else if (c == ';') {
                    semicolons++;
                }
                else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    /** Fields of one row, or the first syntax error and its column (0-based). */
    record Split(List<String> fields, int errorColumn, String error) {
    }

    static Split split(String s, char d) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (true) {
            int column = out.size();
            int j = i;
            while (j < n && isBlank(s.charAt(j), d)) {
                j++;
            }
            if (j < n && s.charAt(j) == '"') {
                int k = j + 1;
                sb.setLength(0);
                while (true) {
                    if (k >= n) {
                        return new Split(out, column, "unterminated quoted field: a quote opens the field but never "
                                + "closes it");
                    }
                    char c = s.charAt(k);
                    if (c == '"') {
                        if (k + 1 < n && s.charAt(k + 1) == '"') {
                            sb.append('"');
                            k += 2;
                            continue;
                        }
                        k++;
                        break;
                    }
                    sb.append(c);
                    k++;
                }
                while (k < n && isBlank(s.charAt(k), d)) {
                    k++;
                }
                out.add(sb.toString());
                if (k == n) {
                    return new Split(out, -1, null);
                }
                if (s.charAt(k) != d) {
                    return new Split(out, column, "stray quote: text follows the closing quote of a quoted field");
                }
                i = k + 1;
                continue;
            }
            int k = i;
            while (k < n && s.charAt(k) != d) {
                if (s.charAt(k) == '"') {
                    return new Split(out, column, "stray quote in an unquoted field; enclose the field in quotes and "
                            + "write a quote inside it as two quotes (\"\")");
                }
                k++;
            }
            out.add(s.substring(i, k));
            if (k == n) {
                return new Split(out, -1, null);
            }
            i = k + 1;
        }
    }

    private static boolean isBlank(char c, char delimiter) {
        return c == ' ' || c == '\t' && delimiter != '\t';
    }
}
