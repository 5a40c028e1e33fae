package io.touchpoint.app.feedback;

import io.touchpoint.app.customer.IdentityResolution;
import io.touchpoint.app.customer.Recorded;
import io.touchpoint.app.customer.Recorded.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings reviews and social comments into the feedback stream. (kind, source, external id) is unique, so a
 * re-imported review is a duplicate, stored once. The records one call stores are announced together with
 * {@link FeedbackBatchRecorded}.
 */
@Service
public class FeedbackIntake {

    private final JdbcClient jdbc;
    private final IdentityResolution identities;
    private final ApplicationEventPublisher events;

    FeedbackIntake(JdbcClient jdbc, IdentityResolution identities, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.identities = identities;
        this.events = events;
    }

    /** Normalises a rating on [min, max] to [0, 1]; e.g. 4 of 1..5 is 0.75, 8 of 0..10 is 0.8. */
    public static BigDecimal normalise(BigDecimal rating, BigDecimal min, BigDecimal max) {
        if (rating == null) {
            return null;
        }
        if (max.compareTo(min) <= 0) {
            throw new IllegalArgumentException("scale maximum must exceed its minimum");
        }
        if (rating.compareTo(min) < 0 || rating.compareTo(max) > 0) {
            throw new IllegalArgumentException("rating " + rating.toPlainString() + " is outside the scale "
                    + min.toPlainString() + "-" + max.toPlainString());
        }
        return rating.subtract(min).divide(max.subtract(min), 4, RoundingMode.HALF_UP);
    }

    @Transactional
    public List<Recorded> record(List<ExternalFeedback> items) {
        List<Recorded> out = new ArrayList<>(items.size());
        List<Long> stored = new ArrayList<>(items.size());
        for (ExternalFeedback f : items) {
            Long customer = f.customer() == null ? null : identities.findExisting(f.customer()).orElse(null);
            Long id = jdbc.sql("""
                    insert into feedback (kind, source, external_id, customer_id, property_id, touchpoint_id, stage_id,
                                          channel, occurred_at, rating, text, author, url, language)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (kind, source, external_id) do nothing
                    returning id""")
                    .params(f.kind(), f.source(), f.externalId(), customer, f.propertyId(), f.touchpointId(),
                            f.stageId(), f.channel(), Timestamp.from(f.occurredAt()), f.rating(), f.text(), f.author(),
                            f.url(), f.language())
                    .query(Long.class).optional().orElse(null);
            if (id == null) {
                out.add(new Recorded(f.externalId(), Outcome.DUPLICATE, null));
            }
            else {
                stored.add(id);
                out.add(new Recorded(f.externalId(), Outcome.ACCEPTED, customer));
            }
        }
        if (!stored.isEmpty()) {
            events.publishEvent(new FeedbackBatchRecorded(stored));
        }
        return out;
    }
}
