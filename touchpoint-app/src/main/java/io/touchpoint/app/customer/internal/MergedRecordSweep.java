package io.touchpoint.app.customer.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves events still attached to a profile that was merged away onto its survivor. An ingested batch checks its
 * customers before it commits, but without a row lock on them a merge can commit between that check and the batch's
 * own commit; the sweep settles those few records shortly after (ADR 0003). It reads only merged profiles (a partial
 * index) and their events (the customer index), so it costs next to nothing when there is nothing to move.
 */
@Component
public class MergedRecordSweep {

    private static final Logger log = LoggerFactory.getLogger(MergedRecordSweep.class);

    private final JdbcClient jdbc;

    MergedRecordSweep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many events were moved. */
    @Scheduled(fixedDelayString = "${touchpoint.customer.merge-sweep-delay:PT1M}",
            initialDelayString = "${touchpoint.customer.merge-sweep-delay:PT1M}")
    public int sweep() {
        int moved = jdbc.sql("""
                update customer_event e set customer_id = c.merged_into
                from customer c where c.merged_into is not null and e.customer_id = c.id""").update();
        if (moved > 0) {
            log.info("Moved {} events from merged profiles to their survivors", moved);
        }
        return moved;
    }
}
