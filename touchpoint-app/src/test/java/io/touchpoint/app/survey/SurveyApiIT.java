package io.touchpoint.app.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.ApiScope;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The survey API as a client uses it: create, field errors, publish, versions on edit, invitations. */
@IntegrationTest
class SurveyApiIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void createValidatePublishAndVersionOnEdit() {
        Api api = new Api(port);
        String tp = SurveyFixtures.touchpoint(api, run);

        var bad = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, Api.json(Map.of("touchpoint", "nowhere-" + run,
                "title", "", "questions", List.of(
                        Map.of("type", "nps", "id", "nps", "text", "Recommend?"),
                        Map.of("type", "free_text", "id", "why", "text", "Why?",
                                "showIf", Map.of("question", "nps", "op", "le", "value", 12)),
                        Map.of("type", "single_choice", "id", "one", "text", "Pick", "options", List.of("only"))))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.json().get("field").asString()).isEqualTo("touchpoint");
        assertThat(bad.json().get("errors").toString()).contains("\"title\"", "questions[1].showIf.value",
                "questions[2].options");

        var wrongType = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, "{\"touchpoint\":\"" + tp
                + "\",\"title\":\"t\",\"questions\":[{\"type\":\"nps\",\"id\":\"n\",\"text\":\"x\",\"required\":\"maybe\"}]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("field").asString()).isEqualTo("questions[0].required");
        var unknownType = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, "{\"touchpoint\":\"" + tp
                + "\",\"title\":\"t\",\"questions\":[{\"type\":\"slider\",\"id\":\"n\"}]}");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("field").asString()).startsWith("questions[0]");
        assertThat(api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, "{\"title\": [1,2").status()).isEqualTo(400);

        String hostileTitle = "<script>alert('t')</script> Stay " + run;
        var created = SurveyFixtures.create(api, SurveyFixtures.hotelSurvey(tp, hostileTitle));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("draft");
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("publishedVersion").isNull()).isTrue();
        assertThat(created.get("stage").asString()).isEqualTo("arrival");
        assertThat(created.get("title").asString()).isEqualTo(hostileTitle);
        assertThat(created.get("questions").get(2).get("showIf").toString())
                .isEqualTo("{\"question\":\"nps\",\"op\":\"le\",\"value\":6}");
        assertThat(created.get("links").get("anonymous").asString())
                .endsWith("/public/s/" + created.get("key").asString());
        // A draft takes no answers yet.
        assertThat(new Respondent("127.0.0.21", port).get("/public/s/" + created.get("key").asString()).status())
                .isEqualTo(404);

        // Editing a draft changes it in place.
        Map<String, Object> body = new HashMap<>(SurveyFixtures.hotelSurvey(tp, hostileTitle));
        body.put("intro", "Edited while a draft.");
        var edited = api.put("/api/v1/surveys/" + id, Api.BOOTSTRAP_KEY, Api.json(body));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(1);

        var live = SurveyFixtures.publish(api, id);
        assertThat(live.get("status").asString()).isEqualTo("live");
        assertThat(live.get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(SurveyFixtures.publish(api, id).get("publishedVersion").asInt()).isEqualTo(1);

        // Saving the same questions again makes no new version.
        assertThat(api.put("/api/v1/surveys/" + id, Api.BOOTSTRAP_KEY, Api.json(body)).json().get("version").asInt())
                .isEqualTo(1);

        // Editing a live survey starts version 2; respondents keep version 1 until it is published.
        body.put("title", "Your stay, v2 " + run);
        var v2 = api.put("/api/v1/surveys/" + id, Api.BOOTSTRAP_KEY, Api.json(body)).json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(v2.get("unpublishedChanges").asBoolean()).isTrue();
        body.put("title", "Your stay, v2 again " + run);
        assertThat(api.put("/api/v1/surveys/" + id, Api.BOOTSTRAP_KEY, Api.json(body)).json().get("version").asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/surveys/" + id + "?version=1", Api.BOOTSTRAP_KEY).json().get("title").asString())
                .isEqualTo(hostileTitle);
        assertThat(api.get("/api/v1/surveys/" + id + "?version=9", Api.BOOTSTRAP_KEY).status()).isEqualTo(404);
        var published = SurveyFixtures.publish(api, id);
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(published.get("unpublishedChanges").asBoolean()).isFalse();
        var versions = api.get("/api/v1/surveys/" + id + "/versions", Api.BOOTSTRAP_KEY).json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("publishedAt").isNull()).isFalse();
        // Published versions are stored once and never rewritten.
        assertThat(jdbc.sql("select definition->>'title' from survey_version where survey_id = ? and version = 1")
                .param(id).query(String.class).single()).isEqualTo(hostileTitle);

        var list = api.get("/api/v1/surveys", Api.BOOTSTRAP_KEY);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id);
        assertThat(api.get("/api/v1/surveys/abc", Api.BOOTSTRAP_KEY).json().get("field").asString()).isEqualTo("id");
        assertThat(api.get("/api/v1/surveys/99999999", Api.BOOTSTRAP_KEY).status()).isEqualTo(404);
    }

    @Test
    void scopesHugeBodiesAndPublishingEmptySurveys() {
        Api api = new Api(port);
        String tp = SurveyFixtures.touchpoint(api, run);
        String reader = keys.create("survey reader " + run, EnumSet.of(ApiScope.READ), "test").secret();
        String ingest = keys.create("survey ingest " + run, EnumSet.of(ApiScope.INGEST), "test").secret();
        String body = Api.json(Map.of("touchpoint", tp, "title", "Empty " + run, "questions", List.of()));
        assertThat(api.post("/api/v1/surveys", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/surveys", reader, body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/surveys", ingest, body).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/surveys", ingest).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/surveys", reader).status()).isEqualTo(200);

        var empty = SurveyFixtures.create(api, Map.of("touchpoint", tp, "title", "Empty " + run, "questions", List.of()));
        long id = empty.get("id").asLong();
        assertThat(api.put("/api/v1/surveys/" + id, reader, body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/surveys/" + id + "/publish", reader, "").status()).isEqualTo(403);
        var notPublished = api.post("/api/v1/surveys/" + id + "/publish", Api.BOOTSTRAP_KEY, "");
        assertThat(notPublished.status()).isEqualTo(400);
        assertThat(notPublished.json().get("field").asString()).isEqualTo("questions");

        // 2 MB of title: refused before it is parsed.
        String huge = "{\"touchpoint\":\"" + tp + "\",\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        var tooLarge = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("field").asString()).isEqualTo("body");
        // Under the limit but over the field's: a field error.
        var longTitle = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, Api.json(Map.of("touchpoint", tp,
                "title", "x".repeat(5000))));
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.json().get("field").asString()).isEqualTo("title");
        assertThat(api.get("/api/v1/surveys/" + id + "/qr.svg", reader).body()).startsWith("<?xml").contains("<svg");
        assertThat(api.get("/api/v1/surveys/" + id + "/qr.png", reader).contentType()).isEqualTo("image/png");
    }

    @Test
    void invitationsNameTheirRespondentAndCountTheFunnel() {
        Api api = new Api(port);
        String tp = SurveyFixtures.touchpoint(api, run);
        long id = SurveyFixtures.create(api, SurveyFixtures.hotelSurvey(tp, "Invitations " + run)).get("id").asLong();
        String path = "/api/v1/surveys/" + id + "/invitations";
        var draft = api.post(path, Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "guest" + run + "@example.com")));
        assertThat(draft.status()).isEqualTo(409);
        SurveyFixtures.publish(api, id);

        var none = api.post(path, Api.BOOTSTRAP_KEY, "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asString()).isEqualTo("customerId");
        var badEmail = api.post(path, Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "not-an-email", "expiresInDays", 0)));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").toString()).contains("\"email\"", "\"expiresInDays\"");
        assertThat(api.post(path, Api.BOOTSTRAP_KEY, Api.json(Map.of("customerId", 987654321))).json().get("field")
                .asString()).isEqualTo("customerId");
        assertThat(api.post(path, Api.BOOTSTRAP_KEY, "{\"customerId\":\"abc\"}").json().get("field").asString())
                .isEqualTo("customerId");

        var created = api.post(path, Api.BOOTSTRAP_KEY, Api.json(Map.of("email", "Guest" + run + "@Example.com",
                "expiresInDays", 7)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var inv = created.json();
        assertThat(inv.get("status").asString()).isEqualTo("created");
        assertThat(inv.get("email").asString()).isEqualTo("guest" + run + "@example.com");
        assertThat(inv.get("customerId").isNull()).isFalse();
        assertThat(inv.get("link").asString()).startsWith("http://localhost:" + port + "/public/s/")
                .endsWith(inv.get("token").asString());
        // The same customer again, by id.
        var byId = api.post(path, Api.BOOTSTRAP_KEY, Api.json(Map.of("customerId", inv.get("customerId").asLong())));
        assertThat(byId.status()).isEqualTo(201);
        assertThat(byId.json().get("token").asString()).isNotEqualTo(inv.get("token").asString());

        var funnel = api.get("/api/v1/surveys/" + id + "/funnel", Api.BOOTSTRAP_KEY).json();
        assertThat(funnel.get("created").asLong()).isEqualTo(2);
        assertThat(funnel.get("sent").asLong()).isZero();
        var again = api.get(path + "/" + inv.get("id").asLong(), Api.BOOTSTRAP_KEY).json();
        assertThat(again.get("token").asString()).isEqualTo(inv.get("token").asString());
        // A personal link lets anyone answer as the customer: reading it back needs the admin scope.
        String reader = keys.create("inv reader " + run, EnumSet.of(ApiScope.READ), "test").secret();
        assertThat(api.get(path + "/" + inv.get("id").asLong(), reader).status()).isEqualTo(403);
        assertThat(api.post(path, reader, Api.json(Map.of("email", "x" + run + "@example.com"))).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/surveys/" + id + "/funnel", reader).status()).isEqualTo(200);
    }
}
