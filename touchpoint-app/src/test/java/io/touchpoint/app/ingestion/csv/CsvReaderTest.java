package io.touchpoint.app.ingestion.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    private static CsvReader reader(String text) {
        return reader(text.getBytes(StandardCharsets.UTF_8), CsvReader.DEFAULT_MAX_ROW_BYTES);
    }

    private static CsvReader reader(byte[] bytes, int maxRowBytes) {
        return new CsvReader(new ByteArrayInputStream(bytes), maxRowBytes);
    }

    private static List<CsvRecord> all(CsvReader r) throws Exception {
        r.readHeader();
        List<CsvRecord> out = new ArrayList<>();
        CsvRecord rec;
        while ((rec = r.next()) != null) {
            out.add(rec);
        }
        return out;
    }

    private static List<CsvRecord> all(String text) throws Exception {
        return all(reader(text));
    }

    private static List<String> fields(CsvRecord r) {
        assertThat(r).as("a readable row: %s", r).isInstanceOf(CsvRecord.Row.class);
        return ((CsvRecord.Row) r).fields();
    }

    private static CsvRecord.Broken broken(CsvRecord r) {
        assertThat(r).as("a broken row: %s", r).isInstanceOf(CsvRecord.Broken.class);
        return (CsvRecord.Broken) r;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void readsHeaderCaseInsensitivelyAndRowsWithLineNumbers() throws Exception {
        CsvReader r = reader("\uFEFF Email ,First_Name\r\na@example.com,Ann\r\nb@example.com,Bob\r\n");
        CsvHeader h = r.readHeader();
        assertThat(h.names()).containsExactly("email", "first_name");
        CsvRecord first = r.next();
        assertThat(fields(first)).containsExactly("a@example.com", "Ann");
        assertThat(first.line()).isEqualTo(2);
        CsvRecord second = r.next();
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.raw()).isEqualTo("b@example.com,Bob");
        assertThat(r.next()).isNull();
        assertThat(r.bytesRead()).isEqualTo("\uFEFF Email ,First_Name\r\na@example.com,Ann\r\nb@example.com,Bob\r\n"
                .getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws Exception {
        List<CsvRecord> rows = all("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n"
                + "4, \"spaced\" \n5,x\n");
        assertThat(fields(rows.get(0))).containsExactly("1", "a, b");
        assertThat(fields(rows.get(1))).containsExactly("2", "say \"hi\"");
        assertThat(fields(rows.get(2))).containsExactly("3", "two\nlines");
        assertThat(fields(rows.get(3))).containsExactly("4", "spaced");
        assertThat(rows.get(4).line()).as("the multi-line row moved the line count on").isEqualTo(7);
    }

    @Test
    void anUnterminatedQuoteBreaksOnlyItsOwnLine() throws Exception {
        List<CsvRecord> rows = all("id,note\n1,ok\n2,\"never closed\n3,fine\n4,\"quoted\"\n5,also fine\n");
        assertThat(rows).hasSize(5);
        assertThat(fields(rows.get(0))).containsExactly("1", "ok");
        CsvRecord.Broken bad = broken(rows.get(1));
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.column()).isEqualTo("note");
        assertThat(bad.message()).contains("unterminated");
        assertThat(bad.raw()).isEqualTo("2,\"never closed");
        assertThat(fields(rows.get(2))).containsExactly("3", "fine");
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(fields(rows.get(3))).containsExactly("4", "quoted");
        assertThat(fields(rows.get(4))).containsExactly("5", "also fine");
    }

    @Test
    void anUnterminatedQuoteOnTheLastLineIsReported() throws Exception {
        List<CsvRecord> rows = all("id,note\n1,ok\n2,\"open");
        assertThat(fields(rows.get(0))).containsExactly("1", "ok");
        assertThat(broken(rows.get(1)).message()).contains("unterminated");
        assertThat(rows).hasSize(2);
    }

    @Test
    void strayQuotesAreRowErrors() throws Exception {
        List<CsvRecord> rows = all("id,size\n1,5\" screen\n2,\"a\"b\n3,ok\n");
        assertThat(broken(rows.get(0)).message()).contains("stray quote");
        assertThat(broken(rows.get(0)).column()).isEqualTo("size");
        assertThat(broken(rows.get(1)).message()).contains("stray quote");
        assertThat(fields(rows.get(2))).containsExactly("3", "ok");
    }

    @Test
    void rowsWithTooManyOrTooFewFieldsAreRowErrors() throws Exception {
        List<CsvRecord> rows = all("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
        assertThat(broken(rows.get(0)).message()).isEqualTo("expected 3 fields as in the header, found 2");
        assertThat(broken(rows.get(1)).message()).isEqualTo("expected 3 fields as in the header, found 4");
        assertThat(fields(rows.get(2))).containsExactly("1", "2", "3");
    }

    @Test
    void invalidUtf8IsARowErrorNamingTheColumnAndTheRestIsRead() throws Exception {
        byte[] latin1 = "2,Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = concat("id,name\n1,Zo\u00eb\n".getBytes(StandardCharsets.UTF_8), latin1,
                "3,\u00c5sa \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8));
        List<CsvRecord> rows = all(reader(file, 1024));
        assertThat(fields(rows.get(0))).containsExactly("1", "Zo\u00eb");
        CsvRecord.Broken bad = broken(rows.get(1));
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.column()).isEqualTo("name");
        assertThat(bad.message()).contains("not valid UTF-8").contains("0xE9");
        assertThat(bad.raw()).isEqualTo("2,Ren\uFFFD");
        assertThat(fields(rows.get(2))).containsExactly("3", "\u00c5sa \uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 80", "ED A0 80", "F4 90 80 80", "E2 82", "FF", "80"})
    void rejectsMalformedUtf8Sequences(String hex) {
        String[] parts = hex.split(" ");
        byte[] b = new byte[parts.length + 1];
        b[0] = 'x';
        for (int i = 0; i < parts.length; i++) {
            b[i + 1] = (byte) Integer.parseInt(parts[i], 16);
        }
        assertThat(CsvReader.firstMalformed(b, b.length)).isEqualTo(1);
    }

    @Test
    void acceptsWellFormedUtf8() {
        byte[] b = "a\u00e9\u20ac\uD83D\uDE00\uFFFD".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvReader.firstMalformed(b, b.length)).isEqualTo(-1);
    }

    @Test
    void nulCharactersAreRowErrors() throws Exception {
        List<CsvRecord> rows = all("id,name\n1,a\u0000b\n2,ok\n");
        assertThat(broken(rows.get(0)).column()).isEqualTo("name");
        assertThat(broken(rows.get(0)).message()).contains("NUL");
        assertThat(fields(rows.get(1))).containsExactly("2", "ok");
    }

    @Test
    void anOverlongRowIsSkippedToTheEndOfItsLine() throws Exception {
        String longRow = "2," + "x".repeat(500) + "\"" + "y".repeat(500);
        List<CsvRecord> rows = all(reader(("id,v\n1,a\n" + longRow + "\n3,c\n").getBytes(StandardCharsets.UTF_8), 256));
        assertThat(fields(rows.get(0))).containsExactly("1", "a");
        assertThat(broken(rows.get(1)).message()).contains("longer than 256 bytes");
        assertThat(fields(rows.get(2))).containsExactly("3", "c");
        assertThat(rows.get(2).line()).isEqualTo(4);
    }

    @Test
    void aQuoteThatRunsPastTheRowLimitBreaksOnlyItsLine() throws Exception {
        StringBuilder sb = new StringBuilder("id,v\n1,\"open\n");
        for (int i = 2; i < 200; i++) {
            sb.append(i).append(",plain\n");
        }
        List<CsvRecord> rows = all(reader(sb.toString().getBytes(StandardCharsets.UTF_8), 128));
        assertThat(broken(rows.get(0)).message()).contains("unterminated");
        assertThat(rows).hasSize(199);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(fields(rows.get(i))).containsExactly(String.valueOf(i + 1), "plain");
            assertThat(rows.get(i).line()).isEqualTo(i + 2);
        }
    }

    @Test
    void skipsBlankLinesAndRowsOfEmptyFields() throws Exception {
        List<CsvRecord> rows = all("a,b\n\n1,2\n,\n \t, \n3,4\n\n");
        assertThat(rows).hasSize(2);
        assertThat(fields(rows.get(1))).containsExactly("3", "4");
        assertThat(rows.get(1).line()).isEqualTo(6);
    }

    @Test
    void detectsSemicolonAndTabDelimiters() throws Exception {
        assertThat(fields(all("email;name\na@b.co;\"x;y\"\n").get(0))).containsExactly("a@b.co", "x;y");
        assertThat(fields(all("email\tname\na@b.co\tAnn, Lee\n").get(0))).containsExactly("a@b.co", "Ann, Lee");
    }

    @Test
    void refusesFilesWithoutAUsableHeader() {
        assertThatThrownBy(() -> reader("").readHeader()).isInstanceOf(CsvHeaderException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reader(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, 100).readHeader())
                .hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> reader("email,Email\n").readHeader()).hasMessageContaining("'email' twice");
        assertThatThrownBy(() -> reader(new byte[] {'n', (byte) 0xE9, '\n'}, 100).readHeader())
                .hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> reader("id,\"note\n").readHeader()).hasMessageContaining("unterminated");
    }

    /** Random values, including every character CSV treats specially, survive a write by commons-csv and our read. */
    @Test
    void roundTripsRandomValuesWrittenByCommonsCsv() throws Exception {
        Random random = new Random(20260301L);
        String alphabet = "ab ,\"\n\r;\t'=+-@\u00e9\u20ac\uD83D\uDE00<>&\\x";
        for (int file = 0; file < 40; file++) {
            int columns = 1 + random.nextInt(6);
            List<List<String>> rows = new ArrayList<>();
            StringWriter out = new StringWriter();
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                header.add("c" + c);
            }
            printer.printRecord(header);
            for (int r = 0; r < 30; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    StringBuilder v = new StringBuilder();
                    int n = random.nextInt(8);
                    for (int k = 0; k < n; k++) {
                        int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                                random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                        v.appendCodePoint(cp);
                    }
                    row.add(v.toString());
                }
                if (row.stream().allMatch(String::isBlank)) {
                    row.set(0, "z");
                }
                // A field that is only blanks around a quote would be read back trimmed; keep values unambiguous.
                rows.add(row.stream().map(v -> v.strip().isEmpty() ? v.replace(" ", "_").replace("\t", "_") : v)
                        .toList());
                printer.printRecord(rows.get(rows.size() - 1));
            }
            printer.flush();
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            CsvReader reader = new CsvReader(new TricklingStream(bytes, random), CsvReader.DEFAULT_MAX_ROW_BYTES);
            List<CsvRecord> read = all(reader);
            assertThat(read).hasSize(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                List<String> expected = rows.get(r).stream().map(CsvReaderTest::normaliseBreaks).toList();
                List<String> actual = fields(read.get(r)).stream().map(CsvReaderTest::normaliseBreaks).toList();
                assertThat(actual).as("file %d row %d", file, r).isEqualTo(expected);
            }
            assertThat(reader.bytesRead()).isEqualTo(bytes.length);
        }
    }

    /** A lone CR inside a quoted field is kept as written; compare line breaks loosely. */
    private static String normaliseBreaks(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** However many single-line rows follow, one stray or unterminated quote costs exactly its own row. */
    @Test
    void oneBadQuoteCostsOneRowWhereverItIs() throws Exception {
        Random random = new Random(7L);
        for (int trial = 0; trial < 60; trial++) {
            int n = 5 + random.nextInt(60);
            int bad = random.nextInt(n);
            StringBuilder sb = new StringBuilder("id,name,city\n");
            for (int i = 0; i < n; i++) {
                String name = i % 3 == 0 ? "\"Lee, Ann\"" : "Ann";
                if (i == bad) {
                    name = random.nextBoolean() ? "\"Lee, Ann" : "Ann \"the\" Lee";
                }
                sb.append(i).append(',').append(name).append(",Paris\n");
            }
            List<CsvRecord> rows = all(reader(sb.toString().getBytes(StandardCharsets.UTF_8), 4096));
            assertThat(rows).as("trial %d", trial).hasSize(n);
            for (int i = 0; i < n; i++) {
                if (i == bad) {
                    assertThat(rows.get(i)).isInstanceOf(CsvRecord.Broken.class);
                }
                else {
                    assertThat(fields(rows.get(i)).get(0)).isEqualTo(String.valueOf(i));
                }
                assertThat(rows.get(i).line()).isEqualTo(i + 2);
            }
        }
    }

    /** Hands out bytes in random small pieces, as a network stream does. */
    private static final class TricklingStream extends FilterInputStream {

        private final Random random;

        TricklingStream(byte[] bytes, Random random) {
            super(new ByteArrayInputStream(bytes));
            this.random = random;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
        }
    }

    @Test
    void readsFromAStreamThatReturnsFewBytesAtATime() throws Exception {
        InputStream in = new TricklingStream("\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8), new Random(1));
        CsvReader r = new CsvReader(in);
        assertThat(r.readHeader().names()).containsExactly("a", "b");
        assertThat(fields(r.next())).containsExactly("1", "2");
    }
}
