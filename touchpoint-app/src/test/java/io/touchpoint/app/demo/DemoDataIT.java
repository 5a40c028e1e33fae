package io.touchpoint.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.app.catalog.Phase;
import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerActivity;
import io.touchpoint.app.customer.CustomerProfile;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerQuery;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.MergeRecord;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.demo.scenario.DemoScenario;
import io.touchpoint.app.demo.scenario.HotelGroup;
import io.touchpoint.app.demo.scenario.SurveyHistory;
import io.touchpoint.app.mail.SurveyMailer;
import io.touchpoint.app.survey.InvitationFunnel;
import io.touchpoint.app.survey.SurveyInvitations;
import io.touchpoint.app.survey.Surveys;
import io.touchpoint.app.survey.internal.ResponseFlow;
import io.touchpoint.app.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the demo into the shared test database (once: later runs against the same data directory find it loaded)
 * and checks what a newcomer would see.
 */
@IntegrationTest
class DemoDataIT {

    private static DemoLoadReport first;

    @Autowired
    DemoData demo;
    @Autowired
    TouchpointCatalog catalog;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    SurveyMailer mailer;
    @Autowired
    ResponseFlow flow;
    @Autowired
    CustomerActivity activity;

    @BeforeEach
    void loadOnce() {
        if (first == null) {
            first = demo.load();
        }
    }

    @Test
    void loadsThreeHotelsWithTouchpointsForEveryPhase() {
        assertThat(first.properties()).isEqualTo(3);
        List<Property> hotels = catalog.properties().stream().filter(p -> p.key().startsWith("aurora-")).toList();
        assertThat(hotels).extracting(Property::city).containsExactlyInAnyOrder("Lisbon", "Edinburgh", "Boston");
        Map<String, Set<Phase>> phases = catalog.touchpoints().stream()
                .filter(t -> t.propertyKey() != null && t.propertyKey().startsWith("aurora-"))
                .collect(Collectors.groupingBy(Touchpoint::propertyKey,
                        Collectors.mapping(Touchpoint::phase, Collectors.toSet())));
        assertThat(phases).hasSize(3).allSatisfy((hotel, p) -> assertThat(p).containsExactlyInAnyOrder(Phase.values()));
    }

    @Test
    void atLeastTwentyThousandGuestProfilesWithActivityOnEveryChannel() {
        long guests = jdbc.sql("""
                select count(*) from customer c where c.merged_into is null
                and exists (select 1 from customer_event e where e.customer_id = c.id and e.source = 'demo')""")
                .query(Long.class).single();
        assertThat(guests).isGreaterThanOrEqualTo(20_000).isEqualTo(first.profiles());
        List<String> channels = jdbc.sql("select distinct channel from customer_event where source = 'demo'")
                .query(String.class).list();
        assertThat(channels).contains("web", "mobile_app", "email", "phone", "chat", "in_person");
        long events = jdbc.sql("select count(*) from customer_event where source = 'demo'").query(Long.class).single();
        assertThat(events).isEqualTo(first.events()).isBetween(300_000L, 600_000L);
        assertThat(jdbc.sql("select count(*) from customer_event where source = 'demo' and touchpoint_id is null")
                .query(Long.class).single()).as("every demo event is tied to a touchpoint").isZero();
    }

    @Test
    void bookingsAndStaysSpanTwoYearsInEachHotelsCurrency() {
        LocalDate anchor = first.anchorDate();
        record Span(String kind, LocalDate first, LocalDate last, long count) {
        }
        Map<String, Span> spans = jdbc.sql("""
                select kind, min(occurred_at)::date, max(occurred_at)::date, count(*) from customer_transaction
                where source = 'demo' group by kind""")
                .query((rs, i) -> new Span(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getLong(4)))
                .list().stream().collect(Collectors.toMap(Span::kind, s -> s));
        assertThat(spans.keySet()).containsExactlyInAnyOrder("booking", "stay", "cancellation");
        assertThat(spans.get("stay").count()).isEqualTo(first.stays()).isGreaterThan(20_000);
        assertThat(spans.get("booking").count()).isEqualTo(first.bookings());
        assertThat(spans.get("stay").first()).isBefore(anchor.minusDays(715));
        assertThat(spans.get("stay").last()).isAfter(anchor.minusDays(3)).isBefore(anchor);
        assertThat(spans.get("booking").last()).isBefore(anchor);
        Map<String, String> currencies = jdbc.sql("""
                select p.key, string_agg(distinct trim(t.currency), ',') from customer_transaction t
                join property p on p.id = t.property_id where t.source = 'demo' group by p.key""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(currencies).containsExactlyInAnyOrderEntriesOf(
                Map.of("aurora-lisbon", "EUR", "aurora-edinburgh", "GBP", "aurora-boston", "USD"));
    }

    @Test
    void guestsUnderTwoIdentitiesWereMergedAndTheMergeCanBeInspected() {
        assertThat(first.merges()).isGreaterThan(100);
        // A guest who gave a nickname at the front desk: the merge record names the loyalty card and the email.
        List<MergeRecord> merges = jdbc.sql("""
                select m.survivor_id from customer_merge m where m.trigger = 'ingest:customer_event'
                and exists (select 1 from customer_event e where e.customer_id = m.survivor_id
                            and e.type = 'account_linked' and e.source = 'demo')
                order by m.id limit 20""")
                .query(Long.class).list().stream().flatMap(id -> profiles.merges(id).stream()).toList();
        assertThat(merges).isNotEmpty();
        MergeRecord m = merges.get(0);
        assertThat(m.identifiersJson()).contains("\"email\"").contains("\"loyalty\"");
        // The front desk heard a nickname or an older address: every such merge records the conflict it settled.
        assertThat(merges).allSatisfy(r -> assertThat(r.conflictsJson()).containsAnyOf("profile.first_name",
                "profile.city"));
        assertThat(merges).anySatisfy(r -> assertThat(r.conflictsJson()).contains("profile.first_name"));
        CustomerProfile survivor = profiles.require(m.survivorId());
        assertThat(survivor.identities()).extracting(CustomerProfile.IdentityView::type)
                .contains("email", "phone", "loyalty");
        assertThat(survivor.mergedFrom()).contains(m.mergedId());
        assertThat(profiles.require(m.mergedId()).id()).as("the absorbed id leads to the survivor")
                .isEqualTo(m.survivorId());
    }

    @Test
    void guestsHaveConsentsPreferencesAndTypedAttributes() {
        assertThat(first.consents()).isGreaterThan(40_000);
        // Every guest's persona, as the segment dashboards group by.
        assertThat(jdbc.sql("""
                select a.value, count(*) from customer_attribute a where a.name = 'segment' and a.source = 'demo'
                group by a.value""").query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .containsOnlyKeys("business", "leisure", "family", "event", "prospect")
                .allSatisfy((segment, n) -> assertThat(n).isGreaterThan(1_000));
        assertThat(jdbc.sql("""
                select count(*) from customer c where c.merged_into is null
                and exists (select 1 from customer_event e where e.customer_id = c.id and e.source = 'demo')
                and not exists (select 1 from customer_attribute a
                                where a.customer_id = c.id and a.name = 'segment')""")
                .query(Long.class).single()).as("guests without a segment").isZero();
        assertThat(jdbc.sql("""
                select count(distinct customer_id) from customer_consent
                where source = 'demo' and status = 'revoked'""")
                .query(Long.class).single()).isGreaterThan(500);
        assertThat(jdbc.sql("select distinct type from customer_attribute where source = 'demo'").query(String.class)
                .list()).containsExactlyInAnyOrder("string", "number", "boolean", "date");
        // A loyalty member found by the number printed on the card, with dashes.
        String card = jdbc.sql("""
                select value from customer_identity i where type = 'loyalty'
                and exists (select 1 from customer_attribute a where a.customer_id = i.customer_id
                            and a.name = 'loyalty_tier' and a.value = 'Gold')
                order by value limit 1""").query(String.class).single();
        String printed = card.substring(0, 2) + "-" + card.substring(2, 6) + "-" + card.substring(6, 10) + "-"
                + card.substring(10);
        var found = profiles.search(new CustomerQuery(null, null, printed, null), 5);
        assertThat(found).hasSize(1);
        CustomerProfile guest = profiles.require(found.get(0).id());
        assertThat(guest.details().lastName()).isNotBlank();
        assertThat(guest.preferences()).extracting(CustomerProfile.Preference::key).contains("language");
        assertThat(guest.attributes()).extracting(CustomerProfile.Attribute::name).contains("loyalty_tier",
                "loyalty_points");
        assertThat(guest.consents()).extracting(CustomerProfile.ConsentState::purpose).contains("profiling");
        assertThat(guest.figures().stays()).isPositive();
        assertThat(guest.figures().nights()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void feedbackTellsTheStoryOfEdinburghsCheckIn() {
        Map<String, Long> kinds = jdbc.sql("""
                select kind, count(*) from feedback f join property p on p.id = f.property_id
                where p.key like 'aurora-%' group by kind""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kinds.get("survey")).isGreaterThan(10_000);
        assertThat(kinds.get("review")).isGreaterThan(1_000);
        assertThat(kinds).containsKey("social");
        // The check-in CSAT of Edinburgh in the last four months against the year before that, from the rollup.
        double recent = checkInCsat("aurora-edinburgh", 0, 110);
        double before = checkInCsat("aurora-edinburgh", 130, 480);
        assertThat(before - recent).as("Edinburgh check-in slipped").isGreaterThan(1.0);
        assertThat(checkInCsat("aurora-lisbon", 0, 110)).isGreaterThan(4.0);
        assertThat(jdbc.sql("select count(*) from feedback where text is not null").query(Long.class).single())
                .isGreaterThan(5_000);
        // Each hotel has a live post-stay survey and a check-in survey.
        assertThat(jdbc.sql("""
                select count(*) from survey s join touchpoint t on t.id = s.touchpoint_id
                where t.key like 'lisbon.%' or t.key like 'edinburgh.%' or t.key like 'boston.%'""")
                .query(Long.class).single()).isEqualTo(6);
    }

    private double checkInCsat(String hotel, int fromDaysAgo, int toDaysAgo) {
        return jdbc.sql("""
                select sum(d.csat_sum)::float / nullif(sum(d.csat_n), 0) from feedback_daily d
                join property p on p.id = d.property_id join touchpoint t on t.id = d.touchpoint_id
                where p.key = ? and t.key like '%.front-desk-checkin'
                  and d.day between current_date - ? and current_date - ?""")
                .params(hotel, toDaysAgo, fromDaysAgo).query(Double.class).single();
    }

    /** The demo surveys' ids, by touchpoint key. */
    private Map<String, Long> demoSurveys() {
        return jdbc.sql("""
                select t.key, s.id from survey s join touchpoint t on t.id = s.touchpoint_id
                where t.key like 'lisbon.%' or t.key like 'edinburgh.%' or t.key like 'boston.%'""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void everySurveyAnswerIsACompletedResponseToAnInvitation() {
        long answers = jdbc.sql("""
                select count(*) from feedback f join property p on p.id = f.property_id
                where p.key like 'aurora-%' and f.kind = 'survey'""").query(Long.class).single();
        assertThat(answers).isGreaterThan(10_000);
        // The feedback row is the one the response pages write on completion: linked, keyed and placed alike.
        assertThat(jdbc.sql("""
                select count(*) from feedback f join property p on p.id = f.property_id
                where p.key like 'aurora-%' and f.kind = 'survey'
                and not exists (
                  select 1 from survey_response r
                  join invitation i on i.id = r.invitation_id
                  join survey s on s.id = r.survey_id
                  join touchpoint t on t.id = s.touchpoint_id
                  where r.id = f.response_id and r.survey_id = f.survey_id and f.source = 'touchpoint'
                    and f.external_id = r.public_id::text and f.occurred_at = r.completed_at
                    and f.customer_id = r.customer_id and i.customer_id = r.customer_id
                    and i.survey_id = r.survey_id and i.status = 'completed' and i.completed_at is not null
                    and f.touchpoint_id = s.touchpoint_id and f.stage_id = s.stage_id
                    and f.property_id = t.property_id and f.channel = t.channel and f.language = 'en')""")
                .query(Long.class).single()).as("survey answers without their response and invitation").isZero();
        // And the other way: every completed response has its one feedback row.
        Long[] ids = demoSurveys().values().toArray(Long[]::new);
        assertThat(jdbc.sql("""
                select count(*) from survey_response r where r.survey_id = any(?) and r.completed_at is not null
                and (select count(*) from feedback f where f.response_id = r.id and f.kind = 'survey') <> 1""")
                .param(ids).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from survey_response r where r.survey_id = any(?) and r.invitation_id is null""")
                .param(ids).query(Long.class).single()).as("every demo response came by invitation").isZero();
    }

    @Test
    void theFunnelOfEveryDemoSurveyNarrowsStepByStep() {
        Map<String, Long> ids = demoSurveys();
        assertThat(ids).hasSize(6);
        Map<Long, Long> completed = surveys.completedResponses();
        ids.forEach((touchpoint, id) -> {
            InvitationFunnel f = invitations.funnel(id);
            assertThat(f.sent()).as(touchpoint).isEqualTo(f.created()).isGreaterThan(f.opened());
            assertThat(f.opened()).as(touchpoint).isGreaterThan(f.started());
            assertThat(f.started()).as(touchpoint).isGreaterThan(f.completed());
            assertThat(f.completed()).as(touchpoint).isGreaterThan(500).isEqualTo(completed.get(id));
            assertThat(f.expired()).as(touchpoint).isGreaterThan(f.sent() / 3);
            assertThat(surveys.recentResponses(id, 5)).as(touchpoint).hasSize(5)
                    .allSatisfy(r -> assertThat(r.personal()).isTrue());
        });
        Long[] surveyIds = ids.values().toArray(Long[]::new);
        // Each step keeps the time it was first reached; the status is the furthest step.
        assertThat(jdbc.sql("""
                select count(*) from invitation where survey_id = any(?) and not (
                  sent_at is not null and sent_at = created_at and created_by like 'mail-rule-%'
                  and (opened_at is not null) = (status in ('opened', 'started', 'completed'))
                  and (started_at is not null) = (status in ('started', 'completed'))
                  and (completed_at is not null) = (status = 'completed')
                  and (opened_at is null or opened_at > sent_at)
                  and (started_at is null or started_at >= opened_at)
                  and (completed_at is null or completed_at >= started_at)
                  and expires_at - created_at between interval '30 days' - interval '1 second'
                                                  and interval '30 days' + interval '1 second'
                  and (started_at is not null)
                      = exists (select 1 from survey_response r where r.invitation_id = invitation.id))""")
                .param(surveyIds).query(Long.class).single()).isZero();
        // One send row per invitation; reminders only by the post-stay rules, three days on, if not completed by then.
        assertThat(jdbc.sql("""
                select count(*) from invitation i where i.survey_id = any(?)
                and (select count(*) from survey_mail_send m where m.invitation_id = i.id) <> 1""")
                .param(surveyIds).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                join invitation i on i.id = m.invitation_id
                where r.survey_id = any(?) and m.reminder_status = 'sent' and (r.reminder_days is null
                  or m.reminder_sent_at < m.sent_at + make_interval(days => r.reminder_days)
                  or i.completed_at < m.reminder_sent_at)""")
                .param(surveyIds).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                where r.survey_id = any(?) and m.reminder_status = 'sent'""")
                .param(surveyIds).query(Long.class).single()).isGreaterThan(5_000);
    }

    @Test
    void responseAnswersMatchTheFeedbackScores() {
        Long[] ids = demoSurveys().values().toArray(Long[]::new);
        assertThat(jdbc.sql("""
                select count(*) from survey_response r join feedback f on f.response_id = r.id
                where r.survey_id = any(?) and not (
                  (r.answers->>'nps')::int is not distinct from f.nps
                  and (r.answers->>'csat')::int is not distinct from f.csat
                  and (r.answers->>'ces')::int is not distinct from f.ces
                  and nullif(concat_ws(E'\\n\\n', r.answers->>'wrong', r.answers->>'comment'), '')
                      is not distinct from f.text
                  and jsonb_exists(r.answers, 'wrong') <= (f.nps <= 6)
                  and jsonb_exists(r.answers, 'ces') <= (r.version = 2))""")
                .param(ids).query(Long.class).single()).isZero();
        // Partial responses: saved, never scored.
        assertThat(jdbc.sql("""
                select count(*) from survey_response r where r.survey_id = any(?) and r.completed_at is null""")
                .param(ids).query(Long.class).single()).isGreaterThan(500);
        // A response answers the version published before the guest opened the link.
        assertThat(jdbc.sql("""
                select count(*) from survey_response r join invitation i on i.id = r.invitation_id
                where r.survey_id = any(?) and r.version <> (
                  select max(v.version) from survey_version v where v.survey_id = r.survey_id
                  and v.published_at <= i.opened_at)""")
                .param(ids).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct version) from survey_response where survey_id = any(?)")
                .param(ids).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void noInvitationToAGuestWithoutSurveyEmailConsent() {
        Long[] ids = demoSurveys().values().toArray(Long[]::new);
        assertThat(jdbc.sql("""
                select count(*) from invitation i where i.survey_id = any(?) and coalesce((
                  select k.status from customer_consent k where k.customer_id = i.customer_id
                  and k.purpose = 'survey_email' and k.recorded_at <= i.created_at
                  order by k.recorded_at desc, k.id desc limit 1), 'none') <> 'granted'""")
                .param(ids).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from invitation i where i.survey_id = any(?) and not exists (
                  select 1 from customer_identity c where c.customer_id = i.customer_id and c.type = 'email'
                  and c.value = i.email)""")
                .param(ids).query(Long.class).single()).as("sent to the profile's address").isZero();
        Map<String, Long> skipped = jdbc.sql("""
                select m.reason, count(*) from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                where r.survey_id = any(?) and m.status = 'skipped' group by m.reason""")
                .param(ids).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(skipped).containsOnlyKeys("no-consent", "no-email", "fatigue");
        // The skipped guests really had no consent at the time.
        assertThat(jdbc.sql("""
                select count(*) from survey_mail_send m join survey_mail_rule r on r.id = m.rule_id
                where r.survey_id = any(?) and m.reason = 'no-consent' and coalesce((
                  select k.status from customer_consent k where k.customer_id = m.customer_id
                  and k.purpose = 'survey_email' and k.recorded_at <= m.created_at
                  order by k.recorded_at desc, k.id desc limit 1), 'none') = 'granted'""")
                .param(ids).query(Long.class).single()).isZero();
    }

    @Test
    void theHistoryIsTheScenariosForTheSeedAndDate() {
        List<String> want = new ArrayList<>();
        for (SurveyHistory.Send s : expectedHistory()) {
            want.add(line(s.event().clientId(), s.kind().touchpoint(s.hotel()), s.status(), s.reason(),
                    s.createdAt(), s.invitation()));
        }
        want.sort(null);
        List<String> have = historyLines(demoSurveys().values().toArray(Long[]::new));
        assertThat(have).hasSameSizeAs(want);
        assertThat(have).isEqualTo(want);
    }

    /** A send as one line: where it came from, what the mailer did, and how far the guest got. */
    private static String line(String clientId, String touchpoint, String status, String reason, Instant created,
            SurveyHistory.Invitation inv) {
        StringBuilder sb = new StringBuilder().append(clientId).append('|').append(touchpoint).append('|')
                .append(status).append('|').append(reason).append('|').append(created);
        if (inv != null) {
            sb.append('|').append(inv.status()).append('|').append(inv.createdAt()).append('|').append(inv.openedAt())
                    .append('|').append(inv.completedAt()).append('|').append(inv.reminder());
            if (inv.response() != null) {
                SurveyHistory.Response r = inv.response();
                sb.append('|').append(r.publicId()).append('|').append(r.version()).append('|').append(r.page())
                        .append('|').append(new TreeMap<>(r.answers()).toString()).append('|').append(r.text());
            }
        }
        return sb.toString();
    }

    private List<String> historyLines(Long[] surveyIds) {
        Timestamp anchor = Timestamp.from(first.anchorDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        List<String> out = jdbc.sql("""
                select e.client_id, t.key, m.status, m.reason, m.created_at, i.status, i.created_at, i.opened_at,
                       i.completed_at, case when m.reminder_sent_at < ? then m.reminder_status end, r.public_id,
                       r.version, r.page,
                       (select '{' || coalesce(string_agg(a.key || '=' || a.value, ', ' order by a.key), '') || '}'
                        from jsonb_each_text(r.answers) a), f.text, r.id is not null
                from survey_mail_send m
                join survey_mail_rule u on u.id = m.rule_id
                join survey s on s.id = u.survey_id join touchpoint t on t.id = s.touchpoint_id
                join customer_event e on e.id = m.event_id
                left join invitation i on i.id = m.invitation_id
                left join survey_response r on r.invitation_id = i.id
                left join feedback f on f.response_id = r.id and f.kind = 'survey'
                where u.survey_id = any(?) and m.created_at < ?""")
                .params(anchor, surveyIds, anchor)
                .query((rs, n) -> {
                    StringBuilder sb = new StringBuilder().append(rs.getString(1)).append('|').append(rs.getString(2))
                            .append('|').append(rs.getString(3)).append('|').append(rs.getString(4)).append('|')
                            .append(instant(rs.getTimestamp(5)));
                    if (rs.getString(6) != null) {
                        // Reminders due after the anchor are the live mailer's: as of the anchor there were none.
                        String reminder = rs.getString(10);
                        sb.append('|').append(rs.getString(6)).append('|').append(instant(rs.getTimestamp(7)))
                                .append('|').append(instant(rs.getTimestamp(8))).append('|')
                                .append(instant(rs.getTimestamp(9))).append('|').append(reminder);
                        if (rs.getBoolean(16)) {
                            sb.append('|').append(rs.getString(11)).append('|').append(rs.getInt(12)).append('|')
                                    .append(rs.getInt(13)).append('|').append(rs.getString(14)).append('|')
                                    .append(rs.getString(15));
                        }
                    }
                    return sb.toString();
                })
                .list();
        return new ArrayList<>(out.stream().sorted().toList());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Test
    void aResponseThroughTheLiveMailerAndPagesIsShapedLikeTheHistory() {
        // A demo guest the mailer may write to today: an address, the consent, no invitation for a month.
        record Guest(long id, String email) {
        }
        Guest guest = jdbc.sql("""
                select c.id, i.value from customer c
                join customer_identity i on i.customer_id = c.id and i.type = 'email'
                where c.merged_into is null
                  and exists (select 1 from customer_event e where e.customer_id = c.id and e.source = 'demo')
                  and (select k.status from customer_consent k where k.customer_id = c.id
                       and k.purpose = 'survey_email' order by k.recorded_at desc, k.id desc limit 1) = 'granted'
                  and not exists (select 1 from invitation v where v.customer_id = c.id
                                  and v.created_at > now() - interval '31 days')
                  and not exists (select 1 from mail_suppression s where s.email = i.value)
                order by c.id limit 1""")
                .query((rs, i) -> new Guest(rs.getLong(1), rs.getString(2))).single();
        long checkout = catalog.touchpoint(HotelGroup.LISBON.code() + ".checkout").orElseThrow().id();
        String clientId = "it-checkout-" + UUID.randomUUID();
        activity.recordEvents(List.of(new NewEvent(clientId, "check_out",
                Instant.now().minus(Duration.ofHours(25)).truncatedTo(ChronoUnit.SECONDS), "in_person", checkout,
                "{\"method\":\"front_desk\"}", null, "api",
                CustomerReference.of(List.of(Identifier.email(guest.email()))))));
        mailer.run();
        long invitationId = jdbc.sql("""
                select m.invitation_id from survey_mail_send m join customer_event e on e.id = m.event_id
                where e.client_id = ? and m.status = 'sent'""").param(clientId).query(Long.class).single();

        // The guest follows the link and answers both pages, as the public pages would have them do.
        String token = invitations.token(invitations.find(invitationId).orElseThrow());
        ResponseFlow.Open open = (ResponseFlow.Open) flow.enter(token);
        flow.opened(open);
        ResponseFlow.Show page = (ResponseFlow.Show) flow.current(open, null);
        assertThat(flow.submit(open, page.page().response().toString(), Integer.toString(page.page().version()),
                "0", null, Map.of("q.nps", List.of("4"))::get)).isInstanceOf(ResponseFlow.Continue.class);
        page = (ResponseFlow.Show) flow.current(open, null);
        assertThat(flow.submit(open, page.page().response().toString(), Integer.toString(page.page().version()),
                "1", null, Map.of("q.wrong", List.of("We waited over 40 minutes to check in."), "q.csat",
                        List.of("2"), "q.ces", List.of("5"), "q.comment", List.of("Lovely staff though."))::get))
                .isInstanceOf(ResponseFlow.Done.class);

        // A history response of the same kind: a detractor who answered every question of version 2.
        long historic = jdbc.sql("""
                select i.id from invitation i join survey_response r on r.invitation_id = i.id
                where i.survey_id = ? and i.id <> ? and r.completed_at is not null and r.version = 2
                  and jsonb_exists_all(r.answers, array['wrong', 'ces', 'comment'])
                  and (r.answers->>'nps')::int <= 6
                order by i.id limit 1""")
                .params(demoSurveys().get(HotelGroup.LISBON.code() + ".post-stay-email"), invitationId)
                .query(Long.class).single();
        assertThat(shape(invitationId)).isEqualTo(shape(historic));
    }

    /** What a completed personal response looks like across its four tables, without the values that vary. */
    private Map<String, Object> shape(long invitationId) {
        return jdbc.sql("""
                select i.status, i.created_by ~ '^mail-rule-[0-9]+$' as by_rule, i.sent_at = i.created_at as sent_in_tx,
                       i.expires_at = date_trunc('second', i.expires_at) as expiry_in_seconds,
                       i.expires_at - i.created_at between interval '30 days' - interval '1 second'
                         and interval '30 days' + interval '1 second' as thirty_days,
                       i.opened_at > i.sent_at and i.started_at > i.opened_at and i.completed_at > i.started_at
                         as steps_in_order,
                       i.email = m.email as same_address, i.customer_id = r.customer_id as same_customer,
                       m.status as send_status, m.reason as send_reason, m.attempts,
                       m.created_at < i.created_at and m.sent_at > i.created_at
                         and m.sent_at < i.created_at + interval '5 seconds' as send_times,
                       m.customer_id = e.customer_id as send_customer, e.type = u.event_type as event_type,
                       r.started_at = i.started_at as started_with_first_page,
                       r.updated_at = i.completed_at as completed_in_tx,
                       r.completed_at > r.updated_at and r.completed_at < r.updated_at + interval '1 second'
                         as completed_after_tx_start,
                       r.page, r.version,
                       (select string_agg(a.key || ':' || jsonb_typeof(a.value), ',' order by a.key)
                        from jsonb_each(r.answers) a) as answer_types,
                       f.kind, f.source, f.external_id = r.public_id::text as external_id,
                       f.occurred_at = r.completed_at as occurred, f.received_at = r.updated_at as received,
                       f.survey_id = r.survey_id as survey, f.customer_id = r.customer_id as customer,
                       f.property_id, f.touchpoint_id, f.stage_id, f.channel, f.language,
                       f.rating is null and f.author is null and f.url is null as no_review_fields,
                       f.text = concat_ws(E'\\n\\n', r.answers->>'wrong', r.answers->>'comment') as text,
                       f.nps = (r.answers->>'nps')::int and f.csat = (r.answers->>'csat')::int
                         and f.ces = (r.answers->>'ces')::int as scores
                from invitation i
                join survey_mail_send m on m.invitation_id = i.id
                join survey_mail_rule u on u.id = m.rule_id
                join customer_event e on e.id = m.event_id
                join survey_response r on r.invitation_id = i.id
                join feedback f on f.response_id = r.id
                where i.id = ?""")
                .param(invitationId).query().singleRow();
    }

    @Test
    void aLoadInterruptedInTheSurveyHistoryFinishesIt() {
        Long[] ids = demoSurveys().values().toArray(Long[]::new);
        Counts before = counts();
        List<String> history = historyLines(ids);
        // As if stopped halfway through the history: the rules still off, the guests of one chunk not written.
        jdbc.sql("update survey_mail_rule set enabled = false where survey_id = any(?)").param(ids).update();
        String[] events = expectedHistory().stream().filter(s -> s.guest() % 8 == 3).map(s -> s.event().clientId())
                .toArray(String[]::new);
        assertThat(events).hasSizeGreaterThan(1_000);
        int deleted = jdbc.sql("""
                with sends as (
                  select m.id, m.invitation_id from survey_mail_send m join survey_mail_rule u on u.id = m.rule_id
                  join customer_event e on e.id = m.event_id
                  where u.survey_id = any(?) and e.client_id = any(?)),
                responses as (
                  select r.id from survey_response r where r.invitation_id in (select invitation_id from sends)),
                feedback as (delete from feedback f where f.response_id in (select id from responses) returning 1),
                gone_responses as (delete from survey_response r where r.id in (select id from responses) returning 1),
                gone_sends as (delete from survey_mail_send m where m.id in (select id from sends) returning 1)
                select count(*) from gone_sends""").params(ids, events).query(Integer.class).single();
        assertThat(deleted).isEqualTo(events.length);
        jdbc.sql("""
                delete from invitation i where i.survey_id = any(?)
                and not exists (select 1 from survey_mail_send m where m.invitation_id = i.id)""").param(ids).update();
        assertThat(counts()).isNotEqualTo(before);
        jdbc.sql("update demo_load set status = 'loading', finished_at = null").update();

        DemoLoadReport resumed = demo.load();
        assertThat(resumed.outcome()).isEqualTo(DemoLoadReport.Outcome.LOADED);
        assertThat(counts()).isEqualTo(before);
        assertThat(historyLines(ids)).isEqualTo(history);
        assertThat(jdbc.sql("select bool_and(enabled) from survey_mail_rule where survey_id = any(?)").param(ids)
                .query(Boolean.class).single()).isTrue();
    }

    private static List<SurveyHistory.Send> expected;

    /** The history the scenario of the loaded seed and date draws, computed once. */
    private static List<SurveyHistory.Send> expectedHistory() {
        if (expected == null) {
            expected = SurveyHistory.of(DemoScenario.generate(DemoScenario.DEFAULT_SEED, first.anchorDate()));
        }
        return expected;
    }

    @Test
    void identitiesAreStoredNormalised() {
        assertThat(jdbc.sql("""
                select count(*) from customer_identity where type = 'email' and value like '%@example.%'
                and value <> lower(trim(value))""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from customer_identity i where type = 'phone'
                and exists (select 1 from customer_event e where e.customer_id = i.customer_id and e.source = 'demo')
                and value !~ '^\\+[1-9][0-9]{7,14}$'""").query(Long.class).single()).isZero();
    }

    @Test
    void aSecondLoadChangesNothing() {
        Counts before = counts();
        DemoLoadReport again = demo.load();
        assertThat(again.outcome()).isEqualTo(DemoLoadReport.Outcome.ALREADY_LOADED);
        assertThat(again.events()).isEqualTo(first.events());
        assertThat(counts()).isEqualTo(before);
        assertThat(demo.status()).isEqualTo(DemoData.Status.LOADED);
    }

    @Test
    void anInterruptedLoadResumesWithoutDuplicatingAnything() {
        // As if the first start had been stopped before the end: the marker still says "loading".
        Counts before = counts();
        jdbc.sql("update demo_load set status = 'loading', finished_at = null").update();
        assertThat(demo.status()).isEqualTo(DemoData.Status.LOADING);
        DemoLoadReport resumed = demo.load();
        assertThat(resumed.outcome()).isEqualTo(DemoLoadReport.Outcome.LOADED);
        assertThat(resumed.anchorDate()).as("resumes with the date it started with").isEqualTo(first.anchorDate());
        assertThat(resumed.profiles()).isEqualTo(first.profiles());
        assertThat(resumed.merges()).isEqualTo(first.merges());
        assertThat(counts()).isEqualTo(before);
        assertThat(demo.status()).isEqualTo(DemoData.Status.LOADED);
    }

    /**
     * The demo's rows; survey rows up to the anchor only: after it the live mailer may go on (other tests send
     * mail, and it mails demo guests whose send time came after the data).
     */
    record Counts(long customers, long identities, long events, long transactions, long merges, long consents,
            long preferences, long attributes, long surveys, long versions, long rules, long sends, long invitations,
            long responses, long feedback) {
    }

    private Counts counts() {
        Timestamp anchor = Timestamp.from(first.anchorDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        return jdbc.sql("""
                select (select count(*) from customer), (select count(*) from customer_identity),
                       (select count(*) from customer_event), (select count(*) from customer_transaction),
                       (select count(*) from customer_merge), (select count(*) from customer_consent),
                       (select count(*) from customer_preference), (select count(*) from customer_attribute),
                       (select count(*) from survey), (select count(*) from survey_version),
                       (select count(*) from survey_mail_rule),
                       (select count(*) from survey_mail_send where created_at < :anchor),
                       (select count(*) from invitation where created_at < :anchor),
                       (select count(*) from survey_response where started_at < :anchor),
                       (select count(*) from feedback where occurred_at < :anchor)""")
                .param("anchor", anchor)
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15)))
                .single();
    }
}
