package io.touchpoint.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.security.StaffDirectory;
import io.touchpoint.app.security.StaffRole;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.MailServer;
import io.touchpoint.app.support.StaffSession;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A subscribed member of staff gets the weekly digest with the week's figures, once per week. */
@IntegrationTest
class DigestIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TouchpointCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final GreenMail smtp = MailServer.get();

    void review(long property, LocalDate day, String rating) {
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, property_id, occurred_at, rating)
                    values ('review', 'tripadvisor', ?, ?, ?, ?::numeric) returning id""")
                    .params(UUID.randomUUID().toString(), property,
                            Timestamp.from(day.atTime(11, 0).toInstant(ZoneOffset.UTC)), rating)
                    .query(Long.class).single();
            events.publishEvent(new FeedbackRecorded(id));
        });
    }

    void feedback(long property, long touchpoint, LocalDate day, Integer nps, Integer csat) {
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, property_id, touchpoint_id, channel, occurred_at,
                                          nps, csat)
                    values ('survey', 'test', ?, ?, ?, 'in_person', ?, ?, ?) returning id""")
                    .params(UUID.randomUUID().toString(), property, touchpoint,
                            Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)), nps, csat)
                    .query(Long.class).single();
            events.publishEvent(new FeedbackRecorded(id));
        });
    }

    List<MimeMessage> mailTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            }
            catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    @Test
    void subscribedStaffGetTheWeeksFiguresOncePerWeek() throws Exception {
        // A Monday decades ahead, different for each run, so no other test's feedback falls into its weeks.
        LocalDate monday = LocalDate.of(2060, 1, 1).plusWeeks(Math.floorMod(run.hashCode(), 2000))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = monday.minusDays(3);
        LocalDate weekBefore = monday.minusDays(10);
        long property = catalog.createProperty("dg-" + run, "Digest Hotel " + run, null, null, null).id();
        long[] tp = new long[4];
        String[] names = {"Bar <script>x</script> " + run, "Spa " + run, "Desk " + run, "Pool " + run};
        for (int i = 0; i < 4; i++) {
            tp[i] = catalog.create(new TouchpointDraft("dg" + i + "-" + run, names[i], "in_person", "during",
                    "dg-" + run, null, true, "stay")).id();
        }
        // Last week: Bar (0, 0, 10) -33.3; Spa (10, 10, 5) +33.3; Desk (10, 10, 10) +100; Pool (8, 8, 8) 0.
        // Overall 6 promoters, 3 detractors of 12: +25.0. CSAT all 5: 100 % favourable.
        int[][] nps = {{0, 0, 10}, {10, 10, 5}, {10, 10, 10}, {8, 8, 8}};
        for (int i = 0; i < 4; i++) {
            for (int score : nps[i]) {
                feedback(property, tp[i], lastWeek, score, 5);
            }
        }
        // The week before: four detractors at the bar (-100), CSAT 1 (0 % favourable).
        for (int i = 0; i < 4; i++) {
            feedback(property, tp[0], weekBefore, 0, 1);
        }
        // Two reviews last week: 5 and 3 stars (normalised 1 and 0.5).
        review(property, lastWeek, "1");
        review(property, lastWeek, "0.5");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select coalesce(sum(n), 0) from feedback_daily where property_id = ?").param(property)
                .query(Long.class).single() == 18);

        String email = "boss@d" + run + ".example.com";
        String username = "digest-" + run;
        staff.create(username, "Digest Reader", email, StaffRole.VIEWER, "digest-password-1");
        StaffSession session = new StaffSession(port, username, "digest-password-1");
        assertThat(session.get("/digest").body()).contains("You are not subscribed.", email);
        digest.subscribe(username);
        assertThat(session.get("/digest").body()).contains("You are subscribed.");

        assertThat(digest.send(monday)).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 1);
        MimeMessage mail = mailTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Touchpoint weekly digest " + monday.minusDays(7) + " to "
                + monday.minusDays(1));
        String text = MailInvitationIT.part(mail, "text/plain");
        String hotel = " · Digest Hotel " + run;
        assertThat(text).contains("NPS: +25.0 (n=12), before -100.0 (n=4); change +125.0")
                .contains("CSAT: 100.0% (n=12), before 0.0% (n=4); change +100.0")
                .containsPattern("NPS: .*(significant|not significant) \\(p [<=] ")
                .contains("Review rating: 4.00 stars, 50.0% 4+ (n=2), before no data; change not enough data")
                // Touchpoint labels name their hotel: several hotels' touchpoints share names.
                .contains("Lowest NPS by touchpoint:\n- " + names[0] + hotel + ": -33.3 (n=3)\n- " + names[3] + hotel
                        + ": +0.0 (n=3)\n- " + names[1] + hotel + ": +33.3 (n=3)\n")
                .contains("Dashboard: http://localhost:" + port + "/dashboard?from=" + monday.minusDays(7));
        String html = MailInvitationIT.part(mail, "text/html");
        assertThat(html).doesNotContain("<script>").contains("Bar &lt;script&gt;x&lt;/script&gt;")
                .contains("href=\"http://localhost:" + port + "/dashboard?from=");

        // Later the same week (another run of the job, or another instance): nothing more.
        digest.send(monday.plusDays(2));
        assertThat(mailTo(email)).hasSize(1);
        // Unsubscribed: nothing the next week.
        digest.unsubscribe(username);
        digest.send(monday.plusWeeks(1));
        assertThat(mailTo(email)).hasSize(1);
    }
}
