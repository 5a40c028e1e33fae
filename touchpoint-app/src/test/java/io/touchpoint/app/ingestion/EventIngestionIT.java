package io.touchpoint.app.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class EventIngestionIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private static Map<String, Object> event(String id, String email, String occurredAt) {
        return Map.of("id", id, "type", "page_view", "occurredAt", occurredAt, "channel", "web",
                "customer", Map.of("email", email), "properties", Map.of("page", "/rooms"), "value", 1.5);
    }

    @Test
    void acceptsThenReportsReplayAsDuplicateAndStoresOnce() {
        String email = "Guest." + run + "@Example.com";
        String body = Api.json(Map.of("events", List.of(event("e1-" + run, email, "2026-03-01T10:00:00Z"),
                event("e2-" + run, " " + email.toLowerCase() + " ", "2026-03-01T11:00:00+01:00"))));
        var first = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, body);
        assertThat(first.status()).isEqualTo(200);
        JsonNode r = first.json();
        assertThat(r.get("accepted").asInt()).isEqualTo(2);
        long customer = r.get("results").get(0).get("customerId").asLong();
        assertThat(r.get("results").get(1).get("customerId").asLong()).as("normalised email matches").isEqualTo(customer);

        var replay = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, body);
        assertThat(replay.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(replay.json().get("results").get(0).get("status").asString()).isEqualTo("duplicate");

        var timeline = api.get("/api/v1/customers/" + customer + "/timeline", Api.BOOTSTRAP_KEY).json();
        assertThat(timeline.get("events")).hasSize(2);
        // Both events happened at the same instant (10:00Z), so the timeline may list them in either order.
        JsonNode e1 = null;
        for (JsonNode e : timeline.get("events")) {
            if (e.get("id").asString().equals("e1-" + run)) {
                e1 = e;
            }
        }
        assertThat(e1).as("e1 is on the timeline").isNotNull();
        assertThat(e1.get("properties").get("page").asString()).isEqualTo("/rooms");
    }

    @Test
    void rejectsBadEventsPerEventAndKeepsTheGoodOnes() {
        String email = "mixed." + run + "@example.com";
        List<Object> events = new ArrayList<>();
        events.add(event("ok-" + run, email, "2026-03-01T10:00:00Z"));
        events.add(Map.of("id", "bad-ts-" + run, "type", "x", "occurredAt", "yesterday", "channel", "web",
                "customer", Map.of("email", email)));
        events.add(Map.of("id", "bad-ch-" + run, "type", "x", "occurredAt", "2026-03-01T10:00:00Z", "channel", "pigeon",
                "customer", Map.of("email", email)));
        events.add(Map.of("id", "bad-tp-" + run, "type", "x", "occurredAt", "2026-03-01T10:00:00Z",
                "touchpoint", "no-such-touchpoint", "customer", Map.of("email", email)));
        events.add(Map.of("id", "bad-type-" + run, "type", "x", "occurredAt", "2026-03-01T10:00:00Z", "channel", "web",
                "value", "12", "customer", Map.of("email", email)));
        events.add(Map.of("id", "no-cust-" + run, "type", "x", "occurredAt", "2026-03-01T10:00:00Z", "channel", "web",
                "customer", Map.of()));
        events.add("not an object");
        var res = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, Api.json(Map.of("events", events)));
        assertThat(res.status()).isEqualTo(200);
        JsonNode r = res.json();
        assertThat(r.get("accepted").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").asInt()).isEqualTo(6);
        assertThat(r.get("results").get(1).get("field").asString()).isEqualTo("events[1].occurredAt");
        assertThat(r.get("results").get(2).get("field").asString()).isEqualTo("events[2].channel");
        assertThat(r.get("results").get(3).get("field").asString()).isEqualTo("events[3].touchpoint");
        assertThat(r.get("results").get(4).get("field").asString()).isEqualTo("events[4].value");
        assertThat(r.get("results").get(5).get("field").asString()).isEqualTo("events[5].customer");
        assertThat(r.get("results").get(1).get("reason").asString()).contains("ISO-8601");
    }

    @Test
    void answersProblemDetailsForMalformedAndOversizedBatches() {
        var malformed = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, "{\"events\": [ {\"id\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).contains("application/problem+json");
        assertThat(malformed.json().get("field").asString()).isEqualTo("body");

        var notArray = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, "{\"events\": 5}");
        assertThat(notArray.status()).isEqualTo(400);
        assertThat(notArray.json().get("field").asString()).isEqualTo("events");

        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(event("big-" + run + "-" + i, "big" + run + "@example.com", "2026-03-01T10:00:00Z"));
        }
        var tooMany = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, Api.json(Map.of("events", many)));
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.contentType()).contains("application/problem+json");
        assertThat(tooMany.json().get("field").asString()).isEqualTo("events");

        var allBad = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, Api.json(Map.of("events", List.of(
                Map.of("id", "allbad-" + run, "type", "x", "occurredAt", "2026-13-45", "channel", "web",
                        "customer", Map.of("email", "a@b.co"))))));
        assertThat(allBad.status()).isEqualTo(400);
        assertThat(allBad.json().get("field").asString()).isEqualTo("events[0].occurredAt");
    }

    @Test
    void refusesMissingAndUnknownKeys() {
        String body = Api.json(Map.of("events", List.of(event("k-" + run, "k" + run + "@example.com", "2026-03-01T10:00:00Z"))));
        var none = api.post("/api/v1/events", null, body);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).contains("application/problem+json");
        assertThat(api.post("/api/v1/events", "tp_nope_000", body).status()).isEqualTo(401);
    }
}
