package io.touchpoint.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.customer.ProfileDetails;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.Browser;
import io.touchpoint.app.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A staff member signs in, finds a customer, opens the 360 page and filters the timeline. */
@IntegrationTest
@Tag("browser")
class StaffJourneyBrowserIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    CustomerActivity activity;
    @Autowired
    CustomerProfiles profiles;

    @Test
    void signInSearchAndOpenTheCustomer360() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "zelda." + run + "@example.org";
        CustomerReference ref = CustomerReference.of(List.of(Identifier.email(email)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent("web-" + run, "page_view", now.minus(3, ChronoUnit.DAYS), "web", null,
                "{\"page\":\"<script>alert(1)</script>\"}", null, "test", ref));
        events.add(new NewEvent("call-" + run, "call", now.minus(2, ChronoUnit.DAYS), "phone", null, null, null, "test", ref));
        events.add(new NewEvent("chat-" + run, "chat_message", now.minus(1, ChronoUnit.DAYS), "chat", null, null, null, "test", ref));
        long id = activity.recordEvents(events).get(0).customerId();
        profiles.applyDetails(id, new ProfileDetails("Zelda", "Quixote-" + run, 1984, "female", null, null, "PT", null,
                "Lisbon", null, null, "pt"), true);

        try (Browser b = new Browser(port, 1280, 900)) {
            b.signIn("admin", Api.ADMIN_PASSWORD);
            b.open("/customers");
            b.driver().findElement(By.id("q")).sendKeys("Quixote-" + run, Keys.ENTER);
            b.waitFor(By.cssSelector("a.customer-link")).click();

            assertThat(b.waitFor(By.id("customer-name")).getText()).isEqualTo("Zelda Quixote-" + run);
            assertThat(b.driver().findElement(By.cssSelector(".identity")).getText()).isEqualTo(email);
            assertThat(b.driver().findElements(By.cssSelector(".timeline-entry"))).hasSize(3);
            // Customer-supplied text is shown as text, never run as markup.
            assertThat(b.driver().getPageSource()).doesNotContain("<script>alert(1)</script>");
            assertThat(b.driver().findElement(By.id("timeline")).getText()).contains("<script>alert(1)</script>");

            new Select(b.driver().findElement(By.id("f-channel"))).selectByValue("phone");
            new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector(".timeline-entry"), 1));
            assertThat(b.driver().findElement(By.cssSelector(".timeline-entry")).getText()).contains("call");
            b.screenshot(Path.of("target/screenshots/customer-360.png"));
        }
    }

    @Test
    void runACsvImportToTheEndAndDownloadItsErrorReport() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("id,type,occurred_at,channel,email\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("imp-").append(run).append('-').append(i).append(",visit,2026-02-0").append(1 + i % 9)
                    .append("T10:00:00Z,web,imp").append(i % 50).append('.').append(run).append("@example.com\n");
        }
        csv.append("bad-").append(run).append(",visit,not-a-date,web,x@example.com\n");
        csv.append("bad2-").append(run).append(",visit,2026-02-01T10:00:00Z,pigeon,y@example.com\n");
        Path file = Files.createTempFile("interactions-", ".csv");
        Files.writeString(file, csv);
        try (Browser b = new Browser(port, 1280, 900)) {
            b.signIn("admin", Api.ADMIN_PASSWORD);
            b.open("/imports");
            new Select(b.driver().findElement(By.id("kind"))).selectByValue("interactions");
            b.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            b.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
            b.waitFor(By.id("progress"));
            // The page updates itself while the job runs, until it has ended.
            new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(90)).until(d ->
                    "completed".equals(d.findElement(By.id("progress")).getAttribute("data-status")));
            assertThat(b.driver().findElement(By.id("rows-ok")).getText().replace(",", "")).isEqualTo("2500");
            assertThat(b.driver().findElement(By.id("rows-failed")).getText()).isEqualTo("2");
            String report = b.driver().findElement(By.id("error-report")).getAttribute("href");
            assertThat(report).isNotBlank();
            // Download the report as the signed-in user would (the browser's session cookie goes along).
            Object text = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript(
                    "fetch(arguments[0]).then(r => r.text()).then(arguments[1])", report);
            assertThat(String.valueOf(text)).contains("row,field,message,raw", "occurred_at", "channel", "bad2-" + run);
            b.screenshot(Path.of("target/screenshots/import.png"));
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
