package io.touchpoint.app.mail;

import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.survey.Surveys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The send rules of each survey and what they did. */
@Service
public class SurveyMailRules {

    static final int MAX_DELAY_HOURS = 8760;
    static final int MAX_REMINDER_DAYS = 60;

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final TouchpointCatalog catalog;

    SurveyMailRules(JdbcClient jdbc, Surveys surveys, TouchpointCatalog catalog) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.catalog = catalog;
    }

    public List<MailRule> of(long surveyId) {
        surveys.require(surveyId);
        Map<Long, String> touchpoints = catalog.touchpoints().stream()
                .collect(Collectors.toMap(Touchpoint::id, Touchpoint::key));
        Map<Long, String> properties = catalog.properties().stream()
                .collect(Collectors.toMap(Property::id, Property::key));
        return jdbc.sql("""
                select id, survey_id, event_type, delay_hours, touchpoint_id, property_id, reminder_days, enabled,
                       created_at
                from survey_mail_rule where survey_id = ? order by id""")
                .param(surveyId).query((rs, i) -> new MailRule(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getInt(4), touchpoints.get((Long) rs.getObject(5)), properties.get((Long) rs.getObject(6)),
                        (Integer) rs.getObject(7), rs.getBoolean(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    @Transactional
    public MailRule create(long surveyId, MailRuleDraft d, String by) {
        surveys.require(surveyId);
        List<FieldError> errors = new ArrayList<>();
        String type = d.eventType() == null ? "" : d.eventType().strip();
        if (type.isEmpty() || type.length() > 100) {
            errors.add(new FieldError("eventType", "required: the event type, e.g. checkout"));
        }
        if (d.delayHours() == null || d.delayHours() < 0 || d.delayHours() > MAX_DELAY_HOURS) {
            errors.add(new FieldError("delayHours", "0 to " + MAX_DELAY_HOURS + " hours"));
        }
        if (d.reminderDays() != null && (d.reminderDays() < 1 || d.reminderDays() > MAX_REMINDER_DAYS)) {
            errors.add(new FieldError("reminderDays", "1 to " + MAX_REMINDER_DAYS + " days, or none"));
        }
        Long touchpoint = lookup(d.touchpoint(), "touchpoint", k -> catalog.touchpoint(k).map(Touchpoint::id), errors);
        Long property = lookup(d.property(), "property", k -> catalog.property(k).map(Property::id), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        long id = jdbc.sql("""
                insert into survey_mail_rule (survey_id, event_type, delay_hours, touchpoint_id, property_id,
                                              reminder_days, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(surveyId, type, d.delayHours(), touchpoint, property, d.reminderDays(), by)
                .query(Long.class).single();
        return of(surveyId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static Long lookup(String key, String field, Function<String, Optional<Long>> find,
            List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            return null;
        }
        Optional<Long> id = find.apply(key.strip());
        if (id.isEmpty()) {
            errors.add(new FieldError(field, "unknown " + field + " '" + key + "'"));
        }
        return id.orElse(null);
    }

    /**
     * Stops a rule. It is kept (disabled), as its sends refer to it; its pending sends are not sent any more, and
     * reminders of what it sent are still sent.
     */
    @Transactional
    public void disable(long surveyId, long ruleId) {
        if (jdbc.sql("update survey_mail_rule set enabled = false where id = ? and survey_id = ?")
                .params(ruleId, surveyId).update() == 0) {
            throw new NotFoundException("no mail rule " + ruleId + " for survey " + surveyId);
        }
    }

    public List<MailSend> recentSends(long surveyId, int limit) {
        return jdbc.sql("""
                select m.id, m.rule_id, m.event_id, m.customer_id, m.status, m.reason, m.invitation_id, m.email,
                       m.created_at, m.sent_at, m.reminder_status, m.reminder_sent_at
                from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                where r.survey_id = ? order by m.id desc limit ?""")
                .params(surveyId, Math.max(1, Math.min(limit, 500))).query((rs, i) -> send(rs)).list();
    }

    /** Sends per outcome, skipped ones by reason ("sent", "skipped: fatigue", ...). */
    public Map<String, Long> outcomes(long surveyId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select m.status || coalesce(': ' || m.reason, ''), count(*)
                from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                where r.survey_id = ? group by 1 order by 1""")
                .param(surveyId).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static MailSend send(ResultSet rs) throws SQLException {
        return new MailSend(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), (Long) rs.getObject(7), rs.getString(8), instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
