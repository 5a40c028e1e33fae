package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.StaffSession;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DashboardIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TouchpointCatalog catalog;

    @Test
    void dashboardVerbatimsAndExportsShowHostileTextInert() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String property = "d-" + run;
        long pid = catalog.createProperty(property, "Dash Hotel", null, null, null).id();
        long tp = catalog.create(new TouchpointDraft("lobby-" + run, "=HYPERLINK(\"x\")<script>alert(1)</script>",
                "in_person", "during", property, null, true, "arrival")).id();
        Instant at = Instant.now().minus(3, ChronoUnit.DAYS);
        for (int i = 0; i < 12; i++) {
            int score = i % 11;
            tx.executeWithoutResult(s -> {
                long id = jdbc.sql("""
                        insert into feedback (kind, source, external_id, property_id, touchpoint_id, channel, occurred_at,
                                              nps, text)
                        values ('survey', 'test', ?, ?, ?, 'in_person', ?, ?, ?) returning id""")
                        .params(UUID.randomUUID().toString(), pid, tp, Timestamp.from(at), score,
                                "<img src=x onerror=alert(2)> waited " + score + " minutes")
                        .query(Long.class).single();
                events.publishEvent(new FeedbackRecorded(id));
            });
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(pid).query(Long.class).single() == 12);

        StaffSession staff = new StaffSession(port, "admin", Api.ADMIN_PASSWORD);
        var dash = staff.get("/dashboard?property=" + property);
        assertThat(dash.statusCode()).isEqualTo(200);
        assertThat(dash.body()).contains("Net Promoter Score", "Review rating", "chart-heatmap", "Small sample");
        assertThat(dash.body()).doesNotContain("<script>alert(1)</script>");

        var verbatims = staff.get("/feedback?property=" + property + "&segment=detractors");
        assertThat(verbatims.statusCode()).isEqualTo(200);
        assertThat(verbatims.body()).contains("&lt;img src=x onerror=alert(2)&gt; waited 6 minutes")
                .doesNotContain("<img src=x");
        assertThat(verbatims.body()).doesNotContain("waited 9 minutes");

        var csv = staff.get("/dashboard/export.csv?metric=nps&groupBy=touchpoint&property=" + property);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("'=HYPERLINK").contains(",12,");
        var pdf = staff.getBytes("/dashboard/export.pdf?metric=nps&groupBy=touchpoint&property=" + property);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
