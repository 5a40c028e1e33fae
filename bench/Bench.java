import java.io.BufferedWriter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for Touchpoint's HTTP paths (JDK only: run with `java bench/Bench.java ...`).
 *
 *   ingest  --url U --key K --events N --customers M --concurrency C [--run ID] [--csv FILE] [--sequential true]
 *           sends N events in batches of 1,000 to POST /api/v1/events from C clients and prints events/s;
 *           with --csv also writes the same rows as CSV for a COPY of the same data.
 *   search  --url U --key K --queries N --customers M   GET /api/v1/customers (email, phone, q) latencies
 *   page    --url U --user U --password P --customer ID --requests N   GET /customers/{id} (the 360 page)
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager()).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "ingest" -> ingest(o);
            case "search" -> search(o);
            case "page" -> page(o);
            case "metrics" -> metrics(o);
            default -> throw new IllegalArgumentException("ingest | search | page");
        }
    }

    static String email(int c) {
        return "guest" + c + "@bench.example.com";
    }

    static void ingest(Map<String, String> o) throws Exception {
        String url = o.get("url");
        String key = o.get("key");
        int events = Integer.parseInt(o.getOrDefault("events", "200000"));
        int customers = Integer.parseInt(o.getOrDefault("customers", "50000"));
        int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "4"));
        String run = o.getOrDefault("run", Long.toString(System.nanoTime(), 36));
        String[] channels = {"web", "mobile_app", "email", "phone", "chat", "in_person"};
        String[] types = {"page_view", "app_open", "email_open", "call", "chat_message", "check_in"};
        Random random = new Random(42);
        boolean sequential = Boolean.parseBoolean(o.getOrDefault("sequential", "false"));
        int batches = (events + 999) / 1000;
        List<String> bodies = new ArrayList<>(batches);
        BufferedWriter csv = o.containsKey("csv") ? Files.newBufferedWriter(Path.of(o.get("csv"))) : null;
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int b = 0; b < batches; b++) {
            StringBuilder sb = new StringBuilder(260_000).append("{\"events\":[");
            for (int i = 0; i < 1000 && b * 1000 + i < events; i++) {
                int n = b * 1000 + i;
                // The warm-up creates every customer once (in order); other runs pick customers at random.
                int c = sequential ? n % customers : random.nextInt(customers);
                int k = random.nextInt(channels.length);
                String at = base.plusSeconds(n * 37L % 20_000_000L).toString();
                if (i > 0) {
                    sb.append(',');
                }
                sb.append("{\"id\":\"").append(run).append('-').append(n).append("\",\"type\":\"").append(types[k])
                        .append("\",\"occurredAt\":\"").append(at).append("\",\"channel\":\"").append(channels[k])
                        .append("\",\"customer\":{\"email\":\"").append(email(c)).append("\"},\"properties\":{\"n\":")
                        .append(n).append("},\"value\":").append(n % 100).append('}');
                if (csv != null) {
                    csv.write(run + "-" + n + "," + (c + 1) + "," + types[k] + "," + at + "," + channels[k]
                            + ",\"{\"\"n\"\": " + n + "}\"," + (n % 100) + ",bench\n");
                }
            }
            bodies.add(sb.append("]}").toString());
        }
        if (csv != null) {
            csv.close();
        }
        AtomicLong accepted = new AtomicLong();
        AtomicLong other = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long[] latencies = new long[batches];
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            int bb = b;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/events"))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(bb))).build());
                latencies[bb] = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                }
                Matcher m = Pattern.compile("\"accepted\":(\\d+)").matcher(r.body());
                if (m.find()) {
                    accepted.addAndGet(Long.parseLong(m.group(1)));
                }
                else {
                    other.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("{\"events\":%d,\"accepted\":%d,\"seconds\":%.2f,\"eventsPerSecond\":%.0f,"
                + "\"batchP50Ms\":%.1f,\"batchP95Ms\":%.1f,\"concurrency\":%d,\"customers\":%d}%n", events,
                accepted.get(), seconds, events / seconds, latencies[batches / 2] / 1e6,
                latencies[(int) (batches * 0.95)] / 1e6, concurrency, customers);
    }

    static void search(Map<String, String> o) throws Exception {
        String url = o.get("url");
        String key = o.get("key");
        int queries = Integer.parseInt(o.getOrDefault("queries", "500"));
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000000"));
        Random random = new Random(7);
        String[] kinds = {"email", "phone", "q-name", "q-email-prefix", "loyaltyId"};
        for (String kind : kinds) {
            long[] lat = new long[queries];
            for (int i = 0; i < queries + 20; i++) {
                int c = random.nextInt(customers) + 1;
                String query = switch (kind) {
                    case "email" -> "email=" + enc("person" + c + "@search.example.com");
                    case "phone" -> "phone=" + enc(String.format("+4477%08d", c));
                    case "loyaltyId" -> "loyaltyId=" + enc("LY" + c);
                    case "q-name" -> "q=" + enc(lastName(c));
                    default -> "q=" + enc("person" + c + "@sea");
                };
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/customers?" + query))
                        .header("Authorization", "Bearer " + key).GET().build());
                long t = System.nanoTime() - t0;
                if (r.statusCode() != 200 || !r.body().contains("\"count\":")) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                }
                if (r.body().contains("\"count\":0")) {
                    throw new IllegalStateException("no match for " + query);
                }
                if (i >= 20) {
                    lat[i - 20] = t;
                }
            }
            report("search-" + kind, lat);
        }
    }

    static final String[] SYLLABLES = {"an", "ber", "cal", "dor", "el", "fen", "gar", "hol", "ing", "jas", "kel", "lan", "mor", "nor", "ol", "par", "quin", "ros", "sal", "tor", "ul", "ven", "wil", "xan", "yor", "zel", "bri", "cro", "dun", "est", "fal", "gil", "har", "ivo", "jor", "kra", "lom", "mes", "nik", "ost"};

    /** The same surname bench/search.sh gives customer i (about 16 customers share each). */
    static String lastName(int i) {
        String s = SYLLABLES[i % 40] + SYLLABLES[(i / 40) % 40] + SYLLABLES[(i / 1600) % 40]
                + (i >= 64000 ? SYLLABLES[(i / 64000) % 40] : "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void page(Map<String, String> o) throws Exception {
        String url = o.get("url");
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(url + "/login")).GET().build());
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(o.get("user")) + "&password=" + enc(o.get("password")) + "&_csrf=" + enc(m.group(1));
        send(HttpRequest.newBuilder(URI.create(url + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        int n = Integer.parseInt(o.getOrDefault("requests", "200"));
        long[] lat = new long[n];
        for (int i = 0; i < n + 10; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/customers/" + o.get("customer"))).GET().build());
            long t = System.nanoTime() - t0;
            if (r.statusCode() != 200 || !r.body().contains("customer-name")) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " (signed in?)");
            }
            if (i >= 10) {
                lat[i - 10] = t;
            }
        }
        report("customer-360-page", lat);
    }

    /**
     * Dashboard tiles (daily rollup) and slices by customer attribute over the last 90 days (the default period),
     * 365 days and two years (monthly profile rollup plus raw records for the partial months), and one by a custom
     * attribute (raw records joined to it).
     */
    static void metrics(Map<String, String> o) {
        String url = o.get("url");
        String key = o.get("key");
        int n = Integer.parseInt(o.getOrDefault("requests", "200"));
        String[][] paths = {
            {"tile-nps", "/api/v1/metrics/nps"},
            {"tile-csat", "/api/v1/metrics/csat"},
            {"tile-nps-property-filter", "/api/v1/metrics/nps?property=p2"},
            {"trend-nps-by-week", "/api/v1/metrics/nps?groupBy=week"},
            {"breakdown-nps-by-touchpoint", "/api/v1/metrics/nps?groupBy=touchpoint"},
            {"adhoc-nps-by-age-band", "/api/v1/metrics/nps?groupBy=age_band"},
            {"adhoc-nps-by-segment", "/api/v1/metrics/nps?groupBy=segment"},
            {"adhoc-csat-by-country-one-property", "/api/v1/metrics/csat?groupBy=country&property=p1"},
            {"adhoc-nps-by-custom-attribute", "/api/v1/metrics/nps?groupBy=attribute:segment"},
            {"adhoc-nps-by-age-band-365-days", "/api/v1/metrics/nps?groupBy=age_band&" + lastDays(365)},
            {"adhoc-nps-by-age-band-2-years", "/api/v1/metrics/nps?groupBy=age_band&" + lastDays(730)},
            {"adhoc-ces-by-segment-2-years", "/api/v1/metrics/ces?groupBy=segment&" + lastDays(730)},
            {"adhoc-csat-by-country-one-property-2-years",
                "/api/v1/metrics/csat?groupBy=country&property=p1&" + lastDays(730)}};
        for (String[] p : paths) {
            int count = p[0].startsWith("adhoc") ? Math.max(10, n / 10) : n;
            long[] lat = new long[count];
            for (int i = 0; i < count + 5; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + p[1]))
                        .header("Authorization", "Bearer " + key).GET().build());
                long t = System.nanoTime() - t0;
                if (r.statusCode() != 200 || !r.body().contains("\"overall\"")) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                }
                if (i >= 5) {
                    lat[i - 5] = t;
                }
            }
            report(p[0], lat);
        }
    }

    /** from and to for the last {@code days} days, today included (UTC, as the API reads them). */
    static String lastDays(int days) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        return "from=" + today.minusDays(days - 1) + "&to=" + today;
    }

    static void report(String name, long[] lat) {
        Arrays.sort(lat);
        System.out.printf("{\"path\":\"%s\",\"n\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"p99Ms\":%.1f,\"maxMs\":%.1f}%n", name,
                lat.length, lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.95)] / 1e6,
                lat[(int) (lat.length * 0.99)] / 1e6, lat[lat.length - 1] / 1e6);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> send(HttpRequest r) {
        try {
            return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
