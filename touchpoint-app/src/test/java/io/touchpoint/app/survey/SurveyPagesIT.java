package io.touchpoint.app.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.security.StaffDirectory;
import io.touchpoint.app.security.StaffRole;
import io.touchpoint.app.support.Api;
import io.touchpoint.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The builder and the survey pages work as plain forms, without JavaScript, and only for the right roles. */
@IntegrationTest
class SurveyPagesIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    StaffDirectory staff;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    Respondent signIn(String ip, String user, String password) {
        Respondent b = new Respondent(ip, port);
        b.get("/login");
        var in = b.post("/login", List.of(new String[] {"username", user}, new String[] {"password", password},
                new String[] {"_csrf", b.last().hidden().get("_csrf")}));
        assertThat(in.status()).isEqualTo(302);
        assertThat(in.location()).doesNotContain("error");
        return b;
    }

    static List<String[]> form(Respondent b, String... kv) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"_csrf", b.last().hidden().get("_csrf")});
        for (int i = 0; i < kv.length; i += 2) {
            f.add(new String[] {kv[i], kv[i + 1]});
        }
        return f;
    }

    @Test
    void buildWithoutJavaScriptPreviewPublishAndInvite() {
        String tp = SurveyFixtures.touchpoint(new Api(port), run);
        Respondent b = signIn("127.0.0.31", "admin", Api.ADMIN_PASSWORD);
        var fresh = b.get("/surveys/new");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.body()).contains("name=\"questions[0].type\"", "How likely are you to recommend us");

        // Add a question: the form comes back with it, nothing is saved.
        var added = b.post("/surveys/builder", form(b, "title", "Lobby <i>" + run + "</i>", "touchpoint", tp,
                "questions[0].type", "nps", "questions[0].id", "nps", "questions[0].text", "Recommend?",
                "questions[0].required", "true", "newType", "single_choice", "action", "add"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("name=\"questions[1].options\"", "Option A", "value=\"Lobby &lt;i&gt;" + run);
        // Move it up, then remove the NPS question that is now second.
        var moved = b.post("/surveys/builder", form(b, "title", "t", "touchpoint", tp,
                "questions[0].type", "nps", "questions[0].id", "nps", "questions[0].text", "Recommend?",
                "questions[1].type", "single_choice", "questions[1].id", "why", "questions[1].text", "Why?",
                "questions[1].options", "Room\nStaff", "action", "up:1"));
        assertThat(moved.body()).contains("name=\"questions[0].id\" value=\"why\"", "name=\"questions[1].id\" value=\"nps\"");
        var removed = b.post("/surveys/builder", form(b, "title", "t", "touchpoint", tp,
                "questions[0].type", "single_choice", "questions[0].id", "why", "questions[0].text", "Why?",
                "questions[0].options", "Room\nStaff", "questions[1].type", "nps", "questions[1].id", "nps",
                "questions[1].text", "Recommend?", "action", "remove:1"));
        assertThat(removed.body()).contains("name=\"questions[0].id\" value=\"why\"").doesNotContain("questions[1].id");

        // Saving with mistakes shows every one of them, with what was typed kept.
        var invalid = b.post("/surveys", form(b, "title", "", "touchpoint", tp,
                "questions[0].type", "rating", "questions[0].id", "r", "questions[0].text", "Rate", "questions[0].min", "abc",
                "questions[1].type", "free_text", "questions[1].id", "c", "questions[1].text", "Comment",
                "questions[1].ifQuestion", "r", "questions[1].ifOp", "equals", "questions[1].ifValue", "x", "action", "save"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("The survey was not saved", "data-field=\"title\"",
                "data-field=\"questions[0].min\"", "data-field=\"questions[1].showIf.op\"", "value=\"abc\"");

        var saved = b.post("/surveys", form(b, "title", "Lobby <i>" + run + "</i>", "touchpoint", tp, "intro", "Hi",
                "questions[0].type", "nps", "questions[0].id", "nps", "questions[0].text", "Recommend?",
                "questions[0].required", "true",
                "questions[1].type", "free_text", "questions[1].id", "why", "questions[1].text", "Why so low?",
                "questions[1].ifQuestion", "nps", "questions[1].ifOp", "lt", "questions[1].ifValue", "7", "action", "save"));
        assertThat(saved.status()).isEqualTo(302);
        Matcher m = Pattern.compile("/surveys/(\\d+)$").matcher(saved.location());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        var overview = b.follow();
        assertThat(overview.body()).contains("Lobby &lt;i&gt;" + run, "Publish version 1", "/public/s/", "qr.svg")
                .doesNotContain("<i>" + run);
        var preview = b.get("/surveys/" + id + "/preview");
        assertThat(preview.body()).contains("Page 2", "Shown only when nps &lt; 7", "Why so low?", "Nothing you enter here is saved");

        b.get("/surveys/" + id);
        var published = b.post("/surveys/" + id + "/publish", form(b));
        assertThat(published.status()).isEqualTo(302);
        assertThat(b.follow().body()).contains("Version 1 is live");
        var invited = b.post("/surveys/" + id + "/invitations", form(b, "email", "lobby" + run + "@example.com",
                "expiresInDays", "5"));
        assertThat(invited.status()).isEqualTo(302);
        assertThat(b.follow().body()).contains("Personal link created", "id=\"personal-link\"");
        var badInvite = b.post("/surveys/" + id + "/invitations", form(b, "customerId", "abc"));
        assertThat(badInvite.status()).isEqualTo(302);
        assertThat(b.follow().body()).contains("not a customer id");

        // Editing the live survey makes version 2, a draft.
        var edit = b.get("/surveys/" + id + "/edit");
        assertThat(edit.body()).contains("value=\"Why so low?\"", "creates a new draft version");
        var v2 = b.post("/surveys/" + id, form(b, "surveyId", String.valueOf(id), "title", "Lobby v2", "touchpoint", tp,
                "questions[0].type", "csat", "questions[0].id", "csat", "questions[0].text", "Satisfied?", "action", "save"));
        assertThat(v2.status()).isEqualTo(302);
        assertThat(b.follow().body()).contains("Saved as version 2", "Publish version 2");
        assertThat(b.get("/surveys").body()).contains("Lobby v2", "unpublished changes");
        assertThat(b.get("/surveys/" + id + "/qr.png").status()).isEqualTo(200);
        assertThat(b.get("/surveys/" + id + "/qr.svg").body()).contains("<svg");
        assertThat(b.get("/surveys/" + id + "/qr.svg?for=touchpoint").body()).contains("<svg");
        assertThat(b.get("/surveys/" + id).body()).contains("/public/t/" + tp, "for=touchpoint");
        assertThat(b.get("/surveys/999999999").status()).isEqualTo(404);
    }

    @Test
    void viewersMayLookButNotChange() {
        staff.create("sviewer" + run, null, null, StaffRole.VIEWER, "viewer-password-1");
        Respondent v = signIn("127.0.0.32", "sviewer" + run, "viewer-password-1");
        assertThat(v.get("/surveys").status()).isEqualTo(200);
        assertThat(v.last().body()).doesNotContain("id=\"new-survey\"");
        var refused = v.post("/surveys", form(v, "title", "x", "action", "save"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(v.get("/surveys/new").body()).doesNotContain("id=\"save\"");
        // Signed out, the staff pages ask for a sign-in while the public pages do not.
        Respondent anonymous = new Respondent("127.0.0.33", port);
        assertThat(anonymous.get("/surveys").status()).isEqualTo(302);
        assertThat(anonymous.get("/public/s/nosuchsurvey").status()).isEqualTo(404);
    }
}
