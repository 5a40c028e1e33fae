package io.touchpoint.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import io.touchpoint.app.support.MailServer;
import io.touchpoint.app.support.StaffSession;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Survey invitations by email end to end: an event arrives over the API, the job mails the consenting guest through
 * a real SMTP server (GreenMail), the guest follows the link and answers; reminders, consent, fatigue, unsubscribe.
 */
@IntegrationTest
class MailInvitationIT {

    static final Pattern SURVEY_LINK = Pattern.compile("http://localhost:\\d+/public/s/[A-Za-z0-9._-]+");
    static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("http://localhost:\\d+/public/unsubscribe/[A-Za-z0-9._-]+");

    @Value("${local.server.port}")
    int port;
    @Autowired
    SurveyMailer mailer;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String domain = "@m" + run + ".example.com";
    final GreenMail smtp = MailServer.get();

    Api api() {
        return new Api(port);
    }

    /** A hotel, a front-desk touchpoint and a live one-page survey emailed 24 h after checkout there. */
    record Setup(long surveyId, String touchpoint, long ruleId) {
    }

    Setup survey(String suffix, Integer reminderDays) {
        Api api = api();
        String key = run + suffix;
        assertThat(api.post("/api/v1/properties", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "mh-" + key, "name",
                "Hotel Mar " + key, "timezone", "Europe/Lisbon"))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/touchpoints", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "out-" + key, "name",
                "Check-out", "channel", "in_person", "phase", "post", "property", "mh-" + key, "stage",
                "departure"))).status()).isEqualTo(201);
        var s = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, Api.json(Map.of("touchpoint", "out-" + key,
                "title", "Your stay " + key, "questions", List.of(
                        Map.of("type", "nps", "id", "nps", "text", "Would you recommend us?", "required", true),
                        Map.of("type", "free_text", "id", "comment", "text", "Anything else?")))));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long id = s.json().get("id").asLong();
        assertThat(api.post("/api/v1/surveys/" + id + "/publish", Api.BOOTSTRAP_KEY, "").status()).isEqualTo(200);
        Map<String, Object> rule = new java.util.HashMap<>(Map.of("eventType", "checkout", "delayHours", 24,
                "touchpoint", "out-" + key));
        if (reminderDays != null) {
            rule.put("reminderDays", reminderDays);
        }
        var r = api.post("/api/v1/surveys/" + id + "/mail-rules", Api.BOOTSTRAP_KEY, Api.json(rule));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Setup(id, "out-" + key, r.json().get("id").asLong());
    }

    long guest(String email, String firstName, boolean consenting) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("email", email, "firstName", firstName));
        if (consenting) {
            body.put("consents", List.of(Map.of("purpose", "survey_email", "status", "granted")));
        }
        var r = api().post("/api/v1/customers", Api.BOOTSTRAP_KEY, Api.json(body));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().get("id").asLong();
    }

    void checkout(String email, String touchpoint, Instant at) {
        var r = api().post("/api/v1/events", Api.BOOTSTRAP_KEY, Api.json(Map.of("events", List.of(Map.of(
                "id", "co-" + UUID.randomUUID(), "type", "checkout", "occurredAt", at.toString(),
                "touchpoint", touchpoint, "customer", Map.of("email", email))))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
    }

    static Instant hoursAgo(int h) {
        return Instant.now().minus(Duration.ofHours(h)).truncatedTo(ChronoUnit.SECONDS);
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

    /** Runs the job (the schedule may run it too: either way each row is sent once) and waits for the mail. */
    List<MimeMessage> runAndAwait(String email, int expected) {
        mailer.run();
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() >= expected);
        return mailTo(email);
    }

    static String part(MimeMessage m, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(m, type, found);
        assertThat(found).as("a " + type + " part").isNotEmpty();
        return found.get(0);
    }

    private static void collect(Part p, String type, List<String> found) throws Exception {
        if (p.isMimeType(type)) {
            found.add(((String) p.getContent()).replace("\r\n", "\n"));
        }
        else if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                collect(b, type, found);
            }
        }
    }

    static String link(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("a link in " + text).isTrue();
        return m.group();
    }

    String sendStatus(long ruleId, long customerId) {
        return jdbc.sql("select status || coalesce(':' || reason, '') from survey_mail_send where rule_id = ? and customer_id = ?")
                .params(ruleId, customerId).query(String.class).single();
    }

    @Test
    void checkoutEmailLeadsToAStoredResponseOnceAndEscapesHostileText() throws Exception {
        Setup s = survey("a", 3);
        var t = api().put("/api/v1/surveys/" + s.surveyId() + "/mail-template", Api.BOOTSTRAP_KEY, Api.json(Map.of(
                "subject", "{firstName}, how was {hotelName}?",
                "body", "<script>alert('template')</script>Dear {firstName},\n\nplease answer: {surveyLink}\n\n"
                        + "Unsubscribe: {unsubscribeLink}")));
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        var bad = api().put("/api/v1/surveys/" + s.surveyId() + "/mail-template", Api.BOOTSTRAP_KEY,
                Api.json(Map.of("subject", "Hi", "body", "{surveyLink} {firstname}")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown placeholder {firstname}", "{unsubscribeLink}");

        String email = "ann" + domain;
        long customer = guest(email, "<script>alert('x')</script>Ann", true);
        checkout(email, s.touchpoint(), hoursAgo(25));

        List<MimeMessage> mails = runAndAwait(email, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("<script>alert('x')</script>Ann, how was Hotel Mar " + run + "a?");
        String html = part(mail, "text/html");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Ann")
                .contains("&lt;script&gt;alert(&#39;template&#39;)&lt;/script&gt;");
        String text = part(mail, "text/plain");
        String unsubscribe = link(UNSUBSCRIBE_LINK, text);
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(sendStatus(s.ruleId(), customer)).isEqualTo("sent");

        // The guest follows the link and answers.
        String surveyLink = link(SURVEY_LINK, text);
        assertThat(html).contains("<a href=\"" + surveyLink + "\">");
        Guest guest = new Guest();
        Guest.Page form = guest.get(surveyLink);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Would you recommend us?");
        Guest.Page done = guest.post(surveyLink, form, Map.of("q.nps", "9", "q.comment", "Lovely view"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).endsWith("/thanks");
        long invitation = jdbc.sql("select invitation_id from survey_mail_send where rule_id = ?").param(s.ruleId())
                .query(Long.class).single();
        assertThat(jdbc.sql("select status from invitation where id = ?").param(invitation).query(String.class).single())
                .isEqualTo("completed");
        assertThat(jdbc.sql("""
                select f.nps from feedback f join survey_response r on f.response_id = r.id
                where r.invitation_id = ? and r.customer_id = ?""").params(invitation, customer)
                .query(Integer.class).single()).isEqualTo(9);
        var funnel = api().get("/api/v1/surveys/" + s.surveyId() + "/funnel", Api.BOOTSTRAP_KEY).json();
        assertThat(funnel.get("sent").asLong()).isEqualTo(1);
        assertThat(funnel.get("completed").asLong()).isEqualTo(1);

        // Running again (the same event, and a replayed rule pass) sends nothing more; no reminder once completed.
        jdbc.sql("update survey_mail_send set sent_at = sent_at - interval '4 days' where rule_id = ?")
                .param(s.ruleId()).update();
        mailer.run();
        mailer.run();
        assertThat(mailTo(email)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from survey_mail_send where rule_id = ?").param(s.ruleId())
                .query(Long.class).single()).isEqualTo(1);

        // The staff page shows the funnel, the rule and the template.
        StaffSession staff = new StaffSession(port, "admin", Api.ADMIN_PASSWORD);
        var page = staff.get("/surveys/" + s.surveyId() + "/distribution");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"funnel-completed\"", "100.0 %", "checkout", "after 3 days")
                .contains("&lt;script&gt;alert(&#39;template&#39;)").doesNotContain("<script>alert")
                .doesNotContain("id=\"mail-disabled\"");
    }

    @Test
    void remindsOnceThenTheUnsubscribeLinkRevokesTheConsent() throws Exception {
        Setup s = survey("r", 3);
        String email = "bo" + domain;
        long customer = guest(email, "Bo", true);
        checkout(email, s.touchpoint(), hoursAgo(30));
        assertThat(runAndAwait(email, 1)).hasSize(1);

        // Not yet due: nothing.
        mailer.run();
        assertThat(mailTo(email)).hasSize(1);
        // Three days later, still not answered: one reminder with the same link, and never a second.
        jdbc.sql("update survey_mail_send set sent_at = sent_at - interval '3 days 1 hour' where rule_id = ?")
                .param(s.ruleId()).update();
        List<MimeMessage> mails = runAndAwait(email, 2);
        assertThat(mails).hasSize(2);
        MimeMessage reminder = mails.stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Reminder: ");
            }
            catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).findFirst().orElseThrow();
        assertThat(link(SURVEY_LINK, part(reminder, "text/plain"))).isEqualTo(link(SURVEY_LINK, part(mails.get(0), "text/plain")));
        jdbc.sql("update survey_mail_send set sent_at = sent_at - interval '10 days' where rule_id = ?")
                .param(s.ruleId()).update();
        mailer.run();
        assertThat(mailTo(email)).hasSize(2);

        // Unsubscribe: the link asks first, then revokes the consent and suppresses the address.
        String unsubscribe = link(UNSUBSCRIBE_LINK, part(reminder, "text/plain"));
        Guest guest = new Guest();
        Guest.Page ask = guest.get(unsubscribe);
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.body()).contains("Unsubscribe from feedback emails?");
        assertThat(profiles.hasConsent(customer, "survey_email")).as("opening the link changes nothing").isTrue();
        // As a mail client's one-click unsubscribe would: a bare POST, no session.
        Guest.Page done = new Guest().post(unsubscribe, null, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("You are unsubscribed");
        assertThat(profiles.hasConsent(customer, "survey_email")).isFalse();
        assertThat(jdbc.sql("""
                select status || '/' || source from customer_consent where customer_id = ? and purpose = 'survey_email'
                order by recorded_at desc, id desc limit 1""").param(customer).query(String.class).single())
                .isEqualTo("revoked/unsubscribe-link");
        assertThat(new Guest().get(unsubscribe.substring(0, unsubscribe.length() - 2)).status()).isEqualTo(404);

        // Granting the consent again elsewhere does not bring back an address that unsubscribed.
        guest(email, "Bo", true);
        Setup other = survey("r2", null);
        jdbc.sql("update invitation set created_at = created_at - interval '60 days' where customer_id = ?")
                .param(customer).update();
        checkout(email, other.touchpoint(), hoursAgo(25));
        mailer.run();
        assertThat(sendStatus(other.ruleId(), customer)).isEqualTo("skipped:unsubscribed");
        assertThat(mailTo(email)).hasSize(2);
    }

    @Test
    void noConsentAndFatigueAreSkippedWithTheirReason() throws Exception {
        Setup s = survey("c", null);
        String refuser = "cy" + domain;
        long refuserId = guest(refuser, "Cy", false);
        checkout(refuser, s.touchpoint(), hoursAgo(25));

        String tired = "di" + domain;
        long tiredId = guest(tired, "Di", true);
        // Invited to another survey a week ago.
        Setup earlier = survey("c0", null);
        JsonNode inv = api().post("/api/v1/surveys/" + earlier.surveyId() + "/invitations", Api.BOOTSTRAP_KEY,
                Api.json(Map.of("customerId", tiredId))).json();
        jdbc.sql("update invitation set created_at = now() - interval '7 days' where id = ?")
                .param(inv.get("id").asLong()).update();
        checkout(tired, s.touchpoint(), hoursAgo(25));

        // A control guest is mailed, so the runs did happen: two at once, as two instances would, send once.
        String control = "ed" + domain;
        guest(control, "Ed", true);
        checkout(control, s.touchpoint(), hoursAgo(25));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SurveyMailer.Run>> runs = List.of(pool.submit(mailer::run), pool.submit(mailer::run));
            for (Future<SurveyMailer.Run> r : runs) {
                r.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(control).size() >= 1);
        mailer.run();
        assertThat(mailTo(control)).hasSize(1);

        assertThat(mailTo(refuser)).isEmpty();
        assertThat(mailTo(tired)).isEmpty();
        assertThat(sendStatus(s.ruleId(), refuserId)).isEqualTo("skipped:no-consent");
        assertThat(sendStatus(s.ruleId(), tiredId)).isEqualTo("skipped:fatigue");
        var sends = api().get("/api/v1/surveys/" + s.surveyId() + "/mail-sends", Api.BOOTSTRAP_KEY);
        assertThat(sends.status()).isEqualTo(200);
        assertThat(sends.body()).contains("\"reason\":\"fatigue\"", "\"reason\":\"no-consent\"");
    }

    /**
     * Discovery runs one at a time (the scheduled run met a manual one in DemoDataIT and the two inserts of the same
     * due events deadlocked): while another transaction holds the mailer's advisory lock, a discovery waits; once it
     * is released, the discovery finishes and inserts each due event once.
     */
    @Test
    void discoveriesWaitForEachOtherInsteadOfDeadlocking() throws Exception {
        Setup s = survey("d", null);
        String email = "dora" + domain;
        guest(email, "Dora", true);
        checkout(email, s.touchpoint(), hoursAgo(26));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (java.sql.Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("select pg_advisory_xact_lock(?, 1)")) {
                st.setInt(1, SurveyMailer.LOCK_SPACE);
                st.execute();
            }
            Future<Integer> discovery = pool.submit(() -> mailer.discover());
            Thread.sleep(500);
            assertThat(discovery.isDone()).as("discovery waits for the lock").isFalse();
            c.commit();
            discovery.get(20, TimeUnit.SECONDS);
        }
        finally {
            pool.shutdownNow();
        }
        mailer.discover();
        assertThat(jdbc.sql("select count(*) from survey_mail_send where rule_id = ?").param(s.ruleId())
                .query(Long.class).single()).isEqualTo(1);
    }
}
