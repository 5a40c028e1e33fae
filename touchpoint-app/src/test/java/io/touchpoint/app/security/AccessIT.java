package io.touchpoint.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.StaffSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccessIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    String events() {
        return Api.json(Map.of("events", List.of(Map.of("id", "acc-" + run, "type", "x", "occurredAt",
                "2026-01-01T00:00:00Z", "channel", "web", "customer", Map.of("email", "acc" + run + "@example.com")))));
    }

    @Test
    void scopesAndRevocation() {
        Api api = new Api(port);
        CreatedApiKey readOnly = keys.create("reader " + run, EnumSet.of(ApiScope.READ), "test");
        var forbidden = api.post("/api/v1/events", readOnly.secret(), events());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).contains("application/problem+json");
        assertThat(api.get("/api/v1/touchpoints", readOnly.secret()).status()).isEqualTo(200);

        CreatedApiKey ingest = keys.create("ingest " + run, EnumSet.of(ApiScope.INGEST), "test");
        assertThat(api.post("/api/v1/events", ingest.secret(), events()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers?q=x", ingest.secret()).status()).isEqualTo(403);
        keys.revoke(ingest.key().id());
        var revoked = api.post("/api/v1/events", ingest.secret(), events());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asString()).contains("revoked");
    }

    @Test
    void secretsAreStoredOnlyAsHashesAndPasswordsHashed() {
        CreatedApiKey k = keys.create("hash " + run, EnumSet.of(ApiScope.READ), "test");
        String stored = jdbc.sql("select secret_hash from api_key where id = ?").param(k.key().id()).query(String.class).single();
        assertThat(stored).isNotEqualTo(k.secret()).hasSize(64).doesNotContain(k.secret());
        staff.create("hashcheck" + run, null, null, StaffRole.VIEWER, "a-long-password-1");
        String hash = jdbc.sql("select password_hash from staff_user where username = ?").param("hashcheck" + run)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password-1");
    }

    @Test
    void customerUpsertNamesBadFields() {
        Api api = new Api(port);
        var bad = api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "not-an-email",
                "phone", "12")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("email");
        assertThat(bad.json().get("errors").toString()).contains("phone");
        var wrongType = api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, "{\"email\":\"a@b.co\",\"birthYear\":\"old\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("field").asString()).isEqualTo("birthYear");
        var ok = api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "up" + run + "@example.com",
                "firstName", "Uma", "consents", List.of(Map.of("purpose", "ethnicity", "status", "granted")),
                "ethnicity", "declared", "preferences", Map.of("room_type", "suite"),
                "attributes", Map.of("vip", Map.of("type", "boolean", "value", "yes")))));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("details").get("ethnicity").asString()).isEqualTo("declared");
        assertThat(ok.json().get("attributes").get(0).get("value").asString()).isEqualTo("true");
        var badAttr = api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "up" + run + "@example.com",
                "attributes", Map.of("nights", Map.of("type", "number", "value", "many")))));
        assertThat(badAttr.status()).isEqualTo(400);
        assertThat(badAttr.json().get("field").asString()).isEqualTo("attributes.nights.value");
    }

    @Test
    void viewersCannotReachAdminPagesAndFormsNeedCsrf() throws Exception {
        staff.create("viewer" + run, null, null, StaffRole.VIEWER, "viewer-password-1");
        StaffSession viewer = new StaffSession(port, "viewer" + run, "viewer-password-1");
        HttpClient http = viewer.client();
        String base = "http://localhost:" + port;
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/customers")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/admin/api-keys")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        // A form post without the CSRF token is refused even for a signed-in user.
        var noCsrf = http.send(HttpRequest.newBuilder(URI.create(base + "/touchpoints"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=x&name=y&channel=web&phase=pre")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
    }
}
