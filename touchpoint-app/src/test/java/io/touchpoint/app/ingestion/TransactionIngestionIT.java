package io.touchpoint.app.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TransactionIngestionIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TouchpointCatalog catalog;
    Api api;
    String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Map<String, Object> stay(String id, String email) {
        Map<String, Object> t = new HashMap<>();
        t.put("id", id);
        t.put("kind", "stay");
        t.put("amount", 420.50);
        t.put("currency", "eur");
        t.put("occurredAt", "2026-03-04T11:00:00Z");
        t.put("startDate", "2026-03-01");
        t.put("endDate", "2026-03-04");
        t.put("items", List.of(Map.of("sku", "room-dbl", "nights", 3), Map.of("sku", "breakfast", "qty", 6)));
        t.put("customer", Map.of("email", email, "externalIds", Map.of("pms", "G-" + run)));
        return t;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        }
        else {
            copy.put(key, value);
        }
        return copy;
    }

    @Test
    void acceptsThenReportsReplayAsDuplicateAndStoresOnce() {
        String property = "hotel-" + run;
        catalog.createProperty(property, "Hotel " + run, "Lisbon", "PT", "Europe/Lisbon");
        Map<String, Object> stay = with(stay("tx1-" + run, "Stay." + run + "@Example.com"), "property", property);
        Map<String, Object> order = with(with(with(stay("tx2-" + run, "stay." + run + "@example.com"), "kind", "order"),
                "startDate", null), "endDate", null);
        String body = Api.json(Map.of("transactions", List.of(stay, order)));

        var first = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, body);
        assertThat(first.status()).isEqualTo(200);
        JsonNode r = first.json();
        assertThat(r.get("accepted").asInt()).isEqualTo(2);
        long customer = r.get("results").get(0).get("customerId").asLong();
        assertThat(r.get("results").get(1).get("customerId").asLong()).isEqualTo(customer);

        var replay = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, body);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(replay.json().get("results").get(0).get("status").asString()).isEqualTo("duplicate");

        JsonNode timeline = api.get("/api/v1/customers/" + customer + "/timeline?kind=transaction", Api.BOOTSTRAP_KEY)
                .json().get("events");
        assertThat(timeline).hasSize(2);
        JsonNode storedStay = timeline.get(0).get("id").asString().equals("tx1-" + run) ? timeline.get(0)
                : timeline.get(1);
        assertThat(storedStay.get("currency").asString()).isEqualTo("EUR");
        assertThat(storedStay.get("property").asString()).isEqualTo(property);
        assertThat(storedStay.get("value").decimalValue()).isEqualByComparingTo("420.50");
        assertThat(storedStay.get("properties").get(0).get("sku").asString()).isEqualTo("room-dbl");

        JsonNode profile = api.get("/api/v1/customers/" + customer, Api.BOOTSTRAP_KEY).json();
        assertThat(profile.get("figures").get("stays").asInt()).isEqualTo(1);
        assertThat(profile.get("figures").get("nights").asInt()).isEqualTo(3);
    }

    @Test
    void rejectsBadTransactionsOneByOneAndKeepsTheGoodOnes() {
        String email = "mixed." + run + "@example.com";
        Map<String, Object> ok = stay("ok-" + run, email);
        List<Object> txs = new ArrayList<>();
        txs.add(ok);
        txs.add(with(stay("kind-" + run, email), "kind", "gift"));
        txs.add(with(stay("amount-" + run, email), "amount", "12.00"));
        txs.add(with(stay("negative-" + run, email), "amount", -5));
        txs.add(with(stay("cents-" + run, email), "amount", 1.005));
        txs.add(with(stay("currency-" + run, email), "currency", "EURO"));
        txs.add(with(stay("xxx-" + run, email), "currency", "XYZ"));
        txs.add(with(stay("dates-" + run, email), "endDate", "2026-02-01"));
        txs.add(with(stay("property-" + run, email), "property", "no-such-hotel"));
        txs.add(with(stay("items-" + run, email), "items", Map.of("sku", "x")));
        txs.add(with(stay("when-" + run, email), "occurredAt", "2026-03-04"));
        txs.add(with(stay("nobody-" + run, email), "customer", Map.of()));
        txs.add(with(stay(null, email), "id", null));
        txs.add(with(stay("amountless-" + run, email), "amount", null));
        var res = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, Api.json(Map.of("transactions", txs)));
        assertThat(res.status()).isEqualTo(200);
        JsonNode r = res.json();
        assertThat(r.get("accepted").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").asInt()).isEqualTo(txs.size() - 1);
        List<String> fields = new ArrayList<>();
        r.get("results").forEach(x -> fields.add(x.has("field") ? x.get("field").asString() : null));
        assertThat(fields).containsExactly(null, "transactions[1].kind", "transactions[2].amount",
                "transactions[3].amount", "transactions[4].amount", "transactions[5].currency",
                "transactions[6].currency", "transactions[7].endDate", "transactions[8].property",
                "transactions[9].items", "transactions[10].occurredAt", "transactions[11].customer",
                "transactions[12].id", "transactions[13].amount");
        assertThat(r.get("results").get(1).get("reason").asString()).contains("booking, stay, order");
        assertThat(r.get("results").get(3).get("reason").asString()).contains("refund");
        assertThat(r.get("results").get(13).get("reason").asString()).contains("required");
    }

    @Test
    void answersProblemDetailsForOversizedAndAllRejectedBatches() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(stay("big-" + run + "-" + i, "big" + run + "@example.com"));
        }
        var tooMany = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, Api.json(Map.of("transactions", many)));
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.contentType()).contains("application/problem+json");
        assertThat(tooMany.json().get("field").asString()).isEqualTo("transactions");

        var allBad = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, Api.json(Map.of("transactions",
                List.of(with(stay("allbad-" + run, "a@b.co"), "currency", "12")))));
        assertThat(allBad.status()).isEqualTo(400);
        assertThat(allBad.contentType()).contains("application/problem+json");
        assertThat(allBad.json().get("field").asString()).isEqualTo("transactions[0].currency");

        var notArray = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, "{\"transactions\": {}}");
        assertThat(notArray.status()).isEqualTo(400);
        assertThat(notArray.json().get("field").asString()).isEqualTo("transactions");
    }

    @Test
    void storesHostileTextAsWritten() {
        String hostile = "<script>alert('x')</script>\"; drop table customer; --" + run;
        Map<String, Object> t = with(stay(hostile, "hostile." + run + "@example.com"), "items",
                List.of(Map.of("note", "=HYPERLINK(\"http://evil\")", "html", "<img src=x onerror=alert(1)>")));
        var res = api.post("/api/v1/transactions", Api.BOOTSTRAP_KEY, Api.json(Map.of("transactions", List.of(t))));
        assertThat(res.status()).isEqualTo(200);
        long customer = res.json().get("results").get(0).get("customerId").asLong();
        JsonNode stored = api.get("/api/v1/customers/" + customer + "/timeline", Api.BOOTSTRAP_KEY).json()
                .get("events").get(0);
        assertThat(stored.get("id").asString()).isEqualTo(hostile);
        assertThat(stored.get("properties").get(0).get("html").asString()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void needsTheIngestScope() {
        String body = Api.json(Map.of("transactions", List.of(stay("k-" + run, "k" + run + "@example.com"))));
        assertThat(api.post("/api/v1/transactions", null, body).status()).isEqualTo(401);
    }
}
