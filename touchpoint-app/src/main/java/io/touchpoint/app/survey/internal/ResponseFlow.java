package io.touchpoint.app.survey.internal;

import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Invitation;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.SurveyInvitations;
import io.touchpoint.app.survey.Surveys;
import io.touchpoint.app.survey.internal.AnswerParser.Given;
import io.touchpoint.app.survey.internal.AnswerParser.Invalid;
import io.touchpoint.app.survey.internal.AnswerParser.Parsed;
import io.touchpoint.app.survey.internal.InvitationTokens.Admission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A respondent's way through a survey: which link admits them, which page they see, what a sent page saves, and
 * the completion that writes the feedback row. Each sent page is saved, so answers survive a closed tab.
 *
 * <p>Duplicates: a response is identified by the id carried in the form (anonymous links) or by its invitation
 * (personal links); the row is locked while a page is processed and a completed response is never changed, so a
 * double click, a resent form or a second tab completes it once.
 */
@Service
public class ResponseFlow {

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final SigningKey key;
    private final InvitationSteps steps;
    private final FeedbackWriter feedback;
    private final TouchpointCatalog catalog;
    private final CustomerProfiles profiles;
    private final AnswerCodec codec;
    private final Clock clock;

    ResponseFlow(JdbcClient jdbc, Surveys surveys, SurveyInvitations invitations, SigningKey key,
            InvitationSteps steps, FeedbackWriter feedback, TouchpointCatalog catalog, CustomerProfiles profiles,
            JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.invitations = invitations;
        this.key = key;
        this.steps = steps;
        this.feedback = feedback;
        this.catalog = catalog;
        this.profiles = profiles;
        this.codec = new AnswerCodec(json);
        this.clock = clock;
    }

    /** Whom a link admits. */
    public sealed interface Entry {
    }

    /** Admitted: the survey, and the invitation for a personal link (null for an anonymous one). */
    public record Open(Survey survey, Invitation invitation) implements Entry {
    }

    public record Refused(Reason reason) implements Entry {
    }

    public enum Reason {
        NOT_FOUND(404), NOT_OPEN(404), INVALID_LINK(403), EXPIRED(410), ALREADY_ANSWERED(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** What to show a respondent. */
    public sealed interface Outcome {
    }

    /** A page of questions, with messages for the answers that could not be accepted. */
    public record Show(Page page, Map<String, String> errors, Map<String, List<String>> sent) implements Outcome {
    }

    /** Saved; show the response's current page again (redirect). */
    public record Continue(UUID response) implements Outcome {
    }

    /** Completed (now or before). */
    public record Done(UUID response) implements Outcome {
    }

    /**
     * @param number the page's position among the pages shown so far, from 1
     * @param of the number of pages, as far as the answers so far tell
     */
    public record Page(UUID response, int version, SurveyDefinition definition, int index, List<Question> questions,
            Map<String, Answer> answers, boolean first, boolean last, int number, int of) {
    }

    /** Resolves a survey key or an invitation token. */
    public Entry enter(String code) {
        if (code != null && code.indexOf('.') >= 0) {
            InvitationTokens.Check check = key.tokens().verify(code, clock.instant());
            Invitation inv = null;
            if (check instanceof InvitationTokens.Valid v) {
                inv = invitations.find(v.invitationId()).orElse(null);
            }
            else if (check instanceof InvitationTokens.Expired e) {
                inv = invitations.find(e.invitationId()).orElse(null);
            }
            Admission admission = InvitationTokens.admit(check, inv);
            switch (admission) {
                case INVALID:
                    return new Refused(Reason.INVALID_LINK);
                case EXPIRED:
                    return new Refused(Reason.EXPIRED);
                case ALREADY_ANSWERED:
                    return new Refused(Reason.ALREADY_ANSWERED);
                default:
                    break;
            }
            Optional<Survey> survey = surveys.find(inv.surveyId());
            if (survey.isEmpty() || survey.get().publishedVersion() == null) {
                return new Refused(Reason.NOT_OPEN);
            }
            return new Open(survey.get(), inv);
        }
        Optional<Survey> survey = surveys.findByKey(code);
        if (survey.isEmpty()) {
            return new Refused(Reason.NOT_FOUND);
        }
        if (survey.get().publishedVersion() == null) {
            return new Refused(Reason.NOT_OPEN);
        }
        return new Open(survey.get(), null);
    }

    /** A personal link was viewed: the first time is the invitation's "opened". */
    @Transactional
    public void opened(Open open) {
        if (open.invitation() != null && open.invitation().openedAt() == null) {
            steps.opened(open.invitation().id());
        }
    }

    private record Row(long id, UUID publicId, long surveyId, int version, Long invitationId, Long customerId,
            String answers, int page, Instant completedAt) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Row(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("survey_id"),
                rs.getInt("version"), (Long) rs.getObject("invitation_id"), (Long) rs.getObject("customer_id"),
                rs.getString("answers"), rs.getInt("page"), completed == null ? null : completed.toInstant());
    }

    private static final String ROW = """
            select id, public_id, survey_id, version, invitation_id, customer_id, answers::text as answers, page,
                   completed_at from survey_response""";

    private Optional<Row> existing(Open open, String responseId, boolean lock) {
        String forUpdate = lock ? " for update" : "";
        if (open.invitation() != null) {
            return jdbc.sql(ROW + " where invitation_id = ?" + forUpdate).param(open.invitation().id())
                    .query((rs, i) -> row(rs)).optional();
        }
        UUID id = uuid(responseId);
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(ROW + " where public_id = ? and survey_id = ? and invitation_id is null" + forUpdate)
                .params(id, open.survey().id()).query((rs, i) -> row(rs)).optional();
    }

    /** The page a respondent is on: a saved response's current page, or the first page of a new one. */
    @Transactional(readOnly = true)
    public Outcome current(Open open, String responseId) {
        Optional<Row> saved = existing(open, responseId, false);
        if (saved.isPresent() && saved.get().completedAt() != null) {
            return new Done(saved.get().publicId());
        }
        if (saved.isEmpty()) {
            int version = open.survey().publishedVersion();
            SurveyFlow flow = new SurveyFlow(surveys.definition(open.survey().id(), version).orElseThrow());
            Map<String, Answer> none = Map.of();
            return new Show(page(UUID.randomUUID(), version, flow, flow.first(none).orElse(0), none), Map.of(),
                    Map.of());
        }
        Row r = saved.get();
        SurveyFlow flow = new SurveyFlow(surveys.definition(r.surveyId(), r.version()).orElseThrow());
        Map<String, Answer> answers = codec.read(r.answers(), flow.definition());
        return new Show(page(r.publicId(), r.version(), flow, showable(flow, r.page(), answers), answers), Map.of(),
                Map.of());
    }

    /**
     * Saves one sent page and decides what comes next.
     *
     * @param action {@code back} saves what is acceptable and goes to the previous page; anything else goes forward
     * @param values the form's values by parameter name ({@code q.<question id>})
     */
    @Transactional
    public Outcome submit(Open open, String responseId, String versionParam, String pageParam, String action,
            Function<String, List<String>> values) {
        Row r = locate(open, responseId, versionParam);
        if (r.completedAt() != null) {
            return new Done(r.publicId());
        }
        SurveyFlow flow = new SurveyFlow(surveys.definition(r.surveyId(), r.version()).orElseThrow());
        Map<String, Answer> answers = new LinkedHashMap<>(codec.read(r.answers(), flow.definition()));
        Integer page = integer(pageParam);
        if (page == null || page < 0 || page >= flow.pageCount()) {
            // Not a page of this version (an edited form, an old tab): show where the respondent is.
            return new Continue(r.publicId());
        }
        boolean back = "back".equals(action);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (Question q : flow.shownOn(page, answers)) {
            List<String> raw = values.apply("q." + q.id());
            sent.put(q.id(), raw == null ? List.of() : raw);
            Parsed parsed = AnswerParser.parse(q, raw);
            if (parsed instanceof Given g) {
                answers.put(q.id(), g.answer());
            }
            else {
                answers.remove(q.id());
                if (parsed instanceof Invalid inv) {
                    errors.put(q.id(), inv.message());
                }
                else if (q.required() && !back) {
                    errors.put(q.id(), AnswerParser.REQUIRED);
                }
            }
        }
        if (back) {
            save(r, answers, flow.previous(page, answers).orElse(page));
            return new Continue(r.publicId());
        }
        if (!errors.isEmpty()) {
            save(r, answers, page);
            return new Show(page(r.publicId(), r.version(), flow, page, answers), errors, sent);
        }
        OptionalInt next = flow.next(page, answers);
        if (next.isPresent()) {
            save(r, answers, next.getAsInt());
            return new Continue(r.publicId());
        }
        List<Question> missing = flow.missing(answers);
        if (!missing.isEmpty()) {
            // Only reachable by skipping pages with a crafted form: send the respondent back to the first gap.
            int gap = flow.pageOf(missing.get(0).id());
            save(r, answers, gap);
            Map<String, String> gaps = new LinkedHashMap<>();
            missing.stream().filter(q -> flow.pageOf(q.id()) == gap).forEach(q -> gaps.put(q.id(), AnswerParser.REQUIRED));
            return new Show(page(r.publicId(), r.version(), flow, gap, answers), gaps, Map.of());
        }
        complete(r, open, flow, answers, page);
        return new Done(r.publicId());
    }

    private Row locate(Open open, String responseId, String versionParam) {
        Optional<Row> found = existing(open, responseId, true);
        if (found.isPresent()) {
            return found.get();
        }
        int version = version(open.survey(), versionParam);
        Long customer = open.invitation() == null || open.invitation().customerId() == null ? null
                : profiles.survivorOf(open.invitation().customerId()).orElse(open.invitation().customerId());
        UUID id = open.invitation() == null ? Optional.ofNullable(uuid(responseId)).orElseGet(UUID::randomUUID)
                : UUID.randomUUID();
        for (int attempt = 0; attempt < 3; attempt++) {
            jdbc.sql("""
                    insert into survey_response (public_id, survey_id, version, invitation_id, customer_id)
                    values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(id, open.survey().id(), version,
                            open.invitation() == null ? null : open.invitation().id(), customer)
                    .update();
            found = open.invitation() != null ? existing(open, null, true) : existing(open, id.toString(), true);
            if (found.isPresent()) {
                return found.get();
            }
            // The id belongs to someone else's response: this respondent gets a fresh one.
            id = UUID.randomUUID();
        }
        throw new IllegalStateException("could not start a response");
    }

    /** The version a new response answers: the one its form was made from if that was published, else the current. */
    private int version(Survey survey, String versionParam) {
        Integer v = integer(versionParam);
        if (v != null && v != survey.publishedVersion().intValue()) {
            boolean published = jdbc.sql("""
                    select count(*) from survey_version where survey_id = ? and version = ? and published_at is not null""")
                    .params(survey.id(), v).query(Long.class).single() > 0;
            if (published) {
                return v;
            }
        }
        return survey.publishedVersion();
    }

    private void save(Row r, Map<String, Answer> answers, int page) {
        jdbc.sql("update survey_response set answers = ?::jsonb, page = ?, updated_at = now() where id = ?")
                .params(codec.write(answers), page, r.id()).update();
        if (r.invitationId() != null) {
            steps.started(r.invitationId());
        }
    }

    private void complete(Row r, Open open, SurveyFlow flow, Map<String, Answer> answers, int page) {
        Map<String, Answer> counted = flow.effective(answers);
        Instant now = clock.instant();
        Long customer = r.customerId() == null ? null : profiles.survivorOf(r.customerId()).orElse(r.customerId());
        jdbc.sql("""
                update survey_response set answers = ?::jsonb, page = ?, customer_id = ?, completed_at = ?,
                       updated_at = now() where id = ?""")
                .params(codec.write(counted), page, customer, Timestamp.from(now), r.id()).update();
        record Target(long touchpointId, long stageId) {
        }
        Target t = jdbc.sql("select touchpoint_id, stage_id from survey where id = ?").param(r.surveyId())
                .query((rs, i) -> new Target(rs.getLong(1), rs.getLong(2))).single();
        Optional<Touchpoint> touchpoint = catalog.touchpoint(t.touchpointId());
        Long property = touchpoint.map(Touchpoint::propertyKey).flatMap(catalog::property).map(p -> p.id())
                .orElse(null);
        String channel = touchpoint.map(x -> x.channel().code()).orElse(null);
        feedback.record(new FeedbackWriter.Context(r.surveyId(), r.id(), r.publicId().toString(), customer, property,
                t.touchpointId(), t.stageId(), channel, flow.definition().languageTag(), now),
                FeedbackWriter.Scores.of(flow.definition(), counted));
        if (r.invitationId() != null) {
            steps.completed(r.invitationId());
        }
    }

    /** The saved page if it still shows questions, else the nearest page before it that does. */
    private static int showable(SurveyFlow flow, int saved, Map<String, Answer> answers) {
        int p = Math.min(Math.max(saved, 0), flow.pageCount() - 1);
        if (!flow.shownOn(p, answers).isEmpty()) {
            return p;
        }
        return flow.next(p, answers).orElse(flow.previous(p, answers).orElse(0));
    }

    private static Page page(UUID response, int version, SurveyFlow flow, int index, Map<String, Answer> answers) {
        List<Integer> shownPages = IntStream.range(0, flow.pageCount())
                .filter(i -> !flow.shownOn(i, answers).isEmpty()).boxed().toList();
        int number = (int) shownPages.stream().filter(i -> i <= index).count();
        return new Page(response, version, flow.definition(), index, flow.shownOn(index, answers), answers,
                flow.previous(index, answers).isEmpty(), !flow.mayContinue(index, answers), Math.max(number, 1),
                Math.max(shownPages.size(), 1));
    }

    private static UUID uuid(String s) {
        if (s == null || s.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static Integer integer(String s) {
        if (s == null || s.isBlank() || s.length() > 9) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
