package io.touchpoint.app.demo.internal;

import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.demo.scenario.HotelGroup;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.app.demo.scenario.SurveyHistory;
import io.touchpoint.app.demo.scenario.SurveyHistory.Invitation;
import io.touchpoint.app.demo.scenario.SurveyHistory.Response;
import io.touchpoint.app.demo.scenario.SurveyHistory.Send;
import io.touchpoint.app.demo.scenario.SurveyProgramme;
import io.touchpoint.app.demo.scenario.SurveyProgramme.Kind;
import io.touchpoint.app.mail.MailRule;
import io.touchpoint.app.mail.MailRuleDraft;
import io.touchpoint.app.mail.SurveyMailRules;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the survey history ({@link SurveyHistory}) in bulk, in the shape the live code leaves behind, so the survey
 * pages (funnel, responses, sends) and the dashboards cannot tell it from two years of real use:
 * <ul>
 * <li>the mail rules, through {@link SurveyMailRules}, dated back to when the programme started;</li>
 * <li>per (rule, event) a {@code survey_mail_send} row as {@code SurveyMailer} writes it: skipped with its reason
 * and no attempt counted, or sent with its invitation, address and one attempt, and the reminder's outcome;</li>
 * <li>invitations as {@code SurveyInvitations.invite} and {@code InvitationSteps} leave them: created and sent in
 * the mailer's transaction, {@code created_by} the rule, expiring after 30 days. Links are not stored: a token is
 * signed from the invitation's id and expiry with the installation's key when asked for, as for any invitation;</li>
 * <li>responses as {@code ResponseFlow} saves them (answers by question id, the page, the version answered) and,
 * for each completed one, its {@code feedback} row as the survey module's {@code FeedbackWriter} writes it: source
 * {@code touchpoint}, the response's public id as external id, scores and joined comments, the survey's touchpoint,
 * stage, property and channel, language {@code en}.</li>
 * </ul>
 * Invitation and response ids are taken from the tables' own sequences in time order, so they ascend with time as
 * live ids do. The feedback rows are not announced one by one; the caller rebuilds the rollups once, and text
 * analysis picks up the comments in the background.
 *
 * <p>Most of the time goes into the foreign-key checks of some 400,000 rows, so guests are split into
 * {@value #CHUNKS} chunks written in parallel, each in a transaction of its own. The rules stay disabled until every
 * chunk is in: the live mailer ignores them meanwhile, and a resumed load knows from a disabled rule that it must
 * finish the history, and from a chunk's first send whether that chunk is there.
 */
@Component
public class SurveyHistoryWriter {

    private static final int CHUNKS = 8;
    private static final int BATCH = 5_000;

    /** What was written; all zero when the history was there already. */
    public record Written(int rules, int sends, int invitations, int responses, int feedback) {

        Written plus(Written o) {
            return new Written(rules + o.rules, sends + o.sends, invitations + o.invitations,
                    responses + o.responses, feedback + o.feedback);
        }
    }

    private final JdbcClient jdbc;
    private final SurveyMailRules rules;
    private final TouchpointCatalog catalog;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    SurveyHistoryWriter(JdbcClient jdbc, SurveyMailRules rules, TouchpointCatalog catalog, JsonMapper json,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.catalog = catalog;
        this.json = json;
        this.tx = tx;
    }

    /** Where a survey's responses land, looked up as {@code ResponseFlow} does on completion. */
    private record Target(long surveyId, long touchpointId, long stageId, Long propertyId, String channel) {
    }

    /** Everything a chunk needs besides its sends. */
    private record Context(Map<String, Long> ruleIds, Map<String, Target> targets, long[][] events,
            Map<Send, Integer> row, Map<Send, Long> invitationIds, Map<Send, Long> responseIds) {

        long event(Send s) {
            return events[0][row.get(s)];
        }

        long customer(Send s) {
            return events[1][row.get(s)];
        }
    }

    /** Writes what is not there yet, on {@code parts} workers. */
    public Written write(List<Send> sends, DemoSurveys.Ids surveys, LocalDate anchor, int parts) {
        Map<String, Long> ruleIds = new HashMap<>();
        Map<String, Target> targets = new HashMap<>();
        Boolean complete = tx.execute(status -> prepareRules(surveys, anchor, ruleIds, targets));
        if (Boolean.TRUE.equals(complete)) {
            return new Written(0, 0, 0, 0, 0);
        }
        long[][] events = events(sends);
        Map<Send, Integer> row = new IdentityHashMap<>();
        for (int i = 0; i < sends.size(); i++) {
            row.put(sends.get(i), i);
        }
        List<Send> sent = sends.stream().filter(s -> s.invitation() != null)
                .sorted(Comparator.comparing((Send s) -> s.invitation().createdAt())).toList();
        List<Send> responded = sends.stream().filter(s -> s.invitation() != null && s.invitation().response() != null)
                .sorted(Comparator.comparing((Send s) -> s.invitation().response().startedAt())).toList();
        Context c = new Context(ruleIds, targets, events, row, ids("invitation", sent),
                ids("survey_response", responded));
        List<List<Send>> chunks = new ArrayList<>();
        for (int i = 0; i < CHUNKS; i++) {
            chunks.add(new ArrayList<>());
        }
        sends.forEach(s -> chunks.get(s.guest() % CHUNKS).add(s));
        Written written = Partitions.run(parts, part -> {
            Written w = new Written(0, 0, 0, 0, 0);
            for (int i = part; i < CHUNKS; i += parts) {
                List<Send> chunk = chunks.get(i);
                w = w.plus(tx.execute(status -> chunk(chunk, c)));
            }
            return w;
        }).stream().reduce(new Written(0, 0, 0, 0, 0), Written::plus);
        tx.executeWithoutResult(status -> jdbc.sql("update survey_mail_rule set enabled = true where id = any(?)")
                .param(ruleIds.values().toArray(Long[]::new)).update());
        return new Written(ruleIds.size(), written.sends(), written.invitations(), written.responses(),
                written.feedback());
    }

    /**
     * Finds or creates the rules (created disabled) and looks up where responses land.
     *
     * @return whether the history is complete: the rules are there and enabled
     */
    private boolean prepareRules(DemoSurveys.Ids surveys, LocalDate anchor, Map<String, Long> ruleIds,
            Map<String, Target> targets) {
        boolean complete = true;
        for (Hotel h : HotelGroup.HOTELS) {
            for (Kind kind : Kind.values()) {
                long surveyId = surveys.of(h, kind);
                targets.put(key(h, kind), target(surveyId));
                List<MailRule> existing = rules.of(surveyId);
                MailRule rule;
                if (existing.isEmpty()) {
                    rule = rules.create(surveyId, new MailRuleDraft(kind.eventType(), kind.delayHours(),
                            kind.ruleTouchpoint(h), kind.ruleProperty(h), kind.reminderDays()), "demo");
                    // Set up with the surveys (a rule counts only events received after it was created), and off
                    // until its history is written.
                    jdbc.sql("update survey_mail_rule set created_at = ?, enabled = false where id = ?")
                            .params(Timestamp.from(SurveyProgramme.setUpAt(anchor).plusSeconds(7_200)), rule.id())
                            .update();
                    complete = false;
                }
                else {
                    rule = existing.get(0);
                    complete &= rule.enabled();
                }
                ruleIds.put(key(h, kind), rule.id());
            }
        }
        return complete;
    }

    /** One chunk of guests, unless an earlier, interrupted load wrote it. */
    private Written chunk(List<Send> chunk, Context c) {
        if (chunk.isEmpty()) {
            return new Written(0, 0, 0, 0, 0);
        }
        Send first = chunk.get(0);
        if (jdbc.sql("select exists(select 1 from survey_mail_send where rule_id = ? and event_id = ?)")
                .params(c.ruleIds().get(key(first.hotel(), first.kind())), c.event(first)).query(Boolean.class)
                .single()) {
            return new Written(0, 0, 0, 0, 0);
        }
        List<Send> sent = chunk.stream().filter(s -> s.invitation() != null)
                .sorted(Comparator.comparing((Send s) -> s.invitation().createdAt())).toList();
        List<Send> responded = sent.stream().filter(s -> s.invitation().response() != null)
                .sorted(Comparator.comparing((Send s) -> s.invitation().response().startedAt())).toList();
        List<Send> completed = responded.stream().filter(s -> s.invitation().response().completedAt() != null)
                .sorted(Comparator.comparing((Send s) -> s.invitation().response().completedAt())).toList();
        List<Send> found = chunk.stream().sorted(Comparator.comparing(Send::createdAt)).toList();
        int invitations = 0;
        for (List<Send> b : batches(sent)) {
            invitations += invitations(b, c);
        }
        int responses = 0;
        for (List<Send> b : batches(responded)) {
            responses += responses(b, c);
        }
        int feedback = 0;
        for (List<Send> b : batches(completed)) {
            feedback += feedback(b, c);
        }
        int sends = 0;
        for (List<Send> b : batches(found)) {
            sends += sends(b, c);
        }
        return new Written(0, sends, invitations, responses, feedback);
    }

    private static String key(Hotel h, Kind kind) {
        return h.key() + "/" + kind;
    }

    private Target target(long surveyId) {
        record Row(long touchpointId, long stageId) {
        }
        Row r = jdbc.sql("select touchpoint_id, stage_id from survey where id = ?").param(surveyId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2))).single();
        Touchpoint t = catalog.touchpoints().stream().filter(x -> x.id() == r.touchpointId()).findFirst()
                .orElseThrow();
        Long property = t.propertyKey() == null ? null : catalog.property(t.propertyKey()).map(Property::id)
                .orElse(null);
        return new Target(surveyId, r.touchpointId(), r.stageId(), property, t.channel().code());
    }

    /**
     * The stored id and customer of each send's event, found by the event's idempotency key; [0] ids, [1] customers.
     * One read of the demo's check-ins and checkouts (by the index on type) is cheaper than looking each one up.
     */
    private long[][] events(List<Send> sends) {
        record Stored(long id, long customer) {
        }
        Map<String, Stored> stored = new HashMap<>(sends.size() * 2);
        String[] types = sends.stream().map(s -> s.event().type()).distinct().toArray(String[]::new);
        jdbc.sql("select client_id, id, customer_id from customer_event where type = any(?) and source = ?")
                .params(types, GuestActivityLoader.SOURCE)
                .query(rs -> {
                    stored.put(rs.getString(1), new Stored(rs.getLong(2), rs.getLong(3)));
                });
        long[][] out = new long[2][sends.size()];
        for (int i = 0; i < sends.size(); i++) {
            Stored e = stored.get(sends.get(i).event().clientId());
            if (e == null) {
                throw new IllegalStateException("demo event " + sends.get(i).event().clientId() + " is missing");
            }
            out[0][i] = e.id();
            out[1][i] = e.customer();
        }
        return out;
    }

    /** Ids from the table's identity sequence, ascending, given out in the order of {@code rows}. */
    private Map<Send, Long> ids(String table, List<Send> rows) {
        List<Long> ids = new ArrayList<>(jdbc.sql(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, rows.size()).query(Long.class).list());
        ids.sort(null);
        Map<Send, Long> out = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            out.put(rows.get(i), ids.get(i));
        }
        return out;
    }

    private int invitations(List<Send> chunk, Context c) {
        int n = chunk.size();
        Long[] id = new Long[n], survey = new Long[n], customer = new Long[n];
        String[] email = new String[n], status = new String[n], by = new String[n];
        Timestamp[] created = new Timestamp[n], expires = new Timestamp[n], opened = new Timestamp[n],
                started = new Timestamp[n], completed = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            Send s = chunk.get(i);
            Invitation inv = s.invitation();
            id[i] = c.invitationIds().get(s);
            survey[i] = c.targets().get(key(s.hotel(), s.kind())).surveyId();
            customer[i] = c.customer(s);
            email[i] = address(s);
            status[i] = inv.status();
            created[i] = ts(inv.createdAt());
            expires[i] = ts(inv.expiresAt());
            opened[i] = ts(inv.openedAt());
            started[i] = ts(inv.startedAt());
            completed[i] = ts(inv.completedAt());
            by[i] = "mail-rule-" + c.ruleIds().get(key(s.hotel(), s.kind()));
        }
        // Created and marked sent in the mailer's one transaction: sent_at is created_at.
        return jdbc.sql("""
                insert into invitation (id, survey_id, customer_id, email, status, created_at, expires_at, sent_at,
                                        opened_at, started_at, completed_at, created_by)
                overriding system value
                select id, survey, customer, email, status, created, expires, created, opened, started, completed, by
                from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[],
                            ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[])
                     as u(id, survey, customer, email, status, created, expires, opened, started, completed, by)
                order by id""")
                .params(id, survey, customer, email, status, created, expires, opened, started, completed, by)
                .update();
    }

    private int responses(List<Send> chunk, Context c) {
        int n = chunk.size();
        Long[] id = new Long[n], survey = new Long[n], invitation = new Long[n], customer = new Long[n];
        Integer[] version = new Integer[n], page = new Integer[n];
        String[] answers = new String[n], publicId = new String[n];
        Timestamp[] started = new Timestamp[n], updated = new Timestamp[n], completed = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            Send s = chunk.get(i);
            Response r = s.invitation().response();
            id[i] = c.responseIds().get(s);
            publicId[i] = r.publicId().toString();
            survey[i] = c.targets().get(key(s.hotel(), s.kind())).surveyId();
            version[i] = r.version();
            invitation[i] = c.invitationIds().get(s);
            customer[i] = c.customer(s);
            // As AnswerCodec writes them: the plain values by question id.
            answers[i] = json.writeValueAsString(r.answers());
            page[i] = r.page();
            started[i] = ts(r.startedAt());
            updated[i] = ts(r.updatedAt());
            completed[i] = ts(r.completedAt());
        }
        return jdbc.sql("""
                insert into survey_response (id, public_id, survey_id, version, invitation_id, customer_id, answers,
                                             page, started_at, updated_at, completed_at)
                overriding system value
                select id, public_id::uuid, survey, version, invitation, customer, answers::jsonb, page, started,
                       updated, completed
                from unnest(?::bigint[], ?::text[], ?::bigint[], ?::int[], ?::bigint[], ?::bigint[], ?::text[],
                            ?::int[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                     as u(id, public_id, survey, version, invitation, customer, answers, page, started, updated,
                          completed)
                order by id""")
                .params(id, publicId, survey, version, invitation, customer, answers, page, started, updated,
                        completed)
                .update();
    }

    private int feedback(List<Send> chunk, Context c) {
        int n = chunk.size();
        String[] ext = new String[n], channel = new String[n], text = new String[n];
        Long[] customer = new Long[n], property = new Long[n], touchpoint = new Long[n], stage = new Long[n],
                survey = new Long[n], response = new Long[n];
        Timestamp[] at = new Timestamp[n], received = new Timestamp[n];
        Integer[] nps = new Integer[n], csat = new Integer[n], ces = new Integer[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Send s = chunk.get(i);
            Response r = s.invitation().response();
            Target t = c.targets().get(key(s.hotel(), s.kind()));
            ext[i] = r.publicId().toString();
            customer[i] = c.customer(s);
            property[i] = t.propertyId();
            touchpoint[i] = t.touchpointId();
            stage[i] = t.stageId();
            channel[i] = t.channel();
            at[i] = ts(r.completedAt());
            // Received in the completing transaction.
            received[i] = ts(r.updatedAt());
            nps[i] = r.nps();
            csat[i] = r.csat();
            ces[i] = r.ces();
            text[i] = r.text();
            survey[i] = t.surveyId();
            response[i] = c.responseIds().get(s);
            order[i] = i;
        }
        return jdbc.sql("""
                insert into feedback (kind, source, external_id, customer_id, property_id, touchpoint_id, stage_id,
                                      channel, occurred_at, received_at, nps, csat, ces, rating, text, language,
                                      survey_id, response_id)
                select 'survey', 'touchpoint', ext, customer, property, touchpoint, stage, channel, at, received, nps,
                       csat, ces, null, text, 'en', survey, response
                from unnest(?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[],
                            ?::timestamptz[], ?::timestamptz[], ?::int[], ?::int[], ?::int[], ?::text[], ?::bigint[],
                            ?::bigint[], ?::int[])
                     as u(ext, customer, property, touchpoint, stage, channel, at, received, nps, csat, ces, text,
                          survey, response, o)
                order by o
                on conflict (kind, source, external_id) do nothing""")
                .params(ext, customer, property, touchpoint, stage, channel, at, received, nps, csat, ces, text,
                        survey, response, order)
                .update();
    }

    private int sends(List<Send> chunk, Context c) {
        int n = chunk.size();
        Long[] rule = new Long[n], event = new Long[n], customer = new Long[n], invitation = new Long[n];
        String[] status = new String[n], reason = new String[n], email = new String[n], reminder = new String[n],
                reminderReason = new String[n];
        Integer[] attempts = new Integer[n], order = new Integer[n];
        Timestamp[] created = new Timestamp[n], sent = new Timestamp[n], reminded = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            Send s = chunk.get(i);
            Invitation inv = s.invitation();
            rule[i] = c.ruleIds().get(key(s.hotel(), s.kind()));
            event[i] = c.event(s);
            customer[i] = c.customer(s);
            status[i] = s.status();
            reason[i] = s.reason();
            // A skip counts no attempt; a send counts the one that worked.
            attempts[i] = inv == null ? 0 : 1;
            invitation[i] = inv == null ? null : c.invitationIds().get(s);
            email[i] = inv == null ? null : address(s);
            created[i] = ts(s.createdAt());
            sent[i] = inv == null ? null : ts(inv.mailedAt());
            reminder[i] = inv == null ? null : inv.reminder();
            reminderReason[i] = inv != null && "skipped".equals(inv.reminder()) ? "no-consent" : null;
            reminded[i] = inv == null ? null : ts(inv.remindedAt());
            order[i] = i;
        }
        return jdbc.sql("""
                insert into survey_mail_send (rule_id, event_id, customer_id, status, reason, attempts, invitation_id,
                                              email, created_at, sent_at, reminder_status, reminder_reason,
                                              reminder_sent_at)
                select rule, event, customer, status, reason, attempts, invitation, email, created, sent, reminder,
                       reminder_reason, reminded
                from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::int[], ?::bigint[],
                            ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[], ?::timestamptz[],
                            ?::int[])
                     as u(rule, event, customer, status, reason, attempts, invitation, email, created, sent, reminder,
                          reminder_reason, reminded, o)
                order by o""")
                .params(rule, event, customer, status, reason, attempts, invitation, email, created, sent, reminder,
                        reminderReason, reminded, order)
                .update();
    }

    /** The address as the profile stores it (the mailer sends to the profile's email identity). */
    private static String address(Send s) {
        return Identifier.email(s.email()).value();
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }
}
