package io.touchpoint.app.ingestion.imports;

import static io.touchpoint.app.ingestion.imports.ImportClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.ApiScope;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ImportApiIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TouchpointCatalog catalog;
    @Autowired
    ApiKeys keys;
    ImportClient client;
    Api api;
    String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        client = new ImportClient(port);
        api = new Api(port);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private long customerByEmail(String email) {
        JsonNode found = api.get("/api/v1/customers?email=" + email, Api.BOOTSTRAP_KEY).json();
        assertThat(found.get("count").asInt()).as("customers with %s", email).isEqualTo(1);
        return found.get("customers").get(0).get("id").asLong();
    }

    private List<JsonNode> timeline(long customer, String kind) {
        List<JsonNode> out = new ArrayList<>();
        api.get("/api/v1/customers/" + customer + "/timeline?limit=1000&kind=" + kind, Api.BOOTSTRAP_KEY).json()
                .get("events").forEach(out::add);
        return out;
    }

    private static JsonNode byId(List<JsonNode> entries, String id) {
        return entries.stream().filter(e -> e.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static Map<Long, List<String>> byLine(List<CSVRecord> report) {
        Map<Long, List<String>> out = new java.util.TreeMap<>();
        for (CSVRecord r : report) {
            out.computeIfAbsent(Long.parseLong(r.get("row")), k -> new ArrayList<>())
                    .add(r.get("field") + ": " + r.get("message"));
        }
        return out;
    }

    /** The transactions file of several tests: good rows among every kind of bad one. */
    private byte[] messyTransactions(String property, String email) {
        String ok = ",EUR,2026-03-04T11:00:00Z,,,,," + email + ",";
        return concat(
                bytes(line("id", "kind", "amount", "currency", "occurred_at", "start_date", "end_date", "property",
                        "items", "email", "notes")),
                /* 2 */ bytes(line("t1-" + run, "stay", "420.50", "EUR", "2026-03-04T11:00:00Z", "2026-03-01",
                        "2026-03-04", property, "\"[{\"\"sku\"\":\"\"room\"\",\"\"nights\"\":3}]\"", email, "vip")),
                /* 3 */ bytes(line("t2-" + run, "order", "12.00", "eur", "2026-03-04 20:15:00+01:00", "", "", "", "",
                        email.toUpperCase(), "")),
                /* 4 */ bytes("t3-" + run + ",stay,abc" + ok + "\n"),
                /* 5 */ bytes("t4-" + run + ",stay,10,EURO,2026-03-04T11:00:00Z,,,,," + email + ",\n"),
                /* 6 */ bytes("t5-" + run + ",stay,10" + ",EUR,2026-03-04T11:00:00Z,,,,,\"" + email + ",open\n"),
                /* 7 */ "t6-".getBytes(StandardCharsets.UTF_8),
                run.getBytes(StandardCharsets.UTF_8),
                ",order,5,EUR,2026-03-04T11:00:00Z,,,,,Ren\u00e9@example.com,\n".getBytes(StandardCharsets.ISO_8859_1),
                /* 8 */ bytes("t7-" + run + ",order,5" + ok + ",extra\n"),
                /* 9 */ bytes("t1-" + run + ",stay,420.50" + ok + "\n"),
                /* 10 */ bytes("t8-" + run + ",order,5,EUR,2026-03-04T11:00:00Z,,,,," + email + ",5\" tall\n"),
                /* 11 */ bytes("=cmd|' /C calc'!A0,order,-5" + ok + "\n"),
                /* 12 */ bytes("<script>alert(1)</script>-" + run + ",order,7" + ok + "\n"),
                /* 13 */ bytes("t9-" + run + ",refund,5,EUR,2026-03-05T11:00:00Z,,,,,,\n"),
                /* 14 */ bytes("t10-" + run + ",booking,100,EUR,2026-03-04T11:00:00Z,2026-05-01,2026-05-03,,,"
                        + email + ",\n"));
    }

    @Test
    void importsTransactionsKeepingGoodRowsAndReportingEachBadOne() throws Exception {
        String property = "csv-hotel-" + run;
        catalog.createProperty(property, "CSV Hotel", "Porto", "PT", "Europe/Lisbon");
        String email = "ann." + run + "@example.com";
        byte[] file = messyTransactions(property, email);

        Api.Response accepted = client.multipart("transactions", "bookings.csv", file, Api.BOOTSTRAP_KEY);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode job = accepted.json();
        long id = job.get("id").asLong();
        assertThat(job.get("status").asString()).isIn("queued", "running", "completed");
        assertThat(job.get("links").get("errors").asString()).isEqualTo("/api/v1/imports/" + id + "/errors");
        assertThat(job.get("warnings").get(0).asString()).isEqualTo("unknown column ignored: notes");
        assertThat(job.get("totalBytes").asLong()).isEqualTo(file.length);

        JsonNode done = client.awaitFinished(id);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("rowsRead").asLong()).isEqualTo(13);
        assertThat(done.get("rowsOk").asLong()).isEqualTo(4);
        assertThat(done.get("rowsDuplicate").asLong()).isEqualTo(1);
        assertThat(done.get("rowsFailed").asLong()).isEqualTo(8);
        assertThat(done.get("readBytes").asLong()).isEqualTo(file.length);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("lastLine").asLong()).isEqualTo(14);

        Map<Long, List<String>> report = byLine(client.errors(id));
        assertThat(report.keySet()).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 13L);
        assertThat(report.get(4L)).singleElement().asString().startsWith("amount: not a number");
        assertThat(report.get(5L)).singleElement().asString().startsWith("currency: not an ISO 4217");
        assertThat(report.get(6L)).singleElement().asString().startsWith("email: unterminated quoted field");
        assertThat(report.get(7L)).singleElement().asString().startsWith("email: not valid UTF-8 (byte 0xE9)");
        assertThat(report.get(8L)).singleElement().asString()
                .isEqualTo(": expected 11 fields as in the header, found 12");
        assertThat(report.get(9L)).singleElement().asString().startsWith("id: duplicate: id 't1-" + run + "'");
        assertThat(report.get(10L)).singleElement().asString().startsWith("notes: stray quote");
        assertThat(report.get(11L)).singleElement().asString().startsWith("amount: must not be negative");
        assertThat(report.get(13L)).singleElement().asString().startsWith("email: no identifier");

        List<CSVRecord> raw = client.errors(id);
        CSVRecord formula = raw.stream().filter(r -> r.get("row").equals("11")).findFirst().orElseThrow();
        assertThat(formula.get("raw")).as("formulas are defused in the report").startsWith("'=cmd|");
        CSVRecord latin = raw.stream().filter(r -> r.get("row").equals("7")).findFirst().orElseThrow();
        assertThat(latin.get("raw")).contains("Ren\uFFFD@example.com");

        long customer = customerByEmail(email);
        List<JsonNode> stored = timeline(customer, "transaction");
        assertThat(stored).extracting(t -> t.get("id").asString()).containsExactlyInAnyOrder("t1-" + run, "t2-" + run,
                "<script>alert(1)</script>-" + run, "t10-" + run);
        JsonNode stay = byId(stored, "t1-" + run);
        assertThat(stay.get("property").asString()).isEqualTo(property);
        assertThat(stay.get("properties").get(0).get("nights").asInt()).isEqualTo(3);
        assertThat(stay.get("source").asString()).isEqualTo("import:" + id);
        JsonNode order = byId(stored, "t2-" + run);
        assertThat(order.get("occurredAt").asString()).isEqualTo("2026-03-04T19:15:00Z");
        assertThat(order.get("currency").asString()).isEqualTo("EUR");

        // The same file again: everything that was stored is now a duplicate, and nothing is stored twice.
        Api.Response again = client.raw("transactions", "bookings.csv", file, Api.BOOTSTRAP_KEY);
        assertThat(again.status()).isEqualTo(202);
        JsonNode replay = client.awaitFinished(again.json().get("id").asLong());
        assertThat(replay.get("rowsOk").asLong()).isZero();
        assertThat(replay.get("rowsDuplicate").asLong()).isEqualTo(5);
        assertThat(replay.get("rowsFailed").asLong()).isEqualTo(8);
        assertThat(timeline(customer, "transaction")).hasSize(4);
    }

    @Test
    void importsInteractionsSentAsTextCsvWithSemicolonsBomAndCrlf() throws Exception {
        String touchpoint = "desk-" + run;
        catalog.create(new TouchpointDraft(touchpoint, "Front desk", "in_person", "during", null, null, true, null));
        String phone = "+44 20 7946 " + (1000 + new Random().nextInt(8999));
        String local = "0" + phone.substring(4);
        String csv = "\uFEFFID;Type;Occurred_At;Channel;Touchpoint;Value;Prop_Page;Prop_Note;Phone\r\n"
                + "i1-" + run + ";page_view;2026-03-01T10:00:00Z;web;;1.5;/rooms;;" + phone + "\r\n"
                + "i2-" + run + ";check_in;2026-03-01T15:00:00Z;;" + touchpoint + ";;;\"late; \"\"tired\"\"\";" + local
                + "\r\n"
                + "i3-" + run + ";x;2026-03-01T15:00:00Z;pigeon;;;;;" + phone + "\r\n"
                + "i4-" + run + ";x;2026-03-01T15:00:00Z;;no-such-touchpoint;;;;" + phone + "\r\n"
                + "i5-" + run + ";x;2026-03-01T15:00:00Z;web;;lots;;;" + phone + "\r\n"
                + "i6-" + run + ";x;2999-01-01T00:00:00Z;web;;;;;" + phone + "\r\n"
                + "i7-" + run + ";x;2026-03-01T15:00:00Z;web;;;;;not a phone\r\n";
        Api.Response accepted = client.raw("interactions", "visits.csv", bytes(csv), Api.BOOTSTRAP_KEY);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long id = accepted.json().get("id").asLong();
        JsonNode done = client.awaitFinished(id);
        assertThat(done.get("rowsOk").asLong()).isEqualTo(2);
        assertThat(done.get("rowsFailed").asLong()).isEqualTo(5);
        assertThat(done.get("warnings")).isEmpty();

        Map<Long, List<String>> report = byLine(client.errors(id));
        assertThat(report.get(4L)).singleElement().asString().startsWith("channel: unknown channel 'pigeon'");
        assertThat(report.get(5L)).singleElement().asString().startsWith("touchpoint: unknown touchpoint");
        assertThat(report.get(6L)).singleElement().asString().startsWith("value: not a number");
        assertThat(report.get(7L)).singleElement().asString().startsWith("occurred_at: out of range");
        assertThat(report.get(8L)).singleElement().asString().startsWith("phone: not a");

        JsonNode found = api.get("/api/v1/customers?phone=" + java.net.URLEncoder.encode(phone, StandardCharsets.UTF_8),
                Api.BOOTSTRAP_KEY).json();
        long customer = found.get("customers").get(0).get("id").asLong();
        List<JsonNode> events = timeline(customer, "event");
        JsonNode view = byId(events, "i1-" + run);
        assertThat(view.get("properties").get("page").asString()).isEqualTo("/rooms");
        assertThat(view.get("value").decimalValue()).isEqualByComparingTo("1.5");
        JsonNode checkIn = byId(events, "i2-" + run);
        assertThat(checkIn.get("channel").asString()).as("channel from the touchpoint").isEqualTo("in_person");
        assertThat(checkIn.get("touchpoint").asString()).isEqualTo(touchpoint);
        assertThat(checkIn.get("properties").get("note").asString()).isEqualTo("late; \"tired\"");
    }

    @Test
    void importsCustomersWithConsentsPreferencesAndTypedAttributes() throws Exception {
        String e1 = "cust1." + run + "@example.com";
        String csv = line("Email", "First_Name", "last_name", "birth_year", "ethnicity", "consent_ethnicity",
                "consent_email_marketing", "pref_pillow", "attr_vip:boolean", "attr_tier", "attr_since:date",
                "loyalty_id", "shoe_size")
                + line(e1, "Ann", "Lee", "1985", "Asian", "granted", "Granted", "soft", "yes", "gold", "2020-01-31", "",
                        "42")
                + line("cust2." + run + "@example.com", "Bob", "<b>Bold</b>", "1890", "", "", "", "", "", "", "", "",
                        "")
                + line("cust3." + run + "@example.com", "Cy", "", "", "", "", "denied", "", "maybe", "", "", "", "")
                + line("cust4." + run + "@example.com", "Di", "O'Neil", "", "Other", "", "", "", "", "", "",
                        "l-" + run + " 4", "")
                + line("", "", "", "", "", "", "", "", "", "", "", "", "")
                + line("cust5." + run + "@example.com", "\"Eve \"\"The Great\"\"\"", "", "", "", "", "revoked", "",
                        "no", "", "2021-13-01", "", "")
                + line("cust6." + run + "@example.com", "<img src=x onerror=alert(1)>", "", "", "", "", "maybe", "",
                        "", "", "", "", "");
        Api.Response accepted = client.multipart("customers", "guests.csv", bytes(csv), Api.BOOTSTRAP_KEY);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("warnings").get(0).asString()).isEqualTo("unknown column ignored: shoe_size");
        long id = accepted.json().get("id").asLong();
        JsonNode done = client.awaitFinished(id);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("rowsRead").asLong()).as("the blank row is skipped").isEqualTo(6);
        assertThat(done.get("rowsOk").asLong()).isEqualTo(2);
        assertThat(done.get("rowsFailed").asLong()).isEqualTo(4);
        Map<Long, List<String>> report = byLine(client.errors(id));
        assertThat(report.get(3L)).singleElement().asString().startsWith("birth_year: a year between 1900");
        assertThat(report.get(4L)).singleElement().asString()
                .isEqualTo("attr_vip:boolean: not a valid boolean (true/false)");
        assertThat(report.get(7L)).singleElement().asString().isEqualTo("attr_since:date: not a valid date");
        assertThat(report.get(8L)).singleElement().asString()
                .isEqualTo("consent_email_marketing: use granted, denied or revoked");

        JsonNode ann = api.get("/api/v1/customers/" + customerByEmail(e1), Api.BOOTSTRAP_KEY).json();
        assertThat(ann.get("details").get("firstName").asString()).isEqualTo("Ann");
        assertThat(ann.get("details").get("birthYear").asInt()).isEqualTo(1985);
        assertThat(ann.get("details").get("ethnicity").asString()).as("stored: consent granted in the same row")
                .isEqualTo("Asian");
        Map<String, String> consents = new java.util.HashMap<>();
        ann.get("consents").forEach(c -> consents.put(c.get("purpose").asString(), c.get("status").asString()));
        assertThat(consents).containsEntry("ethnicity", "granted").containsEntry("email_marketing", "granted");
        assertThat(ann.get("preferences").get(0).get("key").asString()).isEqualTo("pillow");
        assertThat(ann.get("preferences").get(0).get("value").asString()).isEqualTo("soft");
        Map<String, String> attributes = new java.util.HashMap<>();
        ann.get("attributes").forEach(a -> attributes.put(a.get("name").asString() + ":" + a.get("type").asString(),
                a.get("value").asString()));
        assertThat(attributes).containsExactlyInAnyOrderEntriesOf(Map.of("vip:boolean", "true", "tier:string", "gold",
                "since:date", "2020-01-31"));

        JsonNode di = api.get("/api/v1/customers/" + customerByEmail("cust4." + run + "@example.com"),
                Api.BOOTSTRAP_KEY).json();
        assertThat(di.get("details").get("lastName").asString()).isEqualTo("O'Neil");
        JsonNode ethnicity = di.get("details").get("ethnicity");
        assertThat(ethnicity == null || ethnicity.isNull()).as("no consent, not stored").isTrue();
        List<String> identities = new ArrayList<>();
        di.get("identities").forEach(i -> identities.add(i.get("type").asString() + "=" + i.get("value").asString()));
        assertThat(identities).contains("loyalty=" + ("L-" + run + "4").toUpperCase().replace("-", ""));
    }

    @Test
    void failsAtOnceNamingMissingColumnsAndKeepsTheFailedJob() {
        Api.Response r = client.multipart("transactions", "short.csv", bytes("id,kind,email\nx,stay,a@b.co\n"),
                Api.BOOTSTRAP_KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        JsonNode pd = r.json();
        assertThat(pd.get("field").asString()).isEqualTo("file");
        assertThat(pd.get("detail").asString()).isEqualTo("missing required columns: amount, currency, occurred_at");
        long id = pd.get("job").get("id").asLong();
        JsonNode job = client.get("/api/v1/imports/" + id, Api.BOOTSTRAP_KEY).json();
        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("message").asString()).contains("amount, currency, occurred_at");

        Api.Response noIdentifier = client.raw("interactions", null, bytes("id,type,occurred_at,channel\n"),
                Api.BOOTSTRAP_KEY);
        assertThat(noIdentifier.status()).isEqualTo(400);
        assertThat(noIdentifier.json().get("detail").asString()).isEqualTo(
                "missing required column: one of email, phone, loyalty_id or external_source + external_id");

        Api.Response badColumns = client.raw("customers", null, bytes("email,attr_score:money,consent_\n"),
                Api.BOOTSTRAP_KEY);
        assertThat(badColumns.status()).isEqualTo(400);
        assertThat(badColumns.json().get("detail").asString()).contains("unknown attribute type 'money'")
                .contains("'consent_'");

        byte[] utf16 = "email\nx@y.co\n".getBytes(StandardCharsets.UTF_16LE);
        Api.Response wide = client.raw("customers", null, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16),
                Api.BOOTSTRAP_KEY);
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.json().get("detail").asString()).contains("UTF-16");
    }

    @Test
    void refusesEmptyUnknownAndUnauthorisedUploads() {
        Api.Response empty = client.raw("customers", "empty.csv", new byte[0], Api.BOOTSTRAP_KEY);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("file");

        Api.Response kind = client.raw("guests", null, bytes("email\na@b.co\n"), Api.BOOTSTRAP_KEY);
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("field").asString()).isEqualTo("kind");

        assertThat(client.raw("customers", null, bytes("email\na@b.co\n"), null).status()).isEqualTo(401);
        String reader = keys.create("reader-" + run, Set.of(ApiScope.READ), "it").secret();
        assertThat(client.raw("customers", null, bytes("email\na@b.co\n"), reader).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/imports", reader).status()).isEqualTo(200);

        Api.Response missing = client.get("/api/v1/imports/987654321", Api.BOOTSTRAP_KEY);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(client.get("/api/v1/imports/987654321/errors", Api.BOOTSTRAP_KEY).status()).isEqualTo(404);
    }

    @Test
    void refusesABodyOverTheLimitBeforeReadingIt() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports/customers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Api.BOOTSTRAP_KEY + "\r\nContent-Type: text/csv\r\nContent-Length: 3000000000\r\n\r\nemail\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void keepsHostileFileNamesAndTextAsWritten() {
        String name = "<img src=x onerror=alert(1)>.csv";
        String email = "hostile." + run + "@example.com";
        String csv = line("email", "first_name") + line(email, "<script>alert('hi')</script>");
        Api.Response r = client.raw("customers", name, bytes(csv), Api.BOOTSTRAP_KEY);
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().get("fileName").asString()).isEqualTo(name);
        assertThat(client.awaitFinished(r.json().get("id").asLong()).get("rowsOk").asLong()).isEqualTo(1);
        JsonNode profile = api.get("/api/v1/customers/" + customerByEmail(email), Api.BOOTSTRAP_KEY).json();
        assertThat(profile.get("details").get("firstName").asString()).isEqualTo("<script>alert('hi')</script>");
    }

    /** Several batches: progress reaches the whole file, and rows on both sides of batch boundaries are kept. */
    @Test
    void importsAFileOfSeveralBatches() throws Exception {
        StringBuilder csv = new StringBuilder("id,type,occurred_at,channel,email,prop_n\n");
        int rows = 2_600;
        for (int i = 0; i < rows; i++) {
            if (i % 500 == 499) {
                csv.append("bad-").append(run).append('-').append(i).append(",visit,not a time,web,many.").append(run)
                        .append("@example.com,").append(i).append('\n');
            }
            else {
                csv.append("many-").append(run).append('-').append(i).append(",visit,2026-02-01T10:00:00Z,web,many.")
                        .append(i % 7).append('.').append(run).append("@example.com,").append(i).append('\n');
            }
        }
        byte[] file = bytes(csv.toString());
        Api.Response r = client.multipart("interactions", "many.csv", file, Api.BOOTSTRAP_KEY);
        assertThat(r.status()).isEqualTo(202);
        JsonNode done = client.awaitFinished(r.json().get("id").asLong());
        assertThat(done.get("rowsRead").asLong()).isEqualTo(rows);
        assertThat(done.get("rowsOk").asLong()).isEqualTo(rows - 5);
        assertThat(done.get("rowsFailed").asLong()).isEqualTo(5);
        assertThat(done.get("readBytes").asLong()).isEqualTo(file.length);
        assertThat(done.get("lastLine").asLong()).isEqualTo(rows + 1);
        assertThat(byLine(client.errors(done.get("id").asLong())).keySet()).containsExactly(501L, 1001L, 1501L, 2001L,
                2501L);
        long customer = customerByEmail("many.3." + run + "@example.com");
        assertThat(timeline(customer, "event")).hasSize((int) java.util.stream.IntStream.range(0, rows)
                .filter(i -> i % 7 == 3 && i % 500 != 499).count());
    }
}
