package io.touchpoint.app.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.Browser;
import io.touchpoint.app.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst builds a survey with a follow-up question in the builder, previews and publishes it; a guest opens the
 * anonymous link on a phone-sized screen, answers with the keyboard and touch, and the answer is stored.
 */
@IntegrationTest
@Tag("browser")
class SurveyBrowserIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void buildPublishAndAnswerOnAPhone() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String touchpoint = SurveyFixtures.touchpoint(new Api(port), run);
        String title = "Check-in <script>alert(1)</script> " + run;
        String link;
        try (Browser staff = new Browser(port, 1280, 1000)) {
            staff.signIn("admin", Api.ADMIN_PASSWORD);
            staff.open("/surveys");
            staff.waitFor(By.id("new-survey")).click();
            staff.waitFor(By.id("f-title")).sendKeys(title);
            new Select(staff.driver().findElement(By.id("f-touchpoint"))).selectByValue(touchpoint);
            // The builder starts with an NPS question; add a free-text follow-up (htmx swaps the form in place).
            new Select(staff.driver().findElement(By.id("new-type"))).selectByValue("free_text");
            staff.driver().findElement(By.id("add-question")).click();
            WebElement text = staff.waitFor(By.id("q1-text"));
            // The swap kept what was typed before it.
            assertThat(staff.driver().findElement(By.id("f-title")).getAttribute("value")).isEqualTo(title);
            text.clear();
            text.sendKeys("What went wrong?");
            new Select(staff.driver().findElement(By.id("q1-ifq"))).selectByValue("nps");
            new Select(staff.driver().findElement(By.id("q1-ifop"))).selectByValue("le");
            staff.driver().findElement(By.id("q1-ifv")).sendKeys("6");
            staff.screenshot(Path.of("target/screenshots/survey-builder.png"));
            staff.driver().findElement(By.id("save")).click();

            staff.waitFor(By.id("publish"));
            assertThat(staff.driver().findElement(By.id("survey-title")).getText()).isEqualTo(title);
            assertThat(staff.driver().getPageSource()).doesNotContain("<script>alert(1)</script>");
            staff.driver().findElement(By.id("preview")).click();
            WebElement preview = staff.waitFor(By.id("preview"));
            assertThat(preview.getText()).contains("Page 2", "Shown only when nps ≤ 6", "What went wrong?");
            staff.driver().navigate().back();
            staff.waitFor(By.id("publish")).click();
            assertThat(staff.waitFor(By.id("notice")).getText()).contains("Version 1 is live");
            link = staff.driver().findElement(By.id("anonymous-link")).getAttribute("value");
            assertThat(link).startsWith("http://localhost:" + port + "/public/s/");
            // The QR code image loads.
            Object qrWidth = ((JavascriptExecutor) staff.driver()).executeScript(
                    "return document.querySelector('img[alt^=\"QR code\"]').naturalWidth");
            assertThat(((Number) qrWidth).intValue()).isGreaterThan(0);
        }

        try (Browser phone = new Browser(port, 390, 844)) {
            phone.driver().get(link);
            assertThat(phone.waitFor(By.id("survey-title")).getText()).isEqualTo(title);
            // Mobile first: nothing wider than the screen.
            Object scrollWidth = ((JavascriptExecutor) phone.driver()).executeScript(
                    "return document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
            // Sending without an answer explains what is missing.
            phone.driver().findElement(By.id("next")).click();
            assertThat(phone.waitFor(By.id("error-summary")).getText()).contains("Please answer this question.");
            phone.screenshot(Path.of("target/screenshots/survey-phone-nps.png"));
            phone.driver().findElement(By.cssSelector("label[for='q-nps-3']")).click();
            assertThat(phone.driver().findElement(By.id("q-nps-3")).isSelected()).isTrue();
            phone.driver().findElement(By.id("next")).click();
            WebElement comment = phone.waitFor(By.id("q-q2"));
            assertThat(phone.driver().findElement(By.cssSelector("label[for='q-q2']")).getText()).contains("What went wrong?");
            comment.sendKeys("The <b>lift</b> was broken");
            phone.screenshot(Path.of("target/screenshots/survey-phone.png"));
            phone.driver().findElement(By.id("next")).click();
            new WebDriverWait(phone.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
            assertThat(phone.driver().getCurrentUrl()).endsWith("/thanks");
        }

        try (Browser staff = new Browser(port, 1280, 1000)) {
            staff.signIn("admin", Api.ADMIN_PASSWORD);
            // The CX manager finds the answer on the dashboard (the rollup follows the response in the background).
            new WebDriverWait(staff.driver(), Duration.ofSeconds(30)).until(d -> {
                staff.open("/dashboard?touchpoint=" + touchpoint);
                return d.findElement(By.cssSelector(".tile[data-metric=nps]")).getText().contains("n = 1");
            });
            assertThat(staff.driver().findElement(By.cssSelector(".tile[data-metric=nps] .value")).getText())
                    .isEqualTo("-100.0");
            staff.driver().findElement(By.cssSelector(".tile[data-metric=nps] a")).click();
            assertThat(staff.waitFor(By.cssSelector(".verbatim-text")).getText()).isEqualTo("The <b>lift</b> was broken");
        }

        Map<String, Object> fb = jdbc.sql("""
                select f.nps, f.text from feedback f join survey s on s.id = f.survey_id
                join survey_version v on v.survey_id = s.id and v.version = 1
                where v.definition->>'title' = ?""").param(title).query().singleRow();
        assertThat(fb).containsEntry("nps", 3).containsEntry("text", "The <b>lift</b> was broken");
    }
}
