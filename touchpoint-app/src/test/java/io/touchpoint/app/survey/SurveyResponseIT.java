package io.touchpoint.app.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/** Respondents over HTTP with real sessions and cookies, no JavaScript. */
@IntegrationTest
class SurveyResponseIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    IdentityResolution identities;
    @Autowired
    ConfigurableApplicationContext context;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    /** What a listener saw at publication time: inside the inserting transaction, with the row already there. */
    record Seen(long feedbackId, boolean inTransaction, boolean rowVisible) {
    }

    final List<Seen> recorded = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> listener = new ApplicationListener<>() {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof FeedbackRecorded f) {
                recorded.add(new Seen(f.feedbackId(), TransactionSynchronizationManager.isActualTransactionActive(),
                        jdbc.sql("select count(*) from feedback where id = ?").param(f.feedbackId())
                                .query(Long.class).single() == 1));
            }
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    JsonNode liveSurvey(Api api, String title) {
        String tp = SurveyFixtures.touchpoint(api, run);
        JsonNode s = SurveyFixtures.create(api, SurveyFixtures.hotelSurvey(tp, title));
        return SurveyFixtures.publish(api, s.get("id").asLong());
    }

    Map<String, Object> response(String publicId) {
        return jdbc.sql("select answers::text as answers, page, completed_at, version from survey_response where public_id = ?::uuid")
                .param(publicId).query().singleRow();
    }

    @Test
    void anonymousRespondentSavesPageByPageFollowsSkipLogicAndCompletesOnce() {
        Api api = new Api(port);
        JsonNode survey = liveSurvey(api, "Stay <b>" + run + "</b>");
        String path = "/public/s/" + survey.get("key").asString();
        Respondent r = new Respondent("127.0.0.11", port);

        var first = r.get(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Stay &lt;b&gt;" + run + "&lt;/b&gt;").doesNotContain("<b>" + run)
                .contains("<legend>", "(required)", "name=\"q.nps\"", "for=\"q-nps-0\"")
                .contains("Two minutes, four questions.").doesNotContain("What went wrong?").doesNotContain("<script");
        assertThat(first.hidden()).containsKeys("_csrf", "response", "version", "page");
        String id = first.hidden().get("response");

        // Forms are protected by the session's CSRF token.
        var forged = r.post(path, List.of(new String[] {"response", id}, new String[] {"page", "0"},
                new String[] {"q.nps", "3"}));
        assertThat(forged.status()).isEqualTo(403);
        // What a respondent whose session expired sees: a page of the survey's own, and a way back to the response.
        assertThat(forged.body()).contains("This page has timed out", "href=\"" + path + "?r=" + id + "\"")
                .doesNotContain("Whitelabel");
        r.get(path);
        id = r.last().hidden().get("response");

        var missing = r.answer(path, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Please answer this question.", "error-summary", "aria-invalid=\"true\"");
        var outOfRange = r.answer(path, Map.of("q.nps", "11", "q.stay", "Leisure"));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("Choose a number from 0 to 10.");
        // The acceptable answer on the page was kept while the other was refused.
        assertThat(outOfRange.body()).containsPattern("value=\"Leisure\" checked");
        var notAnOption = r.answer(path, Map.of("q.nps", "3", "q.stay", "Space travel"));
        assertThat(notAnOption.status()).isEqualTo(400);
        assertThat(notAnOption.body()).contains("Choose one of the options shown.");

        var saved = r.answer(path, Map.of("q.nps", "3", "q.stay", "Business"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains(path + "?r=" + id);
        // Partial answers are stored before the survey is finished.
        Map<String, Object> row = response(id);
        assertThat((String) row.get("answers")).contains("\"nps\": 3", "\"stay\": \"Business\"");
        assertThat(row.get("completed_at")).isNull();
        assertThat(row.get("page")).isEqualTo(1);

        // Reopening the plain link in the same session resumes where the respondent was: the low score asks why.
        var resumed = r.get(path);
        assertThat(resumed.body()).contains("What went wrong?", "Which areas did you use?", "Back")
                .doesNotContain("How likely are you to recommend us?");
        assertThat(resumed.hidden().get("response")).isEqualTo(id);

        var required = r.answer(path, Map.of("q.areas", List.of("Spa")));
        assertThat(required.status()).isEqualTo(400);
        assertThat(required.body()).contains("Please answer this question.").containsPattern("value=\"Spa\" checked");
        String hostile = "<script>alert(\"x\")</script> & the shower";
        var tooLong = r.answer(path, Map.of("q.wrong", hostile + "x".repeat(60), "q.areas", List.of("Spa")));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Please keep it to 60 characters")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the shower")
                .doesNotContain("<script>alert");

        // Back keeps the answers and shows page 1 with them.
        var back = r.answer(path, Map.of("action", "back", "q.wrong", hostile, "q.areas", List.of("Spa")));
        assertThat(back.status()).isEqualTo(303);
        assertThat(r.follow().body()).contains("How likely are you to recommend us?")
                .containsPattern("value=\"3\" checked");
        assertThat(r.answer(path, Map.of("q.nps", "3", "q.stay", "Business")).status()).isEqualTo(303);
        r.follow();

        // Areas without "Room" skip the room page: this is the last page and it completes the response.
        List<String[]> finalForm = new ArrayList<>();
        r.last().hidden().forEach((k, v) -> finalForm.add(new String[] {k, v}));
        finalForm.add(new String[] {"q.wrong", hostile});
        finalForm.add(new String[] {"q.areas", "Spa"});
        finalForm.add(new String[] {"q.areas", "Restaurant"});
        finalForm.add(new String[] {"action", "next"});
        var done = r.post(path, finalForm);
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).endsWith(path + "/thanks");
        var thanks = r.follow();
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).contains("Thank you!", "Obrigado! See you again.");

        // The same final form again (double click, reload): still one response and one feedback row.
        var again = r.post(path, finalForm);
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).endsWith("/thanks");
        assertThat(jdbc.sql("select count(*) from feedback where kind = 'survey' and external_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);

        row = response(id);
        assertThat(row.get("completed_at")).isNotNull();
        assertThat((String) row.get("answers")).contains("\"areas\": [\"Restaurant\", \"Spa\"]");
        Map<String, Object> fb = jdbc.sql("""
                select f.id, f.kind, f.source, f.nps, f.csat, f.text, f.channel, f.language, f.survey_id, f.customer_id,
                       f.touchpoint_id = s.touchpoint_id as same_touchpoint, f.stage_id = s.stage_id as same_stage,
                       f.property_id = t.property_id as same_property, f.response_id = r.id as same_response
                from feedback f join survey s on s.id = f.survey_id join touchpoint t on t.id = s.touchpoint_id
                join survey_response r on r.public_id::text = f.external_id
                where f.external_id = ?""").param(id).query().singleRow();
        assertThat(fb).containsEntry("kind", "survey").containsEntry("source", "touchpoint")
                .containsEntry("nps", 3).containsEntry("csat", null).containsEntry("text", hostile)
                .containsEntry("channel", "in_person").containsEntry("language", "en")
                .containsEntry("survey_id", survey.get("id").asLong()).containsEntry("customer_id", null)
                .containsEntry("same_touchpoint", true).containsEntry("same_stage", true)
                .containsEntry("same_property", true).containsEntry("same_response", true);
        long feedbackId = ((Number) fb.get("id")).longValue();
        assertThat(recorded).filteredOn(s -> s.feedbackId() == feedbackId)
                .containsExactly(new Seen(feedbackId, true, true));

        // The touchpoint's printed code leads to this survey (its latest published live survey).
        var viaTouchpoint = r.get("/public/t/" + survey.get("touchpoint").asString());
        assertThat(viaTouchpoint.status()).isEqualTo(303);
        assertThat(viaTouchpoint.location()).endsWith(path);
        assertThat(r.get("/public/t/no-such-touchpoint-" + run).status()).isEqualTo(404);

        // The session forgot the finished response: the link starts a new one.
        var fresh = r.get(path);
        assertThat(fresh.body()).contains("How likely are you to recommend us?");
        assertThat(fresh.hidden().get("response")).isNotEqualTo(id);
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ? and completed_at is not null")
                .param(survey.get("id").asLong()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHighScoreFinishesAfterTheFirstPagesAndHiddenAnswersAreDropped() {
        Api api = new Api(port);
        JsonNode survey = liveSurvey(api, "High " + run);
        String path = "/public/s/" + survey.get("key").asString();
        Respondent r = new Respondent("127.0.0.12", port);
        r.get(path);
        String id = r.last().hidden().get("response");
        // A crafted form answering a hidden question along with the visible ones: the hidden one is not stored.
        assertThat(r.answer(path, Map.of("q.nps", "10", "q.wrong", "sneaky")).status()).isEqualTo(303);
        var page2 = r.follow();
        assertThat(page2.body()).doesNotContain("What went wrong?").contains("Which areas did you use?");
        assertThat(r.answer(path, Map.of("q.areas", List.of("Room"))).status()).isEqualTo(303);
        var roomPage = r.follow();
        assertThat(roomPage.body()).contains("Anything about your room?", ">Submit<");
        assertThat(r.answer(path, Map.of("q.room", "Lovely view")).location()).endsWith("/thanks");
        assertThat((String) response(id).get("answers")).doesNotContain("sneaky").contains("Lovely view");
        assertThat(jdbc.sql("select nps || '|' || text from feedback where external_id = ?").param(id)
                .query(String.class).single()).isEqualTo("10|Lovely view");
    }

    @Test
    void aResponseKeepsTheVersionItStartedOn() {
        Api api = new Api(port);
        JsonNode survey = liveSurvey(api, "Versioned " + run);
        long surveyId = survey.get("id").asLong();
        String path = "/public/s/" + survey.get("key").asString();
        Respondent early = new Respondent("127.0.0.13", port);
        early.get(path);
        String earlyId = early.last().hidden().get("response");
        assertThat(early.answer(path, Map.of("q.nps", "9")).status()).isEqualTo(303);

        // Version 2 drops the follow-ups and adds a CSAT question; it is published while the early respondent is midway.
        Map<String, Object> v2 = new HashMap<>(SurveyFixtures.hotelSurvey(survey.get("touchpoint").asString(), "Versioned " + run));
        v2.put("questions", List.of(Map.of("type", "nps", "id", "nps", "text", "Recommend us?", "required", true),
                Map.of("type", "csat", "id", "csat", "text", "Satisfied with check-in?", "required", true)));
        assertThat(api.put("/api/v1/surveys/" + surveyId, Api.BOOTSTRAP_KEY, Api.json(v2)).json().get("version").asInt())
                .isEqualTo(2);
        SurveyFixtures.publish(api, surveyId);

        var rest = early.follow();
        assertThat(rest.body()).contains("Which areas did you use?").doesNotContain("Satisfied with check-in?");
        assertThat(early.answer(path, Map.of("q.areas", List.of("Spa"))).location()).endsWith("/thanks");
        assertThat(response(earlyId).get("version")).isEqualTo(1);

        Respondent late = new Respondent("127.0.0.14", port);
        var latePage = late.get(path);
        assertThat(latePage.body()).contains("Satisfied with check-in?");
        assertThat(latePage.hidden().get("version")).isEqualTo("2");
        String lateId = latePage.hidden().get("response");
        assertThat(late.answer(path, Map.of("q.nps", "8", "q.csat", "6")).body()).contains("Choose a number from 1 to 5.");
        assertThat(late.answer(path, Map.of("q.nps", "8", "q.csat", "4")).location()).endsWith("/thanks");
        assertThat(response(lateId).get("version")).isEqualTo(2);
        assertThat(jdbc.sql("select csat from feedback where external_id = ?").param(lateId).query(Integer.class).single())
                .isEqualTo(4);
        // A form claiming a version that was never published is answered on the current one.
        Respondent crafted = new Respondent("127.0.0.15", port);
        crafted.get(path);
        String craftedId = crafted.last().hidden().get("response");
        List<String[]> form = new ArrayList<>();
        crafted.last().hidden().forEach((k, v) -> form.add(new String[] {k, k.equals("version") ? "77" : v}));
        form.add(new String[] {"q.nps", "5"});
        form.add(new String[] {"q.csat", "5"});
        assertThat(crafted.post(path, form).location()).endsWith("/thanks");
        assertThat(response(craftedId).get("version")).isEqualTo(2);
    }

    @Test
    void personalLinksAreSignedSingleUseAndCountTheFunnel() {
        Api api = new Api(port);
        JsonNode survey = liveSurvey(api, "Personal " + run);
        long surveyId = survey.get("id").asLong();
        String email = "pers" + run + "@example.com";
        JsonNode inv = api.post("/api/v1/surveys/" + surveyId + "/invitations", Api.BOOTSTRAP_KEY,
                Api.json(Map.of("email", email, "expiresInDays", 3))).json();
        long invitationId = inv.get("id").asLong();
        long customerId = inv.get("customerId").asLong();
        String path = "/public/s/" + inv.get("token").asString();
        invitations.markSent(invitationId);
        assertThat(status(invitationId)).isEqualTo("sent");

        Respondent r = new Respondent("127.0.0.16", port);
        assertThat(r.get(path).status()).isEqualTo(200);
        List<String[]> firstForm = new ArrayList<>();
        r.last().hidden().forEach((k, v) -> firstForm.add(new String[] {k, v}));
        assertThat(status(invitationId)).isEqualTo("opened");
        assertThat(r.answer(path, Map.of("q.nps", "2")).status()).isEqualTo(303);
        assertThat(status(invitationId)).isEqualTo("started");
        // The link opened in another browser continues the same response.
        Respondent otherDevice = new Respondent("127.0.0.17", port);
        assertThat(otherDevice.get(path).body()).contains("What went wrong?");
        assertThat(otherDevice.answer(path, Map.of("q.wrong", "Cold room")).location()).endsWith(path + "/thanks");
        assertThat(status(invitationId)).isEqualTo("completed");
        assertThat(otherDevice.follow().body()).contains("Obrigado!");

        Map<String, Object> fb = jdbc.sql("select customer_id, nps, text from feedback where survey_id = ?")
                .param(surveyId).query().singleRow();
        assertThat(fb).containsEntry("customer_id", customerId).containsEntry("nps", 2)
                .containsEntry("text", "Cold room");
        Map<String, Object> steps = jdbc.sql("""
                select sent_at is not null as s, opened_at is not null as o, started_at is not null as st,
                       completed_at is not null as c from invitation where id = ?""").param(invitationId).query().singleRow();
        assertThat(steps).containsOnly(Map.entry("s", true), Map.entry("o", true), Map.entry("st", true), Map.entry("c", true));

        // Reused: the first browser tries again.
        var reused = r.get(path);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body()).contains("You have already answered this survey");
        firstForm.add(new String[] {"q.nps", "1"});
        assertThat(r.post(path, firstForm).status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from feedback where survey_id = ?").param(surveyId).query(Long.class).single())
                .isEqualTo(1);

        // Tampered: another invitation id under the same signature.
        String token = inv.get("token").asString();
        String tampered = Long.toString(invitationId + 1, 36) + token.substring(token.indexOf('.'));
        var bad = r.get("/public/s/" + tampered);
        assertThat(bad.status()).isEqualTo(403);
        assertThat(bad.body()).contains("This link is not valid");
        assertThat(r.get("/public/s/" + token.substring(0, token.length() - 2)).status()).isEqualTo(403);
        assertThat(r.get("/public/s/nosuchsurveykey").status()).isEqualTo(404);

        // Expired: an invitation whose time ran out.
        Instant past = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        long expiredId = jdbc.sql("insert into invitation (survey_id, expires_at) values (?, ?) returning id")
                .params(surveyId, java.sql.Timestamp.from(past)).query(Long.class).single();
        String expiredToken = invitations.token(invitations.find(expiredId).orElseThrow());
        var expired = r.get("/public/s/" + expiredToken);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired");

        var funnel = invitations.funnel(surveyId);
        assertThat(funnel).isEqualTo(new InvitationFunnel(2, 1, 1, 1, 1, 1));
    }

    @Test
    void answersFollowTheCustomerIntoAMerge() {
        Api api = new Api(port);
        JsonNode survey = liveSurvey(api, "Merge " + run);
        long surveyId = survey.get("id").asLong();
        long older = identities.resolve(CustomerReference.of(List.of(Identifier.email("old" + run + "@example.com"))), "test");
        String newer = "new" + run + "@example.com";
        JsonNode inv = api.post("/api/v1/surveys/" + surveyId + "/invitations", Api.BOOTSTRAP_KEY,
                Api.json(Map.of("email", newer))).json();
        long absorbed = inv.get("customerId").asLong();
        assertThat(absorbed).isNotEqualTo(older);
        String path = "/public/s/" + inv.get("token").asString();
        Respondent r = new Respondent("127.0.0.18", port);
        r.get(path);
        r.answer(path, Map.of("q.nps", "9"));
        r.follow();
        assertThat(r.answer(path, Map.of("q.areas", List.of("Spa"))).location()).endsWith("/thanks");

        // One record carries both emails: the newer profile is merged into the older one.
        identities.resolveAll(List.of(CustomerReference.of(List.of(Identifier.email("old" + run + "@example.com"),
                Identifier.email(newer)))), "test");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("select customer_id from feedback where survey_id = ?").param(surveyId)
                    .query(Long.class).single()).isEqualTo(older);
            assertThat(jdbc.sql("select customer_id from invitation where id = ?").param(inv.get("id").asLong())
                    .query(Long.class).single()).isEqualTo(older);
            assertThat(jdbc.sql("select customer_id from survey_response where survey_id = ?").param(surveyId)
                    .query(Long.class).single()).isEqualTo(older);
        });
    }

    @Test
    void hostileFormsAreRefusedWithoutHarm() {
        Api api = new Api(port);
        JsonNode survey = liveSurvey(api, "Hostile " + run);
        String path = "/public/s/" + survey.get("key").asString();
        Respondent r = new Respondent("127.0.0.19", port);
        r.get(path);
        Map<String, String> hidden = r.last().hidden();
        // 3 MB of answer: over the server's form limit, refused without a server error.
        List<String[]> huge = new ArrayList<>();
        hidden.forEach((k, v) -> huge.add(new String[] {k, v}));
        huge.add(new String[] {"q.nps", "1".repeat(3 * 1024 * 1024)});
        var tooBig = r.post(path, huge);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.body()).contains("Too much to send");
        // Wrong types and made-up fields: the page says what is wrong, nothing else is stored.
        r.get(path);
        List<String[]> crafted = new ArrayList<>();
        r.last().hidden().forEach((k, v) -> crafted.add(new String[] {k, k.equals("page") ? "not-a-number" : v}));
        crafted.add(new String[] {"q.nps", "5"});
        crafted.add(new String[] {"q.nope", "x"});
        // Not a page of the survey: nothing is saved, the respondent is shown where they are.
        assertThat(r.post(path, crafted).status()).isEqualTo(303);
        r.get(path);
        var twoValues = r.answer(path, Map.of("q.nps", List.of("1", "2")));
        assertThat(twoValues.status()).isEqualTo(400);
        assertThat(twoValues.body()).contains("Choose one number only.");
        var tooLongPage = r.answer(path, Map.of("q.nps", "4"));
        assertThat(tooLongPage.status()).isEqualTo(303);
        assertThat((String) response(r.last().location().replaceAll(".*r=", "")).get("answers"))
                .isEqualTo("{\"nps\": 4}");
    }

    @Test
    void floodsFromOneAddressGetAFriendly429AndOthersAreServed() {
        Respondent flood = new Respondent("127.0.0.99", port);
        int firstRefused = -1;
        for (int i = 0; i < 200 && firstRefused < 0; i++) {
            if (flood.get("/public/s/nosuchsurvey" + i).status() == 429) {
                firstRefused = i;
            }
        }
        // 120 a minute, refilled smoothly: a few more may pass while the loop runs.
        assertThat(firstRefused).isBetween(120, 140);
        assertThat(flood.last().body()).contains("Please wait a moment");
        assertThat(flood.last().body()).doesNotContain("nosuchsurvey");
        assertThat(new Respondent("127.0.0.98", port).get("/public/s/nosuchsurvey").status()).isEqualTo(404);
    }

    String status(long invitationId) {
        return jdbc.sql("select status from invitation where id = ?").param(invitationId).query(String.class).single();
    }
}
