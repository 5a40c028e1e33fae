package io.touchpoint.app.demo.internal;

import io.touchpoint.app.demo.scenario.HotelGroup;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.app.demo.scenario.SurveyProgramme;
import io.touchpoint.app.demo.scenario.SurveyProgramme.Kind;
import io.touchpoint.app.demo.scenario.SurveyProgramme.Version;
import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyDraft;
import io.touchpoint.app.survey.Surveys;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's live surveys ({@link SurveyProgramme}): a post-stay survey and a check-in survey per hotel, created and
 * published through {@link Surveys} version by version, so the survey pages, links and QR codes have something to
 * show on the first start. Their dates are then moved back to when the programme started: the history answers
 * them from the first day of the data, and a response must answer a version published before it.
 */
@Component
public class DemoSurveys {

    /** The database id of each hotel's survey of each kind, by hotel key. */
    public record Ids(Map<String, Map<Kind, Long>> byHotel, int created) {

        public long of(Hotel h, Kind kind) {
            return byHotel.get(h.key()).get(kind);
        }
    }

    private final Surveys surveys;
    private final JdbcClient jdbc;

    DemoSurveys(Surveys surveys, JdbcClient jdbc) {
        this.surveys = surveys;
        this.jdbc = jdbc;
    }

    /** Creates the surveys not there yet, all in one transaction: a resumed load must not add them twice. */
    @Transactional
    public Ids ensure(LocalDate anchor) {
        int created = 0;
        Map<String, Map<Kind, Long>> ids = new HashMap<>();
        for (Hotel h : HotelGroup.HOTELS) {
            Map<Kind, Long> mine = new HashMap<>();
            for (Kind kind : Kind.values()) {
                Optional<Survey> live = surveys.liveForTouchpoint(kind.touchpoint(h));
                if (live.isEmpty()) {
                    live = Optional.of(create(kind, h, anchor));
                    created++;
                }
                mine.put(kind, live.get().id());
            }
            ids.put(h.key(), mine);
        }
        return new Ids(ids, created);
    }

    private Survey create(Kind kind, Hotel h, LocalDate anchor) {
        List<Version> versions = SurveyProgramme.versions(kind, h, anchor);
        long id = -1;
        for (Version v : versions) {
            SurveyDraft draft = new SurveyDraft(kind.touchpoint(h), kind.stage(), v.definition());
            id = v.number() == 1 ? surveys.create(draft, "demo").id() : surveys.update(id, draft).id();
            Survey s = surveys.publish(id);
            if (s.publishedVersion() != v.number()) {
                throw new IllegalStateException("demo survey " + id + " published version " + s.publishedVersion()
                        + ", expected " + v.number());
            }
        }
        // Back to when the programme was set up: Surveys stamps the current time.
        for (Version v : versions) {
            jdbc.sql("update survey_version set created_at = ?, published_at = ? where survey_id = ? and version = ?")
                    .params(Timestamp.from(v.createdAt()), Timestamp.from(v.publishedAt()), id, v.number()).update();
        }
        jdbc.sql("update survey set created_at = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(versions.get(0).createdAt()),
                        Timestamp.from(versions.get(versions.size() - 1).publishedAt()), id)
                .update();
        return surveys.require(id);
    }
}
