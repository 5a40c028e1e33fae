package io.touchpoint.app.survey;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A respondent's browser without JavaScript: a cookie jar, form posts with the page's hidden fields (CSRF token,
 * response id, version, page), redirects seen rather than followed. Each respondent comes from its own loopback
 * address (127.0.0.x), so the flood control counts them apart.
 */
final class Respondent {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private Page last;

    Respondent(String ip, int port) {
        this.base = "http://" + ip + ":" + port;
    }

    record Page(int status, String body, String location) {

        Map<String, String> hidden() {
            Matcher m = HIDDEN.matcher(body);
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            while (m.find()) {
                fields.put(m.group(1), m.group(2).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&"));
            }
            return fields;
        }
    }

    Page get(String path) {
        last = send(HttpRequest.newBuilder(uri(path)).GET().build());
        return last;
    }

    /** Follows one redirect of the last response. */
    Page follow() {
        if (last.location() == null) {
            throw new IllegalStateException("no redirect: " + last.status());
        }
        return get(last.location());
    }

    /** Posts the last page's form: its hidden fields plus {@code answers} (a list value sends the name repeatedly). */
    Page answer(String path, Map<String, Object> answers) {
        List<String[]> fields = new ArrayList<>();
        last.hidden().forEach((k, v) -> fields.add(new String[] {k, v}));
        answers.forEach((k, v) -> {
            if (v instanceof List<?> l) {
                l.forEach(x -> fields.add(new String[] {k, String.valueOf(x)}));
            }
            else {
                fields.add(new String[] {k, String.valueOf(v)});
            }
        });
        return post(path, fields);
    }

    Page post(String path, List<String[]> fields) {
        String body = fields.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        last = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return last;
    }

    Page last() {
        return last;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
