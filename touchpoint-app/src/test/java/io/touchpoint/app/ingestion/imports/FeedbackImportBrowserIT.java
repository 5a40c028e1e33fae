package io.touchpoint.app.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.Browser;
import io.touchpoint.app.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** An analyst imports reviews in a real browser, reads them among the verbatims and breaks them down by segment. */
@IntegrationTest
@Tag("browser")
class FeedbackImportBrowserIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TouchpointCatalog catalog;

    @Test
    void importReviewsThenReadThemAsTextAndBreakThemDownBySegment() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String property = "br-" + run;
        catalog.createProperty(property, "Browser Hotel", null, null, null);
        String hostile = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script> cold";
        String csv = "id,source,occurred_at,rating,text,property\n"
                + "ta-" + run + ",tripadvisor,2026-04-01T09:00:00Z,5,Lovely staff," + property + "\n"
                + "g-" + run + ",google,2026-04-02T09:00:00Z,2,\"" + hostile.replace("\"", "\"\"") + "\"," + property
                + "\n"
                + "x-" + run + ",google,2026-04-02T09:00:00Z,9,Nine of five?," + property + "\n";
        Path file = Files.createTempFile("reviews-", ".csv");
        Files.writeString(file, csv);
        try (Browser b = new Browser(port, 1280, 900)) {
            b.signIn("admin", Api.ADMIN_PASSWORD);
            b.open("/imports");
            new Select(b.driver().findElement(By.id("kind"))).selectByVisibleText("Reviews and social comments");
            b.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            b.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
            b.waitFor(By.id("progress"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(90)).until(d ->
                    "completed".equals(d.findElement(By.id("progress")).getAttribute("data-status")));
            assertThat(b.driver().findElement(By.id("rows-ok")).getText()).isEqualTo("2");
            assertThat(b.driver().findElement(By.id("rows-failed")).getText()).isEqualTo("1");
            assertThat(b.driver().getPageSource()).contains("rating 9 is outside the scale 1-5");

            b.open("/feedback?from=2026-04-01&to=2026-04-30&property=" + property);
            var texts = b.driver().findElements(By.cssSelector("article.verbatim .verbatim-text"));
            assertThat(texts).extracting(e -> e.getText()).containsExactly(hostile, "Lovely staff");
            assertThat(b.driver().findElements(By.cssSelector("article.verbatim img"))).as("shown as text").isEmpty();
            assertThat(b.driver().getTitle()).doesNotContain("pwned");
            b.screenshot(Path.of("target/screenshots/feedback-import.png"));

            b.open("/dashboard?from=2026-04-01&to=2026-04-30&property=" + property);
            new Select(b.driver().findElement(By.id("b-by"))).selectByValue("segment");
            b.driver().findElement(By.cssSelector("section[aria-labelledby=h-breakdown] button[type=submit]")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl()
                    .contains("breakdown=segment"));
            assertThat(new Select(b.driver().findElement(By.id("b-by"))).getFirstSelectedOption().getText())
                    .isEqualTo("Segment");
            // Reviews carry no NPS answers: the NPS breakdown says so rather than listing empty groups.
            assertThat(b.driver().findElements(By.cssSelector("#breakdown tbody tr"))).singleElement()
                    .satisfies(tr -> assertThat(tr.getText()).startsWith("No answers for this metric"));
            // Their ratings (5 and 2 of 5) by segment: they name no customer, so they fall in "unknown".
            new Select(b.driver().findElement(By.id("b-metric"))).selectByValue("rating");
            b.driver().findElement(By.cssSelector("section[aria-labelledby=h-breakdown] button[type=submit]")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl()
                    .contains("metric=rating"));
            assertThat(b.driver().findElements(By.cssSelector("#breakdown tbody tr"))).singleElement()
                    .satisfies(tr -> assertThat(tr.getText()).startsWith("unknown 2 3.50 ★ (50.0% 4★+)"));
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
