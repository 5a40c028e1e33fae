package io.touchpoint.app.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.security.StaffDirectory;
import io.touchpoint.app.security.StaffRole;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The imports pages over real HTTP with a signed-in session: upload form, live progress, error report. */
@IntegrationTest
class ImportUiIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;
    @Autowired
    ImportJobs imports;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ImportJobStore store;
    String run = UUID.randomUUID().toString().substring(0, 8);

    /** A browser-like session: cookies kept, redirects not followed (so they can be checked). */
    private final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String user, String password) throws IOException, InterruptedException {
            String token = csrf(get("/login").body());
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> upload(String kind, String fileName, byte[] content, String csrf)
                throws IOException, InterruptedException {
            String boundary = "----tpui" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"",
                    csrf.getBytes(StandardCharsets.UTF_8));
            part(body, boundary, "Content-Disposition: form-data; name=\"kind\"",
                    kind.getBytes(StandardCharsets.UTF_8));
            if (fileName != null) {
                part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv", content);
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(uri("/imports"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
            body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("page carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void anAnalystUploadsWatchesProgressAndDownloadsTheErrorReport() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/imports").statusCode()).as("signed out: to the login page").isEqualTo(302);
        browser.signIn("admin", Api.ADMIN_PASSWORD);

        HttpResponse<String> page = browser.get("/imports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"").contains("consent_&lt;purpose&gt;")
                .contains("name=\"kind\"");
        String token = csrf(page.body());

        String name = "<img src=x onerror=alert(1)>.csv";
        String csv = "email,first_name\n" + "ui." + run + "@example.com,Ann\n"
                + "<script>alert(1)</script>,Mallory\n";
        HttpResponse<String> posted = browser.upload("customers", name, csv.getBytes(StandardCharsets.UTF_8), token);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/imports/\\d+$");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        await().atMost(Duration.ofSeconds(60)).until(() -> imports.job(id).orElseThrow().finished());
        HttpResponse<String> job = browser.get("/imports/" + id);
        assertThat(job.statusCode()).isEqualTo(200);
        assertThat(job.body()).contains("&lt;img src=x onerror=alert(1)&gt;.csv").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("Download error report").contains("completed")
                .doesNotContain("hx-trigger=\"every 1s\"");

        HttpResponse<String> fragment = browser.get("/imports/" + id + "/progress");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section").contains("id=\"progress\"").doesNotContain("<html");

        HttpResponse<String> report = browser.get("/imports/" + id + "/errors.csv");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(report.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(report.body()).contains("3,email,not an email address,\"<script>alert(1)</script>,Mallory\"");

        HttpResponse<String> list = browser.get("/imports");
        assertThat(list.body()).contains("&lt;img src=x onerror=alert(1)&gt;.csv");
    }

    @Test
    void aRunningImportPollsForProgressUntilItEnds() throws Exception {
        Browser browser = new Browser();
        browser.signIn("admin", Api.ADMIN_PASSWORD);
        // A job in the middle of its run, as the runner leaves it after a committed batch.
        long id = store.create(ImportKind.INTERACTIONS, "visits.csv", ImportStatus.RUNNING, 1000, List.of(), null,
                "it", null, Instant.now());
        store.progress(id, new ImportJobStore.Progress(500, 10, 8, 1, 1, 11));
        HttpResponse<String> page = browser.get("/imports/" + id);
        assertThat(page.body()).contains("hx-get=\"/imports/" + id + "/progress\"").contains("hx-trigger=\"every 1s\"")
                .contains("<progress id=\"bar\" max=\"100\" value=\"50\"").contains("50% of the file read");

        store.finish(id, ImportStatus.COMPLETED, "10 rows read", Instant.now());
        HttpResponse<String> fragment = browser.get("/imports/" + id + "/progress");
        assertThat(fragment.body()).as("finished: polling stops").doesNotContain("hx-get").doesNotContain("hx-trigger")
                .contains("value=\"100\"").contains("10 rows read");
    }

    @Test
    void refusesAnUploadWithoutAFileAndAViewerCannotUpload() throws Exception {
        Browser analyst = new Browser();
        analyst.signIn("admin", Api.ADMIN_PASSWORD);
        String token = csrf(analyst.get("/imports").body());
        HttpResponse<String> noFile = analyst.upload("customers", null, null, token);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Choose a CSV file to import.");

        String password = "viewer-password-" + run;
        staff.create("viewer-" + run, "Viewer", null, StaffRole.VIEWER, password);
        Browser viewer = new Browser();
        viewer.signIn("viewer-" + run, password);
        // Imports and their error reports (raw rows with personal data) are for analysts and admins.
        assertThat(viewer.get("/imports").statusCode()).isEqualTo(403);
        HttpResponse<String> page = viewer.get("/customers");
        HttpResponse<String> denied = viewer.upload("customers", "x.csv", "email\na@b.co\n".getBytes(),
                csrf(page.body()));
        assertThat(denied.statusCode()).isEqualTo(403);
    }
}
