package io.touchpoint.app.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.touchpoint.app.catalog.JourneyStage;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.survey.internal.DefinitionRules;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates, edits and publishes surveys. A survey's questions live in numbered versions: saving edits a draft
 * version in place, but once a version is published it never changes again; the next save starts a new version,
 * which respondents get when it is published. Responses point at the version they answered.
 */
@Service
public class Surveys {

    private static final char[] KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final String SELECT = """
            select s.id, s.key, s.touchpoint_id, s.stage_id, s.latest_version, s.published_version, s.created_at,
                   s.updated_at, v.definition::text as definition, t.key as touchpoint_key, st.key as stage_key
            from survey s join survey_version v on v.survey_id = s.id and v.version = s.latest_version
            left join touchpoint t on t.id = s.touchpoint_id left join journey_stage st on st.id = s.stage_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TouchpointCatalog catalog;
    private final SecureRandom random = new SecureRandom();
    /**
     * Parsed definitions by their stored JSON: every page view and answer reads one, and the text is its own key, so
     * an edited draft simply parses anew and nothing can go stale.
     */
    private final Cache<String, SurveyDefinition> parsed = Caffeine.newBuilder().maximumSize(512).build();

    Surveys(JdbcClient jdbc, JsonMapper json, TouchpointCatalog catalog) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalog = catalog;
    }

    private Survey map(ResultSet rs) throws SQLException {
        int latest = rs.getInt("latest_version");
        Integer published = (Integer) rs.getObject("published_version");
        return new Survey(rs.getLong("id"), rs.getString("key"), rs.getString("touchpoint_key"),
                rs.getString("stage_key"), latest, published,
                published == null ? SurveyStatus.DRAFT : SurveyStatus.LIVE, published != null && published != latest,
                read(rs.getString("definition")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    public List<Survey> list() {
        return jdbc.sql(SELECT + " order by s.updated_at desc, s.id desc").query((rs, i) -> map(rs)).list();
    }

    public Optional<Survey> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query((rs, i) -> map(rs)).optional();
    }

    public Survey require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no survey " + id));
    }

    /** By the slug of its anonymous link. */
    public Optional<Survey> findByKey(String key) {
        if (key == null || !key.matches("[a-z0-9]{8,32}")) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where s.key = ?").param(key).query((rs, i) -> map(rs)).optional();
    }

    /**
     * The survey a touchpoint's printed code leads to: its live survey published most recently. A touchpoint's code
     * can stay on the counter while its surveys are replaced.
     */
    public Optional<Survey> liveForTouchpoint(String touchpointKey) {
        Optional<Touchpoint> t = catalog.touchpoint(touchpointKey);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + """
                 join survey_version pv on pv.survey_id = s.id and pv.version = s.published_version
                where s.touchpoint_id = ? order by pv.published_at desc, s.id desc limit 1""")
                .param(t.get().id()).query((rs, i) -> map(rs)).optional();
    }

    /** The questions of one version, e.g. the one a response answered. */
    public Optional<SurveyDefinition> definition(long surveyId, int version) {
        return jdbc.sql("select definition::text from survey_version where survey_id = ? and version = ?")
                .params(surveyId, version).query(String.class).optional().map(this::read);
    }

    public List<SurveyVersion> versions(long surveyId) {
        return jdbc.sql("""
                select v.version, v.created_at, v.published_at,
                       (select count(*) from survey_response r where r.survey_id = v.survey_id and r.version = v.version
                        and r.completed_at is not null) as responses
                from survey_version v where v.survey_id = ? order by v.version desc""")
                .param(surveyId)
                .query((rs, i) -> new SurveyVersion(surveyId, rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getLong(4)))
                .list();
    }

    /** Completed responses per survey id. */
    public Map<Long, Long> completedResponses() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select survey_id, count(*) from survey_response where completed_at is not null group by survey_id")
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /** The latest completed responses of a survey, newest first. */
    public List<ResponseSummary> recentResponses(long surveyId, int limit) {
        return jdbc.sql("""
                select r.id, r.version, r.completed_at, r.customer_id, f.nps, f.csat, f.ces, f.rating, f.text,
                       r.invitation_id is not null
                from survey_response r left join feedback f on f.response_id = r.id and f.kind = 'survey'
                where r.survey_id = ? and r.completed_at is not null
                order by r.completed_at desc, r.id desc limit ?""")
                .params(surveyId, Math.max(1, Math.min(limit, 500)))
                .query((rs, i) -> new ResponseSummary(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        (Long) rs.getObject(4), intOrNull(rs, 5), intOrNull(rs, 6),
                        intOrNull(rs, 7), rs.getBigDecimal(8), rs.getString(9), rs.getBoolean(10)))
                .list();
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Checks a draft as saving would, without saving; returns the definition as it would be stored. */
    public SurveyDefinition check(SurveyDraft draft) {
        return validate(draft).definition();
    }

    @Transactional
    public Survey create(SurveyDraft draft, String by) {
        Valid v = validate(draft);
        String key = newKey();
        long id = jdbc.sql("""
                insert into survey (key, touchpoint_id, stage_id, created_by) values (?, ?, ?, ?) returning id""")
                .params(key, v.touchpointId(), v.stageId(), by).query(Long.class).single();
        jdbc.sql("insert into survey_version (survey_id, version, definition) values (?, 1, ?::jsonb)")
                .params(id, json.writeValueAsString(v.definition())).update();
        return require(id);
    }

    /**
     * Saves a new state of the questions. A draft version is overwritten; a published version is kept as it is and
     * a new draft version is added (unless nothing changed). Touchpoint and stage apply to the survey as a whole.
     */
    @Transactional
    public Survey update(long id, SurveyDraft draft) {
        Locked s = lock(id);
        Valid v = validate(draft);
        int latest = s.latest();
        if (s.published() != null && s.published() == latest) {
            SurveyDefinition current = definition(id, latest).orElseThrow();
            if (!current.equals(v.definition())) {
                latest++;
                jdbc.sql("insert into survey_version (survey_id, version, definition) values (?, ?, ?::jsonb)")
                        .params(id, latest, json.writeValueAsString(v.definition())).update();
            }
        }
        else {
            jdbc.sql("update survey_version set definition = ?::jsonb, created_at = now() where survey_id = ? and version = ?")
                    .params(json.writeValueAsString(v.definition()), id, latest).update();
        }
        jdbc.sql("""
                update survey set touchpoint_id = ?, stage_id = ?, latest_version = ?, updated_at = now() where id = ?""")
                .params(v.touchpointId(), v.stageId(), latest, id).update();
        return require(id);
    }

    /** Makes the latest version the one respondents get. Publishing the published version again changes nothing. */
    @Transactional
    public Survey publish(long id) {
        Locked s = lock(id);
        if (s.published() != null && s.published() == s.latest()) {
            return require(id);
        }
        SurveyDefinition d = definition(id, s.latest()).orElseThrow();
        List<FieldError> errors = DefinitionRules.validateForPublishing(d);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        jdbc.sql("update survey_version set published_at = now() where survey_id = ? and version = ?")
                .params(id, s.latest()).update();
        jdbc.sql("update survey set published_version = ?, updated_at = now() where id = ?").params(s.latest(), id)
                .update();
        return require(id);
    }

    private record Locked(int latest, Integer published) {
    }

    private Locked lock(long id) {
        return jdbc.sql("select latest_version, published_version from survey where id = ? for update").param(id)
                .query((rs, i) -> new Locked(rs.getInt(1), (Integer) rs.getObject(2))).optional()
                .orElseThrow(() -> new NotFoundException("no survey " + id));
    }

    private record Valid(long touchpointId, long stageId, SurveyDefinition definition) {
    }

    private Valid validate(SurveyDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Touchpoint> touchpoint = Optional.empty();
        if (draft.touchpoint() == null || draft.touchpoint().isBlank()) {
            errors.add(new FieldError("touchpoint", "required: the key of the touchpoint the survey is about"));
        }
        else {
            touchpoint = catalog.touchpoint(draft.touchpoint());
            if (touchpoint.isEmpty()) {
                errors.add(new FieldError("touchpoint", "unknown touchpoint '" + draft.touchpoint() + "'"));
            }
        }
        String stageKey = draft.stage() != null && !draft.stage().isBlank() ? draft.stage()
                : touchpoint.map(Touchpoint::stageKey).orElse(null);
        Optional<JourneyStage> stage = stageKey == null ? Optional.empty() : catalog.stage(stageKey);
        if (stageKey == null && touchpoint.isPresent()) {
            errors.add(new FieldError("stage", "required: the touchpoint has no journey stage"));
        }
        else if (stageKey != null && stage.isEmpty()) {
            errors.add(new FieldError("stage", "unknown journey stage '" + stageKey + "'"));
        }
        SurveyDefinition d = DefinitionRules.normalise(draft.definition() == null
                ? new SurveyDefinition(null, null, null, null, List.of()) : draft.definition());
        errors.addAll(DefinitionRules.validate(d));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        return new Valid(touchpoint.orElseThrow().id(), stage.orElseThrow().id(), d);
    }

    private SurveyDefinition read(String stored) {
        return parsed.get(stored, text -> json.readValue(text, SurveyDefinition.class));
    }

    private String newKey() {
        char[] k = new char[12];
        for (int i = 0; i < k.length; i++) {
            k[i] = KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)];
        }
        return new String(k);
    }
}
