package io.touchpoint.app.mail;

import io.touchpoint.app.mail.internal.MailBody;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.survey.Surveys;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invitation email of each survey; a survey without one of its own uses the default. */
@Service
public class SurveyMailTemplates {

    public static final String DEFAULT_SUBJECT = "How was your visit to {hotelName}?";
    public static final String DEFAULT_BODY = """
            Hello {firstName},

            thank you for choosing {hotelName}. Would you tell us how it went? It takes two minutes:

            {surveyLink}

            Thank you!

            You receive this email because you agreed to be asked for feedback by email.
            Unsubscribe: {unsubscribeLink}
            """;
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    private final JdbcClient jdbc;
    private final Surveys surveys;

    SurveyMailTemplates(JdbcClient jdbc, Surveys surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    public MailTemplate of(long surveyId) {
        surveys.require(surveyId);
        return jdbc.sql("select subject, body, updated_by, updated_at from survey_mail_template where survey_id = ?")
                .param(surveyId)
                .query((rs, i) -> new MailTemplate(surveyId, rs.getString(1), rs.getString(2), true, rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional().orElseGet(() -> new MailTemplate(surveyId, DEFAULT_SUBJECT, DEFAULT_BODY, false, null, null));
    }

    @Transactional
    public MailTemplate save(long surveyId, String subject, String body, String by) {
        surveys.require(surveyId);
        List<FieldError> errors = new ArrayList<>();
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.replace("\r\n", "\n");
        if (s.isEmpty() || s.length() > MAX_SUBJECT || s.contains("\n") || s.contains("\r")) {
            errors.add(new FieldError("subject", "one line of 1 to " + MAX_SUBJECT + " characters"));
        }
        if (b.isBlank() || b.length() > MAX_BODY) {
            errors.add(new FieldError("body", "1 to " + MAX_BODY + " characters"));
        }
        for (String unknown : MailBody.unknownPlaceholders(s)) {
            errors.add(new FieldError("subject", "unknown placeholder {" + unknown + "}; use " + placeholders()));
        }
        for (String unknown : MailBody.unknownPlaceholders(b)) {
            errors.add(new FieldError("body", "unknown placeholder {" + unknown + "}; use " + placeholders()));
        }
        if (!MailBody.uses(b, "surveyLink")) {
            errors.add(new FieldError("body", "must contain {surveyLink}"));
        }
        if (!MailBody.uses(b, "unsubscribeLink")) {
            errors.add(new FieldError("body", "must contain {unsubscribeLink}: every email offers a way out"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        jdbc.sql("""
                insert into survey_mail_template (survey_id, subject, body, updated_by) values (?, ?, ?, ?)
                on conflict (survey_id) do update set subject = excluded.subject, body = excluded.body,
                  updated_by = excluded.updated_by, updated_at = now()""")
                .params(surveyId, s, b, by).update();
        return of(surveyId);
    }

    private static String placeholders() {
        return MailBody.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList().toString();
    }
}
