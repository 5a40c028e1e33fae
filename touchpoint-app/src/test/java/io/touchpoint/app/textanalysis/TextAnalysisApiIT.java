package io.touchpoint.app.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.ApiScope;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TextAnalysisApiIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeys keys;
    @Autowired
    TextInsights insights;

    @Test
    void machineClientsReadStoredAnalysesAndAnalyseAnyText() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Api api = new Api(port);
        String reader = keys.create("text reader " + run, EnumSet.of(ApiScope.READ), "test").secret();
        var posted = api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, Api.json(Map.of("items", List.of(Map.of(
                "id", "api-" + run, "source", "google", "occurredAt", "2026-03-15T10:00:00Z", "rating", 2,
                "text", "The breakfast was cold and the staff were rude.")))));
        assertThat(posted.status()).isEqualTo(200);
        long id = jdbc.sql("select id from feedback where external_id = ?").param("api-" + run).query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> insights.comment(id).isPresent());

        var stored = api.get("/api/v1/feedback/" + id + "/analysis", reader);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("sentiment").get("label").asString()).isEqualTo("negative");
        assertThat(stored.json().get("aspects").toString()).contains("Food & drink > Breakfast").contains("\"start\"");
        assertThat(stored.json().get("emotions").isArray()).isTrue();

        var fresh = api.post("/api/v1/text/analyze", reader, Api.json(Map.of("text", "Lovely pool, but the wifi kept dropping.")));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("sentiment").get("mixed").asBoolean()).isTrue();
        assertThat(fresh.json().get("aspects").toString()).contains("Facilities > Wi-Fi");
        // Text scraped from a web page: markup and character references are read as what they stand for, and the
        // spans still point into the text as sent.
        String scraped = "<p>The staff don&#39;t care.</p><img src=x onerror=alert(1)>The <b>room</b> wasn&rsquo;t clean.";
        var web = api.post("/api/v1/text/analyze", reader, Api.json(Map.of("text", scraped)));
        assertThat(web.status()).isEqualTo(200);
        assertThat(web.json().get("sentiment").get("label").asString()).isEqualTo("negative");
        var room = web.json().get("aspects").get(0);
        assertThat(scraped.substring(room.get("start").asInt(), room.get("end").asInt())).isIn("staff", "room");

        // Bad input: named fields, problem details; no key: refused.
        var empty = api.post("/api/v1/text/analyze", reader, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).contains("application/problem+json");
        assertThat(empty.json().get("field").asString()).isEqualTo("text");
        var huge = api.post("/api/v1/text/analyze", reader, Api.json(Map.of("text", "a".repeat(20_001))));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("field").asString()).isEqualTo("text");
        assertThat(api.post("/api/v1/text/analyze", reader, "not json").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/feedback/999999999/analysis", reader).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/text/analyze", null, Api.json(Map.of("text", "hello"))).status()).isEqualTo(401);
    }
}
