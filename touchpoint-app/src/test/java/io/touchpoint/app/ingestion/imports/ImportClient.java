package io.touchpoint.app.ingestion.imports;

import static org.awaitility.Awaitility.await;

import io.touchpoint.app.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/** Uploads CSV files to the running app the way a client would: multipart or a raw text/csv body. */
final class ImportClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Api api;

    ImportClient(int port) {
        this.base = "http://localhost:" + port;
        this.api = new Api(port);
    }

    Api.Response multipart(String kind, String fileName, byte[] content, String key) {
        String boundary = "----tp" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + kind))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), key);
    }

    Api.Response raw(String kind, String fileName, byte[] content, String key) {
        String q = fileName == null ? "" : "?fileName=" + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + kind + q))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)), key);
    }

    Api.Response get(String path, String key) {
        return api.get(path, key);
    }

    /** Waits until the job is completed or failed and returns it. */
    JsonNode awaitFinished(long id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = api.get("/api/v1/imports/" + id, Api.BOOTSTRAP_KEY).json();
            String status = last[0].get("status").asString();
            return status.equals("completed") || status.equals("failed");
        });
        return last[0];
    }

    /** The error report, parsed; the byte order mark is checked and dropped. */
    List<CSVRecord> errors(long id) throws IOException {
        Api.Response r = api.get("/api/v1/imports/" + id + "/errors", Api.BOOTSTRAP_KEY);
        if (r.status() != 200 || !r.contentType().startsWith("text/csv") || !r.body().startsWith("\uFEFF")) {
            throw new IllegalStateException("not a CSV report: " + r);
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body().substring(1))).getRecords();
    }

    private Api.Response send(HttpRequest.Builder b, String key) {
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Joins cells into one CSV line as written by hand (no quoting added). */
    static String line(Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cells[i] == null ? "" : cells[i]);
        }
        return sb.append('\n').toString();
    }
}
