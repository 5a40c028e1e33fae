import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Writes a CSV file for the import benchmark: {@code java GenerateCsv.java KIND MEGABYTES OUT [SEED]} with KIND
 * interactions, transactions or customers. Rows refer to 50,000 distinct customers; one row in 10,000 is
 * deliberately bad (a time that is not a time) so the error path is exercised too. Same seed, same file.
 */
public class GenerateCsv {

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java GenerateCsv.java interactions|transactions|customers MEGABYTES OUT [SEED]");
            System.exit(2);
        }
        String kind = args[0];
        long target = Long.parseLong(args[1]) << 20;
        Path out = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        Random random = new Random(seed);
        String[] pages = {"/", "/rooms", "/rooms/deluxe", "/restaurant", "/spa", "/offers/spring", "/booking"};
        String[] channels = {"web", "email", "mobile_app", "phone", "in_person"};
        String[] kinds = {"booking", "stay", "order", "cancellation", "refund"};
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long written = 0;
        long rows = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16)) {
            String header = switch (kind) {
                case "interactions" -> "id,type,occurred_at,channel,value,email,prop_page,prop_campaign\n";
                case "transactions" -> "id,kind,amount,currency,occurred_at,start_date,end_date,email,loyalty_id\n";
                case "customers" -> "email,first_name,last_name,birth_year,city,country,consent_email_marketing,"
                        + "pref_room,attr_vip:boolean\n";
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            };
            w.write(header);
            written += header.length();
            while (written < target) {
                rows++;
                int customer = random.nextInt(50_000);
                String at = Instant.ofEpochSecond(start + random.nextInt(365 * 86_400)).toString();
                if (rows % 10_000 == 0) {
                    at = "not a time";
                }
                String line = switch (kind) {
                    case "interactions" -> "ev-" + seed + "-" + rows + ",page_view," + at + ","
                            + channels[random.nextInt(channels.length)] + "," + random.nextInt(100) + ".5,guest"
                            + customer + "@example.com," + pages[random.nextInt(pages.length)] + ",spring-"
                            + random.nextInt(20) + "\n";
                    case "transactions" -> "tx-" + seed + "-" + rows + "," + kinds[random.nextInt(kinds.length)] + ","
                            + (50 + random.nextInt(2000)) + "." + (10 + random.nextInt(90)) + ",EUR," + at
                            + ",2025-06-01,2025-06-0" + (2 + random.nextInt(7)) + ",guest" + customer
                            + "@example.com,L" + customer + "\n";
                    default -> "guest" + customer + "@example.com,Guest" + customer + ",Lee" + random.nextInt(500)
                            + "," + (1940 + random.nextInt(65)) + ",Lisbon,PT," + (random.nextBoolean() ? "granted"
                            : "denied") + ",high floor," + random.nextBoolean() + "\n";
                };
                w.write(line);
                written += line.length();
            }
        }
        System.err.printf("%s: %d rows, %d bytes%n", out, rows, Files.size(out));
    }
}
