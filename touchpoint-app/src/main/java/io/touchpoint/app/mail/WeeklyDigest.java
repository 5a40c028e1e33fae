package io.touchpoint.app.mail;

import io.touchpoint.app.analytics.Dimension;
import io.touchpoint.app.analytics.FeedbackMetrics;
import io.touchpoint.app.analytics.Metric;
import io.touchpoint.app.analytics.MetricQuery;
import io.touchpoint.app.analytics.MetricRow;
import io.touchpoint.app.analytics.MetricRow.NpsRow;
import io.touchpoint.app.analytics.MetricRow.RatingRow;
import io.touchpoint.app.mail.internal.MailLinks;
import io.touchpoint.app.mail.internal.Outbox;
import io.touchpoint.app.security.StaffDirectory;
import io.touchpoint.app.security.StaffUser;
import io.touchpoint.stats.TrendChange;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The weekly digest for staff who subscribed: NPS, CSAT, CES and the review rating of the last 7 days against the 7
 * before, with the significance test of the change, the three touchpoints with the lowest NPS, and a link to the
 * dashboard. Sent
 * once per member and week ({@code digest_sent}), however often the job runs.
 */
@Service
public class WeeklyDigest {

    static final double CONFIDENCE = 0.95;
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final FeedbackMetrics metrics;
    private final Outbox outbox;
    private final MailLinks links;
    private final Clock clock;
    private final ZoneId zone;

    WeeklyDigest(JdbcClient jdbc, StaffDirectory staff, FeedbackMetrics metrics, Outbox outbox, MailLinks links,
            Clock clock, @Value("${touchpoint.digest.zone:UTC}") String zone) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.metrics = metrics;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public boolean subscribed(String username) {
        return jdbc.sql("select exists(select 1 from digest_subscription where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public void subscribe(String username) {
        jdbc.sql("insert into digest_subscription (username) values (?) on conflict (username) do nothing")
                .param(username).update();
    }

    public void unsubscribe(String username) {
        jdbc.sql("delete from digest_subscription where username = ?").param(username).update();
    }

    @Scheduled(cron = "${touchpoint.digest.cron:0 0 7 * * MON}", zone = "${touchpoint.digest.zone:UTC}")
    void onSchedule() {
        if (!outbox.enabled()) {
            return;
        }
        try {
            int n = send(LocalDate.now(clock.withZone(zone)));
            log.info("Weekly digest sent to {} staff", n);
        }
        catch (RuntimeException ex) {
            log.warn("Weekly digest failed: {}", ex.toString());
        }
    }

    /** One metric of the digest: this week, the week before, and whether the change is significant. */
    public record Figure(Metric metric, MetricRow current, MetricRow previous, TrendChange change) {
    }

    /** The digest's content for the 7 days before {@code today}. */
    public record Digest(LocalDate from, LocalDate to, List<Figure> figures, List<NpsRow> lowestTouchpoints,
            String dashboardLink) {
    }

    public Digest compose(LocalDate today) {
        LocalDate to = today.minusDays(1);
        LocalDate from = today.minusDays(7);
        List<Figure> figures = new ArrayList<>();
        for (Metric m : List.of(Metric.NPS, Metric.CSAT, Metric.CES, Metric.RATING)) {
            MetricQuery current = query(m, from, to, Dimension.NONE);
            MetricQuery previous = query(m, from.minusDays(7), to.minusDays(7), Dimension.NONE);
            TrendChange change;
            try {
                change = metrics.change(previous, current);
            }
            catch (RuntimeException ex) {
                change = null; // no data on one side: no test
            }
            figures.add(new Figure(m, metrics.report(current).overall(), metrics.report(previous).overall(), change));
        }
        List<NpsRow> lowest = metrics.report(query(Metric.NPS, from, to, Dimension.TOUCHPOINT)).groups().stream()
                .map(NpsRow.class::cast).filter(r -> r.nps() != null)
                .sorted(Comparator.comparing(NpsRow::nps).thenComparing(NpsRow::key)).limit(3).toList();
        return new Digest(from, to, figures, lowest, links.absolute("/dashboard?from=" + from + "&to=" + to));
    }

    private static MetricQuery query(Metric m, LocalDate from, LocalDate to, Dimension by) {
        return new MetricQuery(m, from, to, by, null, null, null, null, null, CONFIDENCE);
    }

    /**
     * Sends the digest of the week {@code today} falls in to every subscribed member with an email address who has
     * not had it yet; returns how many were sent.
     */
    public int send(LocalDate today) {
        if (!outbox.enabled()) {
            return 0;
        }
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Digest digest = null;
        int sent = 0;
        for (String username : jdbc.sql("select username from digest_subscription order by username")
                .query(String.class).list()) {
            StaffUser user = staff.user(username).orElse(null);
            if (user == null || !user.enabled() || user.email() == null || user.email().isBlank()) {
                continue;
            }
            // Recorded before sending: a second run (or instance) finds the row and sends nothing.
            boolean claimed = jdbc.sql("""
                    insert into digest_sent (week_start, username, email) values (?, ?, ?)
                    on conflict (week_start, username) do nothing""")
                    .params(Date.valueOf(week), username, user.email()).update() == 1;
            if (!claimed) {
                continue;
            }
            if (digest == null) {
                digest = compose(today);
            }
            try {
                outbox.send(new Outbox.Mail(user.email(), subject(digest), text(digest), html(digest), null));
                sent++;
            }
            catch (MailException ex) {
                // Released so that a later run this week can try again.
                jdbc.sql("delete from digest_sent where week_start = ? and username = ?")
                        .params(Date.valueOf(week), username).update();
                log.warn("Digest to {} failed: {}", username, ex.toString());
            }
        }
        return sent;
    }

    static String subject(Digest d) {
        return "Touchpoint weekly digest " + d.from() + " to " + d.to();
    }

    static String name(Metric m) {
        return m == Metric.RATING ? "Review rating" : m.name();
    }

    /** A figure as the digest words it; the review rating as mean stars and the share of 4 stars or more. */
    static String value(Metric m, MetricRow r) {
        if (m == Metric.RATING && r instanceof RatingRow rr) {
            return rr.mean() == null ? "no data" : String.format(Locale.ROOT, "%.2f stars, %.1f%% 4+ (n=%d)",
                    rr.mean(), rr.share(), rr.n());
        }
        return value(r);
    }

    static String value(MetricRow r) {
        if (r instanceof NpsRow n) {
            return n.nps() == null ? "no data" : String.format(Locale.ROOT, "%+.1f (n=%d)", n.nps(), n.n());
        }
        RatingRow rr = (RatingRow) r;
        return rr.share() == null ? "no data" : String.format(Locale.ROOT, "%.1f%% (n=%d)", rr.share(), rr.n());
    }

    static String change(TrendChange c) {
        if (c == null || Double.isNaN(c.pValue())) {
            return "not enough data to test the change";
        }
        String diff = String.format(Locale.ROOT, "%+.1f", c.difference());
        String p = c.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", c.pValue());
        return c.significant() ? diff + ", significant (" + p + ")" : diff + ", not significant (" + p + ")";
    }

    static String text(Digest d) {
        StringBuilder b = new StringBuilder("Feedback of ").append(d.from()).append(" to ").append(d.to())
                .append(" against the 7 days before.\n\n");
        for (Figure f : d.figures()) {
            b.append(name(f.metric())).append(": ").append(value(f.metric(), f.current())).append(", before ")
                    .append(value(f.metric(), f.previous())).append("; change ").append(change(f.change()))
                    .append('\n');
        }
        b.append("\nLowest NPS by touchpoint:\n");
        if (d.lowestTouchpoints().isEmpty()) {
            b.append("- no NPS answers this week\n");
        }
        for (NpsRow r : d.lowestTouchpoints()) {
            b.append("- ").append(r.label()).append(": ").append(value(r)).append('\n');
        }
        return b.append("\nDashboard: ").append(d.dashboardLink()).append('\n').toString();
    }

    static String html(Digest d) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Feedback of ")
                .append(d.from()).append(" to ").append(d.to()).append(" against the 7 days before.</p>")
                .append("<table cellpadding=\"4\"><tr><th align=\"left\">Metric</th><th align=\"left\">Last 7 days</th>")
                .append("<th align=\"left\">7 days before</th><th align=\"left\">Change</th></tr>");
        for (Figure f : d.figures()) {
            b.append("<tr><td>").append(esc(name(f.metric()))).append("</td><td>")
                    .append(esc(value(f.metric(), f.current()))).append("</td><td>")
                    .append(esc(value(f.metric(), f.previous()))).append("</td><td>")
                    .append(esc(change(f.change()))).append("</td></tr>");
        }
        b.append("</table><p>Lowest NPS by touchpoint:</p><ul>");
        if (d.lowestTouchpoints().isEmpty()) {
            b.append("<li>no NPS answers this week</li>");
        }
        for (NpsRow r : d.lowestTouchpoints()) {
            b.append("<li>").append(esc(r.label())).append(": ").append(esc(value(r))).append("</li>");
        }
        String link = esc(d.dashboardLink());
        return b.append("</ul><p><a href=\"").append(link).append("\">Open the dashboard</a></p></body></html>")
                .toString();
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
