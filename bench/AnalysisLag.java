import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long reviews sent through the feedback API take to be analysed in the background: posts N reviews of about
 * 600 characters (consecutive SemEval-2014 restaurant sentences when shared/data is beside the repository, else
 * synthetic hotel sentences), dated over two years as a history import would be, in batches of 500, then polls the
 * database until every one has its analysis.
 * Usage (bench/analysis-lag.sh runs it): java -cp PG_JDBC.jar bench/AnalysisLag.java URL KEY JDBC_URL USER PASSWORD N
 */
public class AnalysisLag {

    public static void main(String[] a) throws Exception {
        String url = a[0], key = a[1];
        int n = Integer.parseInt(a[5]);
        List<String> sentences = sentences();
        List<String> reviews = new ArrayList<>(n);
        int s = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder r = new StringBuilder();
            while (r.length() < 600) {
                r.append(sentences.get(s++ % sentences.size())).append(' ');
            }
            reviews.add(r.toString().trim());
        }
        HttpClient http = HttpClient.newHttpClient();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (Connection db = DriverManager.getConnection(a[2], a[3], a[4])) {
            long before = count(db, "select count(*) from feedback_text");
            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += 500) {
                StringBuilder body = new StringBuilder("{\"items\":[");
                for (int i = from; i < Math.min(n, from + 500); i++) {
                    body.append(i == from ? "" : ",").append("{\"id\":\"lag-").append(run).append('-').append(i)
                            .append("\",\"source\":\"tripadvisor\",\"occurredAt\":\"")
                            .append(java.time.LocalDate.of(2024, 11, 1).plusDays(i % 730)).append("T10:00:00Z\",\"rating\":4,")
                            .append("\"text\":\"").append(reviews.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                            .append("\"}");
                }
                body.append("]}");
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/feedback"))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
            }
            double posted = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "posted %d reviews in %.1f s (%.0f/s)%n", n, posted, n / posted);
            long done;
            double last = 0;
            while ((done = count(db, "select count(*) from feedback_text") - before) < n) {
                double t = (System.nanoTime() - t0) / 1e9;
                if (t - last >= 10) {
                    System.out.printf(Locale.ROOT, "%6.1f s: %d of %d analysed%n", t, done, n);
                    last = t;
                }
                if (t > 3600) {
                    throw new IllegalStateException("not analysed within an hour");
                }
                Thread.sleep(200);
            }
            double all = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "all %d analysed %.1f s after the first post (%.0f reviews/s end to end); "
                    + "%.1f s after the last post%n", n, all, n / all, all - posted);
        }
    }

    static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> sentences() throws Exception {
        Path semeval = Path.of("../shared/data/reviews-dev/Restaurants_Train_v2.xml");
        List<String> out = new ArrayList<>();
        if (Files.exists(semeval)) {
            Matcher m = Pattern.compile("<text>([^<]*)</text>").matcher(Files.readString(semeval));
            while (m.find()) {
                out.add(m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"));
            }
        } else {
            out.addAll(List.of("The room was spotless and the bed very comfortable.",
                    "Check-in took forever and nobody apologised.", "Breakfast was fresh, with good coffee.",
                    "The wifi kept dropping in the evening.", "Staff at the front desk were friendly and helpful.",
                    "Our room smelled of smoke and the air conditioning was loud."));
        }
        return out;
    }
}
