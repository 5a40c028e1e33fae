package io.touchpoint.app.survey;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.Identifier;
import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.survey.internal.InvitationSteps;
import io.touchpoint.app.survey.internal.SigningKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations: one respondent, one signed link that expires and is good for one completed response.
 * Whoever delivers the link (email, SMS, a PMS) calls {@link #markSent} when it went out; opening, starting and
 * completing are recorded by the survey pages.
 */
@Service
public class SurveyInvitations {

    public static final int DEFAULT_EXPIRY_DAYS = 30;
    public static final int MAX_EXPIRY_DAYS = 365;
    private static final String COLUMNS = """
            id, survey_id, customer_id, email, status, created_at, expires_at, sent_at, opened_at, started_at,
            completed_at""";

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final IdentityResolution identities;
    private final CustomerProfiles profiles;
    private final SigningKey key;
    private final InvitationSteps steps;
    private final Clock clock;

    SurveyInvitations(JdbcClient jdbc, Surveys surveys, IdentityResolution identities, CustomerProfiles profiles,
            SigningKey key, InvitationSteps steps, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.identities = identities;
        this.profiles = profiles;
        this.key = key;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Invites one respondent, named by customer id or email (an email is resolved to its customer profile, which is
     * created if the address is new). The survey must be published.
     */
    @Transactional
    public CreatedInvitation invite(long surveyId, Long customerId, String email, Integer expiresInDays, String by) {
        Survey survey = surveys.require(surveyId);
        List<FieldError> errors = new ArrayList<>();
        if (survey.publishedVersion() == null) {
            throw new InvalidInputException(409, List.of(new FieldError("survey",
                    "publish the survey before inviting respondents")));
        }
        int days = expiresInDays == null ? DEFAULT_EXPIRY_DAYS : expiresInDays;
        if (days < 1 || days > MAX_EXPIRY_DAYS) {
            errors.add(new FieldError("expiresInDays", "use 1 to " + MAX_EXPIRY_DAYS + " days"));
        }
        Identifier address = null;
        if (email != null && !email.isBlank()) {
            try {
                address = Identifier.email(email);
            }
            catch (IllegalArgumentException ex) {
                errors.add(new FieldError("email", ex.getMessage()));
            }
        }
        Long customer = null;
        if (customerId != null) {
            customer = profiles.survivorOf(customerId).orElse(null);
            if (customer == null) {
                errors.add(new FieldError("customerId", "no customer " + customerId));
            }
        }
        else if (email == null || email.isBlank()) {
            errors.add(new FieldError("customerId", "give a customerId or an email"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        if (customer == null) {
            customer = identities.resolve(CustomerReference.of(List.of(address)), "survey-invitation");
        }
        Instant expires = clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
        long id = jdbc.sql("""
                insert into invitation (survey_id, customer_id, email, expires_at, created_by) values (?, ?, ?, ?, ?)
                returning id""")
                .params(surveyId, customer, address == null ? null : address.value(), Timestamp.from(expires), by)
                .query(Long.class).single();
        Invitation inv = find(id).orElseThrow();
        String token = token(inv);
        return new CreatedInvitation(inv, token, path(token));
    }

    public Optional<Invitation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from invitation where id = ?").param(id)
                .query((rs, i) -> map(rs)).optional();
    }

    public List<Invitation> recent(long surveyId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from invitation where survey_id = ? order by id desc limit ?")
                .params(surveyId, Math.max(1, Math.min(limit, 1000))).query((rs, i) -> map(rs)).list();
    }

    /** The invitation's signed token; the same every time it is asked for. */
    public String token(Invitation invitation) {
        return key.tokens().sign(invitation.id(), invitation.expiresAt());
    }

    /** The respondent's link without scheme and host. */
    public static String path(String token) {
        return "/public/s/" + token;
    }

    /** Records that the link went out (first time kept). */
    @Transactional
    public void markSent(long invitationId) {
        find(invitationId).orElseThrow(() -> new NotFoundException("no invitation " + invitationId));
        steps.sent(invitationId);
    }

    public InvitationFunnel funnel(long surveyId) {
        return jdbc.sql("""
                select count(*),
                       count(*) filter (where status in ('sent', 'opened', 'started', 'completed')),
                       count(*) filter (where status in ('opened', 'started', 'completed')),
                       count(*) filter (where status in ('started', 'completed')),
                       count(*) filter (where status = 'completed'),
                       count(*) filter (where status <> 'completed' and expires_at <= ?)
                from invitation where survey_id = ?""")
                .params(Timestamp.from(clock.instant()), surveyId)
                .query((rs, i) -> new InvitationFunnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    private static Invitation map(ResultSet rs) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("survey_id"), (Long) rs.getObject("customer_id"),
                rs.getString("email"), InvitationStatus.parse(rs.getString("status")).orElseThrow(),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "sent_at"), instant(rs, "opened_at"),
                instant(rs, "started_at"), instant(rs, "completed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
