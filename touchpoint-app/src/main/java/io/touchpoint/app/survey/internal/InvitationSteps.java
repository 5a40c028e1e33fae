package io.touchpoint.app.survey.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves an invitation along the funnel. Each step keeps the time it was first reached; the status only moves
 * forward, so a late "sent" after the respondent already started does not move it back.
 */
@Component
public class InvitationSteps {

    private final JdbcClient jdbc;

    InvitationSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void sent(long id) {
        jdbc.sql("""
                update invitation set sent_at = coalesce(sent_at, now()),
                       status = case when status = 'created' then 'sent' else status end
                where id = ?""").param(id).update();
    }

    public void opened(long id) {
        jdbc.sql("""
                update invitation set opened_at = coalesce(opened_at, now()),
                       status = case when status in ('created', 'sent') then 'opened' else status end
                where id = ? and opened_at is null""").param(id).update();
    }

    public void started(long id) {
        jdbc.sql("""
                update invitation set started_at = coalesce(started_at, now()),
                       opened_at = coalesce(opened_at, now()),
                       status = case when status in ('created', 'sent', 'opened') then 'started' else status end
                where id = ? and started_at is null""").param(id).update();
    }

    public void completed(long id) {
        jdbc.sql("""
                update invitation set completed_at = coalesce(completed_at, now()),
                       started_at = coalesce(started_at, now()), opened_at = coalesce(opened_at, now()),
                       status = 'completed'
                where id = ?""").param(id).update();
    }
}
