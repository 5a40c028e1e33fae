package io.touchpoint.app.survey;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code draft}: never published, nobody can answer it. {@code live}: a published version takes answers. */
public enum SurveyStatus {
    DRAFT, LIVE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
