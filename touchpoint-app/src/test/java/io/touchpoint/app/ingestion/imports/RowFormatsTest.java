package io.touchpoint.app.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Phase;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.customer.NewTransaction;
import io.touchpoint.app.ingestion.RecordProblems;
import io.touchpoint.app.ingestion.csv.CsvHeader;
import io.touchpoint.app.ingestion.csv.CsvRecord;
import io.touchpoint.app.ingestion.records.FieldNames;
import io.touchpoint.app.ingestion.records.RecordContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header checks and row parsing of the three import formats, without a database. */
class RowFormatsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final RecordContext CTX = new RecordContext(NOW, "import:1", FieldNames.CSV,
            key -> Optional.ofNullable(Map.of("lisbon", 7L).get(key.toLowerCase(Locale.ROOT))),
            key -> key.equals("desk") ? Optional.of(new Touchpoint(3, "desk", "Front desk", Channel.IN_PERSON,
                    Phase.DURING, "lisbon", null, true, null)) : Optional.empty(),
            key -> Optional.empty());

    private static CsvHeader header(String... names) {
        return new CsvHeader(Arrays.asList(names), ',');
    }

    private static CsvRecord.Row row(String... cells) {
        return new CsvRecord.Row(2, Arrays.asList(cells), String.join(",", cells));
    }

    private static TransactionRows transactions(CsvHeader h) throws ImportFormatException {
        return new TransactionRows(h, CTX, "GB", null);
    }

    private static InteractionRows interactions(CsvHeader h) throws ImportFormatException {
        return new InteractionRows(h, CTX, "GB", null);
    }

    private static CustomerRows customers(CsvHeader h) throws ImportFormatException {
        return new CustomerRows(h, NOW, "import:1", "GB", null, null);
    }

    private static List<String> problems(RecordProblems p) {
        return p.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void namesEveryMissingColumnAtOnce() {
        assertThatThrownBy(() -> transactions(header("id", "amount")))
                .hasMessage("missing required columns: kind, currency, occurred_at, " + IdentifierColumns.ANY);
        assertThatThrownBy(() -> interactions(header("id", "type", "occurred_at", "email")))
                .hasMessage("missing required column: channel or touchpoint");
        assertThatThrownBy(() -> customers(header("first_name", "last_name")))
                .hasMessage("missing required column: " + IdentifierColumns.ANY);
        assertThatThrownBy(() -> customers(header("external_id")))
                .hasMessage("missing required column: external_source (with external_id)");
    }

    @Test
    void refusesMalformedSpecialColumns() {
        assertThatThrownBy(() -> customers(header("email", "attr_score:money", "attr_bad name", "consent_", "pref_")))
                .hasMessageContaining("'attr_score:money': unknown attribute type 'money'")
                .hasMessageContaining("'attr_bad name': the attribute name")
                .hasMessageContaining("'consent_': the consent purpose")
                .hasMessageContaining("'pref_': the preference name");
        assertThatThrownBy(() -> interactions(header("id", "type", "occurred_at", "channel", "email", "prop_")))
                .hasMessageContaining("needs a property name");
    }

    @Test
    void warnsAboutColumnsItDoesNotKnow() throws Exception {
        assertThat(customers(header("email", "shoe_size", "", "notes")).warnings())
                .containsExactly("unknown columns ignored: shoe_size, notes", "column 3 has no name and was ignored");
        assertThat(transactions(header("id", "kind", "amount", "currency", "occurred_at", "phone")).warnings())
                .isEmpty();
    }

    @Test
    void parsesATransactionRow() throws Exception {
        TransactionRows f = transactions(header("id", "kind", "amount", "currency", "occurred_at", "start_date",
                "end_date", "property", "items", "email", "loyalty_id"));
        RecordProblems p = new RecordProblems("");
        NewTransaction t = f.parse(row(" t-1 ", "Stay", "420.5", "eur", "2026-03-04 11:00:00+01:00", "2026-03-01",
                "2026-03-04", "LISBON", "[{\"sku\": \"room\"}]", "Ann@Example.com", "l-1 2"), p);
        assertThat(problems(p)).isEmpty();
        assertThat(t.clientId()).isEqualTo("t-1");
        assertThat(t.kind()).isEqualTo("stay");
        assertThat(t.amount()).isEqualByComparingTo("420.50");
        assertThat(t.currency()).isEqualTo("EUR");
        assertThat(t.occurredAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
        assertThat(t.startDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(t.propertyId()).isEqualTo(7L);
        assertThat(t.itemsJson()).isEqualTo("[{\"sku\":\"room\"}]");
        assertThat(t.source()).isEqualTo("import:1");
        assertThat(t.customer().identifiers()).containsExactly(Identifier.email("ann@example.com"),
                Identifier.loyalty("L12"));
    }

    @Test
    void reportsEveryProblemOfATransactionRowByColumn() throws Exception {
        TransactionRows f = transactions(header("id", "kind", "amount", "currency", "occurred_at", "start_date",
                "end_date", "property", "items", "email", "external_source", "external_id"));
        RecordProblems p = new RecordProblems("");
        assertThat(f.parse(row("", "gift", "1,5", "EURO", "yesterday", "2026-03-05", "2026-03-01", "porto",
                "{\"sku\":1}", "not-an-email", "", "G-1"), p)).isNull();
        assertThat(problems(p)).containsExactly(
                "amount: not a number; write digits with '.' as the decimal separator, e.g. 1234.50",
                "items: must be a JSON array, e.g. [{\"sku\":\"room\",\"qty\":2}]",
                "id: required",
                "kind: unknown kind 'gift'; use one of booking, stay, order, cancellation, refund",
                "currency: not an ISO 4217 currency code, e.g. EUR",
                "occurred_at: not an ISO-8601 timestamp with offset, e.g. 2026-03-01T14:30:00Z",
                "end_date: must not be before start_date",
                "property: unknown property 'porto'",
                "external_source: required with external_id: the system the id comes from, e.g. pms");
    }

    @Test
    void parsesAnInteractionRowWithPropertiesAndATouchpointForChannel() throws Exception {
        InteractionRows f = interactions(header("id", "type", "occurred_at", "touchpoint", "channel", "value",
                "prop_room", "prop_note", "phone", "external_source", "external_id"));
        RecordProblems p = new RecordProblems("");
        NewEvent e = f.parse(row("i-1", "check_in", "2026-03-01T15:00:00Z", "desk", "", "2", "204",
                "<b>\"late\"</b>", "020 7946 0018", "PMS", "G-7"), p);
        assertThat(problems(p)).isEmpty();
        assertThat(e.channel()).isEqualTo("in_person");
        assertThat(e.touchpointId()).isEqualTo(3L);
        assertThat(e.propertiesJson()).isEqualTo("{\"room\":\"204\",\"note\":\"<b>\\\"late\\\"</b>\"}");
        assertThat(e.customer().identifiers()).containsExactly(Identifier.phone("+442079460018", null),
                Identifier.external("pms", "G-7"));

        RecordProblems q = new RecordProblems("");
        assertThat(f.parse(row("i-2", "x", "2026-03-01T15:00:00Z", "", "", "", "", "", "", "", ""), q)).isNull();
        assertThat(problems(q)).containsExactly("channel: required (or give a touchpoint)",
                "phone: no identifier: fill in " + IdentifierColumns.ANY);
    }

    @Test
    void parsesACustomerRow() throws Exception {
        CustomerRows f = customers(header("email", "first_name", "birth_year", "ethnicity", "consent_ethnicity",
                "consent_email_marketing", "pref_pillow", "attr_vip:boolean", "attr_since:date", "attr_tier",
                "loyalty_id"));
        RecordProblems p = new RecordProblems("");
        CustomerRows.CustomerRow c = f.parse(row("ann@example.com", " Ann ", "1985", "Asian", "GRANTED", "", "soft",
                "Yes", "2020-01-31", "gold", ""), p);
        assertThat(problems(p)).isEmpty();
        assertThat(c.details().firstName()).isEqualTo("Ann");
        assertThat(c.details().birthYear()).isEqualTo(1985);
        assertThat(c.details().ethnicity()).isEqualTo("Asian");
        assertThat(c.consents()).containsExactly(new CustomerRows.Consent("ethnicity", "granted"));
        assertThat(c.preferences()).containsExactly(new CustomerRows.Setting("pillow", null, "soft"));
        assertThat(c.attributes()).containsExactly(new CustomerRows.Setting("vip", "boolean", "true"),
                new CustomerRows.Setting("since", "date", "2020-01-31"),
                new CustomerRows.Setting("tier", "string", "gold"));

        RecordProblems q = new RecordProblems("");
        assertThat(f.parse(row("ann@example.com", "", "2031", "", "maybe", "", "", "perhaps", "31/01/2020", "", "-"),
                q)).isNull();
        assertThat(problems(q)).containsExactly("birth_year: a year between 1900 and 2026",
                "consent_ethnicity: use granted, denied or revoked",
                "attr_vip:boolean: not a valid boolean (true/false)", "attr_since:date: not a valid date",
                "loyalty_id: loyalty number must be 1-64 characters");
    }
}
