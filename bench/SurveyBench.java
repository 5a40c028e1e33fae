import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the public survey pages: respondents answer a two-page survey (NPS, then "what went wrong?" for low
 * scores and a choice), each as a browser without JavaScript would: GET, POST, follow the redirect, POST, thank-you.
 * Usage: java bench/SurveyBench.java URL API_KEY RESPONDENTS CONCURRENCY
 */
public class SurveyBench {

    static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    public static void main(String[] a) throws Exception {
        String url = a[0];
        String key = a[1];
        int respondents = Integer.parseInt(a[2]);
        int concurrency = Integer.parseInt(a[3]);
        HttpClient api = HttpClient.newHttpClient();
        String run = UUID.randomUUID().toString().substring(0, 6);
        post(api, url + "/api/v1/properties", key, "{\"key\":\"b-" + run + "\",\"name\":\"Bench hotel\"}");
        post(api, url + "/api/v1/touchpoints", key, "{\"key\":\"desk-" + run + "\",\"name\":\"Desk\",\"channel\":\"in_person\","
                + "\"phase\":\"during\",\"property\":\"b-" + run + "\",\"stage\":\"arrival\"}");
        String survey = post(api, url + "/api/v1/surveys", key, "{\"touchpoint\":\"desk-" + run + "\",\"title\":\"Bench\","
                + "\"questions\":[{\"type\":\"nps\",\"id\":\"nps\",\"text\":\"Recommend?\",\"required\":true},"
                + "{\"type\":\"free_text\",\"id\":\"why\",\"text\":\"What went wrong?\",\"showIf\":{\"question\":\"nps\",\"op\":\"le\",\"value\":6}},"
                + "{\"type\":\"single_choice\",\"id\":\"stay\",\"text\":\"Why?\",\"options\":[\"Business\",\"Leisure\"]}]}");
        long id = Long.parseLong(survey.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        String surveyKey = survey.replaceAll("(?s).*?\"key\":\"([a-z0-9]+)\".*", "$1");
        post(api, url + "/api/v1/surveys/" + id + "/publish", key, "");
        String path = url + "/public/s/" + surveyKey;

        // Warm-up, not measured.
        respond(path, 3);
        List<long[]> timings = Collections.synchronizedList(new ArrayList<>());
        SAVES.clear();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < respondents; i++) {
            int n = i;
            done.add(pool.submit(() -> timings.add(respond(path, n % 11))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> requests = new ArrayList<>();
        timings.forEach(t -> {
            for (long x : t) {
                requests.add(x);
            }
        });
        Collections.sort(requests);
        List<Long> saves = new ArrayList<>(SAVES);
        Collections.sort(saves);
        String versions = get(api, url + "/api/v1/surveys/" + id + "/versions", key);
        System.out.printf("{\"respondents\":%d,\"concurrency\":%d,\"seconds\":%.2f,\"responsesPerSecond\":%.1f,"
                        + "\"requests\":%d,\"requestP50ms\":%.1f,\"requestP95ms\":%.1f,\"requestP99ms\":%.1f,"
                        + "\"saves\":%d,\"saveP50ms\":%.1f,\"saveP95ms\":%.1f,\"saveP99ms\":%.1f,\"stored\":%s}%n",
                respondents, concurrency, seconds, respondents / seconds, requests.size(), pct(requests, 0.50),
                pct(requests, 0.95), pct(requests, 0.99), saves.size(), pct(saves, 0.50), pct(saves, 0.95),
                pct(saves, 0.99), versions.replaceAll("(?s).*\"responses\":(\\d+).*", "$1"));
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    /** One respondent; returns each request's time in nanoseconds. */
    static long[] respond(String path, int nps) {
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            long[] t = new long[5];
            long s = System.nanoTime();
            String page = send(http, HttpRequest.newBuilder(URI.create(path)).GET().build(), 200);
            t[0] = System.nanoTime() - s;
            Map<String, String> form = hidden(page);
            form.put("q.nps", String.valueOf(nps));
            form.put("q.stay", "Leisure");
            s = System.nanoTime();
            // HttpClient follows the 303 with a GET: POST + the next page in one call.
            page = send(http, post(path, form), 200);
            t[1] = System.nanoTime() - s;
            if (!page.contains("Thank you")) {
                form = hidden(page);
                form.put("q.why", "The lift was broken & the room was cold <b>again</b>");
                s = System.nanoTime();
                page = send(http, post(path, form), 200);
                t[2] = System.nanoTime() - s;
            }
            if (!page.contains("Thank you")) {
                throw new IllegalStateException("not finished: " + page.substring(0, Math.min(page.length(), 400)));
            }
            return t[2] == 0 ? new long[] {t[0], t[1]} : new long[] {t[0], t[1], t[2]};
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static HttpRequest post(String path, Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build();
    }

    /** Time of each answer-saving POST up to its 303, in nanoseconds (measured respondents only). */
    static final List<Long> SAVES = Collections.synchronizedList(new ArrayList<>());

    static Map<String, String> hidden(String page) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher x = HIDDEN.matcher(page);
        while (x.find()) {
            m.put(x.group(1), x.group(2));
        }
        return m;
    }

    static String send(HttpClient http, HttpRequest r, int expected) throws Exception {
        HttpClient client = http;
        long t0 = System.nanoTime();
        HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
        int status = res.statusCode();
        if (status == 303) {
            // A page POST: the answers are saved (committed) before the 303; this is "recording a response".
            SAVES.add(System.nanoTime() - t0);
        }
        String body = res.body();
        // java.net.http follows redirects only when asked; follow a 303 by hand with the same cookies.
        if (status == 303) {
            URI next = r.uri().resolve(res.headers().firstValue("Location").orElseThrow());
            res = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = res.statusCode();
            body = res.body();
        }
        if (status != expected) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " -> " + status);
        }
        return body;
    }

    static String post(HttpClient http, String url, String key, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String get(HttpClient http, String url, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
