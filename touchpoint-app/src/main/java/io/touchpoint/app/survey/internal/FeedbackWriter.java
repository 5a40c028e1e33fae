package io.touchpoint.app.survey.internal;

import io.touchpoint.app.feedback.FeedbackRecorded;
import io.touchpoint.app.survey.Answer;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.SurveyDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a completed response into its one row of the shared {@code feedback} table and announces it with
 * {@link FeedbackRecorded}, in the caller's transaction. Rows are keyed {@code ('survey', 'touchpoint', <response
 * public id>)}, so completing the same response twice writes (and announces) one row.
 */
@Component
public class FeedbackWriter {

    public static final String SOURCE = "touchpoint";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FeedbackWriter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The figures of one response: the first NPS, CSAT and CES answers, the first rating normalised to 0..1, and
     * the free-text answers joined by blank lines as the comment.
     */
    public record Scores(Integer nps, Integer csat, Integer ces, BigDecimal rating, String text) {

        public static Scores of(SurveyDefinition definition, Map<String, Answer> answers) {
            Integer nps = null;
            Integer csat = null;
            Integer ces = null;
            BigDecimal rating = null;
            List<String> texts = new ArrayList<>();
            for (Question q : definition.questions()) {
                Answer a = answers.get(q.id());
                if (a instanceof Answer.Score s) {
                    if (q instanceof Question.Nps && nps == null) {
                        nps = s.value();
                    }
                    else if (q instanceof Question.Csat && csat == null) {
                        csat = s.value();
                    }
                    else if (q instanceof Question.Ces && ces == null) {
                        ces = s.value();
                    }
                    else if (q instanceof Question.Rating r && rating == null) {
                        rating = BigDecimal.valueOf(s.value() - r.low())
                                .divide(BigDecimal.valueOf(r.high() - r.low()), 4, RoundingMode.HALF_UP);
                    }
                }
                else if (a instanceof Answer.Text t) {
                    texts.add(t.text());
                }
            }
            return new Scores(nps, csat, ces, rating, texts.isEmpty() ? null : String.join("\n\n", texts));
        }
    }

    /** Where the response belongs, copied onto the row so dashboards need no joins into survey tables. */
    public record Context(long surveyId, long responseId, String responsePublicId, Long customerId, Long propertyId,
            long touchpointId, long stageId, String channel, String language, Instant occurredAt) {
    }

    /** Inserts the row unless it exists; returns its id when inserted. */
    public Optional<Long> record(Context c, Scores s) {
        Optional<Long> id = jdbc.sql("""
                insert into feedback (kind, source, external_id, customer_id, property_id, touchpoint_id, stage_id,
                                      channel, occurred_at, nps, csat, ces, rating, text, language, survey_id,
                                      response_id)
                values ('survey', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, source, external_id) do nothing
                returning id""")
                .params(SOURCE, c.responsePublicId(), c.customerId(), c.propertyId(), c.touchpointId(), c.stageId(),
                        c.channel(), Timestamp.from(c.occurredAt()), s.nps(), s.csat(), s.ces(), s.rating(), s.text(),
                        c.language(), c.surveyId(), c.responseId())
                .query(Long.class).optional();
        id.ifPresent(feedbackId -> events.publishEvent(new FeedbackRecorded(feedbackId)));
        return id;
    }
}
