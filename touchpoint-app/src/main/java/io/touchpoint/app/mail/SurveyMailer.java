package io.touchpoint.app.mail;

import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerProfile;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.mail.internal.MailBody;
import io.touchpoint.app.mail.internal.MailLinks;
import io.touchpoint.app.mail.internal.MailSigningKey;
import io.touchpoint.app.mail.internal.Outbox;
import io.touchpoint.app.survey.CreatedInvitation;
import io.touchpoint.app.survey.Invitation;
import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyInvitations;
import io.touchpoint.app.survey.Surveys;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails surveys after events, following each survey's rules, and sends one reminder. Safe to run concurrently (two
 * instances, or the schedule and a manual run): finding due events inserts at most one row per (rule, event), and
 * each row is claimed with {@code for update skip locked} while its invitation is created and its email sent.
 * <p>
 * Who gets mail: a customer whose latest {@value #CONSENT} consent is granted, whose address was not unsubscribed,
 * and who was not invited to any survey in the last {@code touchpoint.survey.fatigue-days} days. Otherwise the row
 * is kept as skipped, with the reason.
 */
@Service
public class SurveyMailer {

    public static final String CONSENT = "survey_email";
    public static final String UNSUBSCRIBE_SOURCE = "unsubscribe-link";
    static final int MAX_ATTEMPTS = 5;
    /** Events more than this late (past their send time) are not mailed: the guest would hardly remember. */
    static final Duration MAX_LATENESS = Duration.ofDays(7);
    /** The first key of this class's two-key advisory locks, apart from other modules' locks. */
    static final int LOCK_SPACE = 0x74706d31; // "tpm1"
    private static final Logger log = LoggerFactory.getLogger(SurveyMailer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final CustomerProfiles profiles;
    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final TouchpointCatalog catalog;
    private final SurveyMailTemplates templates;
    private final Outbox outbox;
    private final MailLinks links;
    private final MailSigningKey keys;
    private final Clock clock;
    private final int fatigueDays;

    SurveyMailer(JdbcClient jdbc, TransactionTemplate tx, CustomerProfiles profiles, Surveys surveys,
            SurveyInvitations invitations, TouchpointCatalog catalog, SurveyMailTemplates templates, Outbox outbox,
            MailLinks links, MailSigningKey keys, Clock clock,
            @Value("${touchpoint.survey.fatigue-days:30}") int fatigueDays) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.profiles = profiles;
        this.surveys = surveys;
        this.invitations = invitations;
        this.catalog = catalog;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.keys = keys;
        this.clock = clock;
        this.fatigueDays = Math.max(0, fatigueDays);
    }

    /** What one run did. */
    public record Run(int found, int sent, int skipped, int failed, int reminders) {
    }

    @Scheduled(fixedDelayString = "${touchpoint.survey.mail.poll-delay:PT1M}",
            initialDelayString = "${touchpoint.survey.mail.initial-delay:PT30S}")
    void onSchedule() {
        if (!outbox.enabled()) {
            return;
        }
        try {
            Run r = run();
            if (r.found() + r.sent() + r.skipped() + r.failed() + r.reminders() > 0) {
                log.info("Survey mail: {}", r);
            }
        }
        catch (RuntimeException ex) {
            // The next run tries again; a scheduler thread must not die.
            log.warn("Survey mail run failed: {}", ex.toString());
        }
    }

    /** One pass: find due events, send (or skip) each, then send due reminders. Does nothing if mail is disabled. */
    public Run run() {
        if (!outbox.enabled()) {
            return new Run(0, 0, 0, 0, 0);
        }
        int found = discover();
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        long after = 0;
        while (true) {
            long from = after;
            Optional<Outcome> o;
            try {
                o = tx.execute(s -> claimAndSend(from));
            }
            catch (SendFailed f) {
                o = Optional.of(failed(f));
            }
            if (o == null || o.isEmpty()) {
                break;
            }
            after = o.get().rowId();
            switch (o.get().status()) {
                case "sent" -> sent++;
                case "skipped" -> skipped++;
                default -> failed++;
            }
        }
        int reminders = 0;
        after = 0;
        while (true) {
            long from = after;
            Optional<Outcome> o = tx.execute(s -> claimAndRemind(from));
            if (o == null || o.isEmpty()) {
                break;
            }
            after = o.get().rowId();
            if (o.get().status().equals("sent")) {
                reminders++;
            }
        }
        return new Run(found, sent, skipped, failed, reminders);
    }

    private record Outcome(long rowId, String status) {
    }

    /**
     * Inserts a pending row for every due event of an enabled rule of a live survey (idempotent). One discovery at a
     * time, under a transaction-scoped advisory lock: the scheduled run, a run started by hand and another instance
     * of the app would otherwise insert the same due events in different orders and deadlock on the unique index
     * (seen in DemoDataIT, whose manual run met the scheduler's).
     */
    int discover() {
        Instant now = clock.instant();
        Integer inserted = tx.execute(s -> {
            jdbc.sql("select pg_advisory_xact_lock(?, 1)").param(LOCK_SPACE).query((rs, i) -> 0).list();
            return insertDue(now);
        });
        return inserted == null ? 0 : inserted;
    }

    private int insertDue(Instant now) {
        return jdbc.sql("""
                insert into survey_mail_send (rule_id, event_id, customer_id)
                select r.id, e.id, e.customer_id
                from survey_mail_rule r
                join survey s on s.id = r.survey_id and s.published_version is not null
                join customer_event e on e.type = r.event_type
                  and e.occurred_at <= ?::timestamptz - make_interval(hours => r.delay_hours)
                  and e.occurred_at > ?::timestamptz - make_interval(hours => r.delay_hours) - make_interval(days => ?)
                  and e.received_at >= r.created_at
                left join touchpoint t on t.id = e.touchpoint_id
                where r.enabled
                  and (r.touchpoint_id is null or e.touchpoint_id = r.touchpoint_id)
                  and (r.property_id is null or t.property_id = r.property_id)
                  and not exists (select 1 from survey_mail_send x where x.rule_id = r.id and x.event_id = e.id)
                on conflict (rule_id, event_id) do nothing""")
                .params(Timestamp.from(now), Timestamp.from(now), (int) MAX_LATENESS.toDays()).update();
    }

    private record Claimed(long id, long ruleId, long surveyId, long customerId, int attempts, boolean enabled) {
    }

    private Optional<Outcome> claimAndSend(long after) {
        Optional<Claimed> row = jdbc.sql("""
                select m.id, m.rule_id, r.survey_id, m.customer_id, m.attempts, r.enabled
                from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                where m.status = 'pending' and m.id > ? order by m.id limit 1 for update of m skip locked""")
                .param(after).query((rs, i) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getInt(5), rs.getBoolean(6)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Claimed c = row.get();
        if (!c.enabled()) {
            return Optional.of(skip(c.id(), "rule-disabled"));
        }
        long customer = profiles.survivorOf(c.customerId()).orElse(c.customerId());
        Recipient to = recipient(customer).orElse(null);
        if (to == null) {
            return Optional.of(skip(c.id(), "no-email"));
        }
        if (!profiles.hasConsent(customer, CONSENT)) {
            return Optional.of(skip(c.id(), "no-consent"));
        }
        if (suppressed(to.email())) {
            return Optional.of(skip(c.id(), "unsubscribed"));
        }
        if (fatigueDays > 0 && invitedRecently(customer)) {
            return Optional.of(skip(c.id(), "fatigue"));
        }
        Survey survey = surveys.require(c.surveyId());
        if (survey.publishedVersion() == null) {
            return Optional.of(skip(c.id(), "survey-not-live"));
        }
        CreatedInvitation inv;
        try {
            inv = invitations.invite(c.surveyId(), customer, to.email(), null, "mail-rule-" + c.ruleId());
            outbox.send(mail(survey, to, inv.invitation(), inv.path(), false));
        }
        catch (RuntimeException ex) {
            // Rolls back the invitation; the caller counts the attempt in a transaction of its own.
            throw new SendFailed(c.id(), c.attempts(), customer, ex);
        }
        invitations.markSent(inv.invitation().id());
        jdbc.sql("""
                update survey_mail_send set status = 'sent', reason = null, invitation_id = ?, email = ?,
                  sent_at = ?, attempts = attempts + 1 where id = ?""")
                .params(inv.invitation().id(), to.email(), Timestamp.from(clock.instant()), c.id()).update();
        return Optional.of(new Outcome(c.id(), "sent"));
    }

    private static final class SendFailed extends RuntimeException {

        final long rowId;
        final int attempts;

        SendFailed(long rowId, int attempts, long customer, RuntimeException cause) {
            super("survey mail to customer " + customer + " failed: " + cause.getMessage(), cause);
            this.rowId = rowId;
            this.attempts = attempts;
        }
    }

    /** The row stays pending for the next run until it has used up its attempts. */
    private Outcome failed(SendFailed f) {
        log.warn(f.getMessage());
        boolean last = f.attempts + 1 >= MAX_ATTEMPTS;
        tx.executeWithoutResult(s -> jdbc.sql(
                "update survey_mail_send set attempts = attempts + 1, status = ?, reason = ? where id = ?")
                .params(last ? "failed" : "pending", truncate(f.getCause().getMessage()), f.rowId).update());
        return new Outcome(f.rowId, "failed");
    }

    private Optional<Outcome> claimAndRemind(long after) {
        record Due(long id, long surveyId, long customerId, long invitationId, String email) {
        }
        Instant now = clock.instant();
        Optional<Due> row = jdbc.sql("""
                select m.id, r.survey_id, m.customer_id, m.invitation_id, m.email
                from survey_mail_send m
                join survey_mail_rule r on r.id = m.rule_id
                join invitation i on i.id = m.invitation_id
                where m.status = 'sent' and m.reminder_status is null and m.id > ? and r.reminder_days is not null
                  and m.sent_at <= ?::timestamptz - make_interval(days => r.reminder_days)
                  and i.status <> 'completed' and i.expires_at > ?
                order by m.id limit 1 for update of m skip locked""")
                .params(after, Timestamp.from(now), Timestamp.from(now))
                .query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Due d = row.get();
        long customer = profiles.survivorOf(d.customerId()).orElse(d.customerId());
        String reason = null;
        if (!profiles.hasConsent(customer, CONSENT)) {
            reason = "no-consent";
        }
        else if (suppressed(d.email())) {
            reason = "unsubscribed";
        }
        if (reason == null) {
            Invitation inv = invitations.find(d.invitationId()).orElseThrow();
            Recipient to = recipient(customer).map(r -> new Recipient(d.email(), r.firstName(), r.lastName()))
                    .orElse(new Recipient(d.email(), null, null));
            try {
                outbox.send(mail(surveys.require(d.surveyId()), to, inv, SurveyInvitations.path(invitations.token(inv)),
                        true));
            }
            catch (MailException ex) {
                // Left for the next run: a reminder is tried again rather than marked sent.
                log.warn("Survey reminder to customer {} failed: {}", customer, ex.toString());
                return Optional.of(new Outcome(d.id(), "failed"));
            }
        }
        jdbc.sql("update survey_mail_send set reminder_status = ?, reminder_reason = ?, reminder_sent_at = ? where id = ?")
                .params(reason == null ? "sent" : "skipped", reason, reason == null ? Timestamp.from(now) : null, d.id())
                .update();
        return Optional.of(new Outcome(d.id(), reason == null ? "sent" : "skipped"));
    }

    private Outcome skip(long rowId, String reason) {
        jdbc.sql("update survey_mail_send set status = 'skipped', reason = ? where id = ?").params(reason, rowId).update();
        return new Outcome(rowId, "skipped");
    }

    private record Recipient(String email, String firstName, String lastName) {
    }

    private Optional<Recipient> recipient(long customer) {
        return profiles.profile(customer).flatMap(p -> email(p)
                .map(e -> new Recipient(e, p.details().firstName(), p.details().lastName())));
    }

    private static Optional<String> email(CustomerProfile p) {
        return p.identities().stream().filter(i -> i.type().equals("email")).map(CustomerProfile.IdentityView::value)
                .findFirst();
    }

    private boolean suppressed(String email) {
        return jdbc.sql("select exists(select 1 from mail_suppression where email = ?)").param(email)
                .query(Boolean.class).single();
    }

    private boolean invitedRecently(long customer) {
        Instant since = clock.instant().minus(Duration.ofDays(fatigueDays));
        return jdbc.sql("select exists(select 1 from invitation where customer_id = ? and created_at > ?)")
                .params(customer, Timestamp.from(since)).query(Boolean.class).single();
    }

    private Outbox.Mail mail(Survey survey, Recipient to, Invitation inv, String surveyPath, boolean reminder) {
        MailTemplate t = templates.of(survey.id());
        String unsubscribe = links.absolute("/public/unsubscribe/" + keys.tokens().sign(inv.id()));
        Map<String, String> values = new HashMap<>();
        values.put("firstName", blankOr(to.firstName(), "guest"));
        values.put("lastName", blankOr(to.lastName(), ""));
        values.put("hotelName", hotelName(survey));
        values.put("surveyTitle", blankOr(survey.title(), "our survey"));
        values.put("surveyLink", links.absolute(surveyPath));
        values.put("unsubscribeLink", unsubscribe);
        MailBody.Rendered r = MailBody.render(t.subject(), t.body(), values);
        return new Outbox.Mail(to.email(), reminder ? "Reminder: " + r.subject() : r.subject(), r.text(), r.html(),
                unsubscribe);
    }

    private String hotelName(Survey survey) {
        Optional<Touchpoint> tp = catalog.touchpoint(survey.touchpoint());
        return tp.flatMap(t -> t.propertyKey() == null ? Optional.empty() : catalog.property(t.propertyKey()))
                .map(Property::name).or(() -> tp.map(Touchpoint::name)).orElse("us");
    }

    private static String blankOr(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
