package io.touchpoint.app.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.support.Api;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Test data builders for the survey ITs: a property with a check-in touchpoint, and surveys made over the API. */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** A property and an in-person check-in touchpoint at the arrival stage; returns the touchpoint key. */
    static String touchpoint(Api api, String run) {
        var p = api.post("/api/v1/properties", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "sv-" + run, "name",
                "Survey Hotel " + run, "timezone", "Europe/Lisbon")));
        assertThat(p.status()).isEqualTo(201);
        var t = api.post("/api/v1/touchpoints", Api.BOOTSTRAP_KEY, Api.json(Map.of("key", "desk-" + run, "name",
                "Front desk", "channel", "in_person", "phase", "during", "property", "sv-" + run, "stage", "arrival")));
        assertThat(t.status()).isEqualTo(201);
        return "desk-" + run;
    }

    /**
     * Page 1: NPS (required) and the purpose of the stay. Page 2: "what went wrong?" (required, only when NPS <= 6)
     * and the areas used. Page 3: a comment on the room, only when "Room" was among the areas.
     */
    static Map<String, Object> hotelSurvey(String touchpoint, String title) {
        return Map.of("touchpoint", touchpoint, "title", title, "intro", "Two minutes, four questions.",
                "thankYou", "Obrigado! See you again.", "questions", List.of(
                        Map.of("type", "nps", "id", "nps", "text", "How likely are you to recommend us?", "required", true),
                        Map.of("type", "single_choice", "id", "stay", "text", "Why did you travel?",
                                "options", List.of("Business", "Leisure")),
                        Map.of("type", "free_text", "id", "wrong", "text", "What went wrong?", "required", true,
                                "maxLength", 60, "showIf", Map.of("question", "nps", "op", "le", "value", 6)),
                        Map.of("type", "multiple_choice", "id", "areas", "text", "Which areas did you use?",
                                "options", List.of("Room", "Restaurant", "Spa")),
                        Map.of("type", "free_text", "id", "room", "text", "Anything about your room?",
                                "showIf", Map.of("question", "areas", "op", "contains", "value", "Room"))));
    }

    static JsonNode create(Api api, Map<String, Object> body) {
        var r = api.post("/api/v1/surveys", Api.BOOTSTRAP_KEY, Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static JsonNode publish(Api api, long id) {
        var r = api.post("/api/v1/surveys/" + id + "/publish", Api.BOOTSTRAP_KEY, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
