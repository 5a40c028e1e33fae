package io.touchpoint.app.survey.internal;

import io.touchpoint.app.customer.CustomerMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two profiles merge, what the absorbed one answered moves to the survivor: its feedback rows (of every kind,
 * since the feedback module keeps no listener of its own), invitations and survey responses. Safe to replay.
 */
@Component
class CustomerMergeListener {

    private final JdbcClient jdbc;

    CustomerMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CustomerMerged merged) {
        for (String table : new String[] {"feedback", "invitation", "survey_response"}) {
            // Table names come from the fixed list above, never from input.
            jdbc.sql("update " + table + " set customer_id = ? where customer_id = ?")
                    .params(merged.survivorId(), merged.mergedId()).update();
        }
    }
}
