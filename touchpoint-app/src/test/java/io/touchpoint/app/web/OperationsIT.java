package io.touchpoint.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OperationsIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void openApiSwaggerHealthAndMetrics() {
        Api api = new Api(port);
        var docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/events", "/api/v1/customers/{id}/timeline", "/api/v1/customers");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        var prom = api.get("/actuator/prometheus", Api.BOOTSTRAP_KEY);
        assertThat(prom.status()).isEqualTo(200);
        assertThat(prom.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void staticFilesAndVersionedWebjarsAreServedUnderTheirPrefixes() {
        Api api = new Api(port);
        String login = api.get("/login", null).body();
        // Webjar links are rewritten to the versioned path, which is served.
        String htmx = login.replaceAll("(?s).*src=\"(/webjars/htmx.org/[^\"]+)\".*", "$1");
        assertThat(htmx).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
        assertThat(api.get(htmx, null).status()).isEqualTo(200);
        assertThat(api.get("/webjars/echarts/dist/echarts.min.js", null).status()).isEqualTo(200);
        assertThat(api.get("/css/app.css", null).status()).isEqualTo(200);
        assertThat(api.get("/css/survey.css", null).status()).isEqualTo(200);
        assertThat(api.get("/js/app.js", null).status()).isEqualTo(200);
        // Nothing else is read from the static folder.
        assertThat(api.get("/app.css", null).status()).isNotEqualTo(200);
    }

    @Test
    void acceptedDataIsDurable() {
        // The embedded server is started with durability on (zonky's defaults turn it off).
        if (System.getenv("TOUCHPOINT_DB_URL") == null || System.getenv("TOUCHPOINT_DB_URL").isBlank()) {
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        }
    }
}
