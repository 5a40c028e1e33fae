package io.touchpoint.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ReviewIntakeIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reviewsAreNormalisedDeduplicatedLinkedAndRolledUp() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 6);
        api.post("/api/v1/properties", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "r-" + run, "name", "Review Hotel")));
        // A known customer, so the review links to them.
        api.post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "rev" + run + "@example.com")));
        String body = Api.json(Map.of("items", List.of(
                Map.of("id", "ta-" + run, "source", "TripAdvisor", "occurredAt", "2026-04-01T09:00:00Z", "rating", 4,
                        "text", "<b>Lovely</b> staff", "author", "@traveller", "property", "r-" + run,
                        "url", "https://example.org/review/1", "customer", Map.of("email", "REV" + run + "@example.com")),
                Map.of("id", "g-" + run, "source", "google", "occurredAt", "2026-04-02T09:00:00Z", "rating", 8,
                        "ratingMin", 0, "ratingMax", 10, "property", "r-" + run),
                Map.of("id", "fb-" + run, "kind", "social", "source", "facebook", "occurredAt", "2026-04-03T09:00:00Z",
                        "text", "Check-in took forever", "customer", Map.of("email", "stranger" + run + "@example.com")),
                Map.of("id", "bad-" + run, "source", "google", "occurredAt", "2026-04-02T09:00:00Z", "rating", 7),
                Map.of("id", "bad2-" + run, "source", "google", "occurredAt", "2026-04-02", "url", "javascript:alert(1)"))));
        JsonNode r = api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, body).json();
        assertThat(r.get("accepted").asInt()).isEqualTo(3);
        assertThat(r.get("rejected").asInt()).isEqualTo(2);
        assertThat(r.get("results").get(3).get("field").asString()).isEqualTo("items[3].rating");
        assertThat(r.get("results").get(4).get("errors").toString()).contains("items[4].occurredAt", "items[4].url");
        assertThat(r.get("results").get(0).get("customerId").isNull()).isFalse();
        assertThat(r.get("results").get(2).has("customerId")).as("unknown people are not created").isFalse();

        JsonNode again = api.post("/api/v1/feedback", Api.BOOTSTRAP_KEY, body).json();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);

        BigDecimal ta = jdbc.sql("select rating from feedback where source = 'tripadvisor' and external_id = ?")
                .param("ta-" + run).query(BigDecimal.class).single();
        assertThat(ta).isEqualByComparingTo("0.75");
        assertThat(jdbc.sql("select text from feedback where external_id = ?").param("ta-" + run).query(String.class)
                .single()).as("stored as written").isEqualTo("<b>Lovely</b> staff");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select coalesce(sum(rating_n), 0) from feedback_daily d join property p on p.id = d.property_id
                where p.key = ?""").param("r-" + run).query(Long.class).single() == 2);
    }
}
