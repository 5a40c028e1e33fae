package io.touchpoint.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@IntegrationTest
class CatalogIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void propertiesAndTouchpointsThroughTheApi() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 6);
        var p = api.post("/api/v1/properties", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "h-" + run, "name",
                "Harbour Hotel", "city", "Porto", "country", "PT", "timezone", "Europe/Lisbon")));
        assertThat(p.status()).isEqualTo(201);
        var t = api.post("/api/v1/touchpoints", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "checkin-" + run, "name",
                "Front desk check-in", "channel", "in_person", "phase", "during", "property", "h-" + run, "stage", "arrival")));
        assertThat(t.status()).isEqualTo(201);
        assertThat(t.json().get("stageKey").asString()).isEqualTo("arrival");
        assertThat(t.json().get("channel").asString()).isEqualTo("in_person");

        var dup = api.post("/api/v1/touchpoints", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "checkin-" + run, "name",
                "x", "channel", "web", "phase", "pre")));
        assertThat(dup.status()).isEqualTo(409);
        var bad = api.post("/api/v1/touchpoints", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "Bad Key!", "name", "",
                "channel", "carrier-pigeon", "phase", "sometime", "property", "nowhere")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("key");
        assertThat(bad.json().get("errors").toString()).contains("channel", "phase", "property", "name");

        var upd = api.put("/api/v1/touchpoints/checkin-" + run, Api.BOOTSTRAP_KEY, Api.json(Map.of("name",
                "Check-in desk", "channel", "kiosk", "phase", "during")));
        assertThat(upd.status()).isEqualTo(200);
        assertThat(upd.json().get("name").asString()).isEqualTo("Check-in desk");
        assertThat(api.get("/api/v1/touchpoints/checkin-" + run, Api.BOOTSTRAP_KEY).json().get("channel").asString())
                .isEqualTo("kiosk");
        assertThat(api.get("/api/v1/journey-stages", Api.BOOTSTRAP_KEY).body()).contains("arrival", "post-stay");
        // Events may now name the touchpoint and take its channel.
        var ev = api.post("/api/v1/events", Api.BOOTSTRAP_KEY, Api.json(Map.of("events", java.util.List.of(Map.of(
                "id", "tp-" + run, "type", "check_in", "occurredAt", "2026-02-02T15:00:00Z", "touchpoint", "checkin-" + run,
                "customer", Map.of("loyaltyId", "TP" + run))))));
        assertThat(ev.json().get("accepted").asInt()).isEqualTo(1);
    }
}
