package io.touchpoint.app.demo;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.demo.DemoLoadReport.Outcome;
import io.touchpoint.app.demo.internal.DemoCatalogue;
import io.touchpoint.app.demo.internal.DemoLoadLog;
import io.touchpoint.app.demo.internal.GuestActivityLoader;
import io.touchpoint.app.demo.internal.DemoFeedbackWriter;
import io.touchpoint.app.demo.internal.DemoSurveys;
import io.touchpoint.app.demo.internal.GuestFactsWriter;
import io.touchpoint.app.demo.internal.Partitions;
import io.touchpoint.app.demo.internal.SurveyHistoryWriter;
import io.touchpoint.app.demo.scenario.DemoGuest;
import io.touchpoint.app.demo.scenario.DemoScenario;
import io.touchpoint.app.demo.scenario.GuestFact;
import io.touchpoint.app.demo.scenario.GuestFeedback;
import io.touchpoint.app.demo.scenario.HotelGroup;
import io.touchpoint.app.demo.scenario.SurveyHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The demo hotel group "Aurora Hotels": three hotels, their touchpoint catalogue and two years of synthetic guests
 * (see {@link DemoScenario}), loaded through the same services as real data. Loading is idempotent: once loaded,
 * {@link #load()} changes nothing; an interrupted load is resumed with the date it started with.
 */
@Service
public class DemoData {

    public enum Status {
        NOT_LOADED, LOADING, LOADED
    }

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoLoadLog loadLog;
    private final DemoCatalogue catalogue;
    private final GuestActivityLoader activity;
    private final GuestFactsWriter facts;
    private final DemoFeedbackWriter feedback;
    private final DemoSurveys surveys;
    private final SurveyHistoryWriter surveyHistory;
    private final CustomerProfiles profiles;
    private final Clock clock;

    DemoData(DemoLoadLog loadLog, DemoCatalogue catalogue, GuestActivityLoader activity, GuestFactsWriter facts,
            DemoFeedbackWriter feedback, DemoSurveys surveys, SurveyHistoryWriter surveyHistory,
            CustomerProfiles profiles, Clock clock) {
        this.feedback = feedback;
        this.surveys = surveys;
        this.surveyHistory = surveyHistory;
        this.loadLog = loadLog;
        this.catalogue = catalogue;
        this.activity = activity;
        this.facts = facts;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Status status() {
        return loadLog.find().map(e -> e.loaded() ? Status.LOADED : Status.LOADING).orElse(Status.NOT_LOADED);
    }

    /** Loads the demo unless it is loaded already; the data ends the day before the clock's today. */
    public synchronized DemoLoadReport load() {
        Optional<DemoLoadLog.Entry> before = loadLog.find();
        if (before.isPresent() && before.get().loaded()) {
            return before.get().report();
        }
        long start = System.nanoTime();
        DemoLoadLog.Entry entry = loadLog.claim(DemoScenario.DEFAULT_SEED, LocalDate.now(clock));
        if (entry.loaded()) {
            return entry.report();
        }
        LocalDate anchor = entry.anchorDate();
        log.info("Demo data: {} {} (seed {}, two years up to {})", before.isPresent() ? "resuming the load of"
                : "loading", HotelGroup.ORGANISATION, entry.seed(), anchor.minusDays(1));

        long t = System.nanoTime();
        DemoCatalogue.Ids ids = catalogue.ensure();
        log.info("Demo data [1/7] catalogue: {} properties and {} touchpoints ready ({} created) in {} ms",
                ids.properties().size(), ids.touchpoints().size(), ids.created(), millis(t));

        t = System.nanoTime();
        DemoScenario scenario = DemoScenario.generate(entry.seed(), anchor);
        long events = scenario.events();
        int bookings = (int) scenario.transactions("booking");
        int stays = (int) scenario.transactions("stay");
        int cancellations = (int) scenario.transactions("cancellation");
        log.info("Demo data [2/7] generated {} guests, {} events, {} bookings, {} stays, {} cancellations, "
                + "{} consents/preferences/attributes in {} ms", scenario.guests().size(), events, bookings, stays,
                cancellations, scenario.facts().size(), millis(t));

        t = System.nanoTime();
        int parts = Partitions.count();
        GuestActivityLoader.Sent sent = activity.send(scenario, ids, parts);
        long ms = Math.max(1, millis(t));
        log.info("Demo data [3/7] recorded {} events and {} transactions through identity resolution "
                + "({} already there) in {} ms, {} records/s on {} workers", sent.events(), sent.transactions(),
                sent.duplicates(), ms, (sent.events() + sent.transactions() + sent.duplicates()) * 1000 / ms, parts);

        t = System.nanoTime();
        long[] profileOf = sent.profiles();
        int profileCount = (int) Arrays.stream(profileOf).distinct().count();
        int merges = (int) scenario.guests().stream().filter(DemoGuest::hasAlias)
                .filter(g -> !profiles.merges(profileOf[g.number()]).isEmpty()).count();
        log.info("Demo data [4/7] {} guests are {} profiles; {} guests seen under two identities were merged "
                + "(checked in {} ms)", scenario.guests().size(), profileCount, merges, millis(t));

        t = System.nanoTime();
        GuestFactsWriter.Written written = Partitions.run(parts, part -> facts.write(scenario.facts(), profileOf,
                part, parts)).stream().reduce(new GuestFactsWriter.Written(0, 0, 0), (a, b) ->
                new GuestFactsWriter.Written(a.consents() + b.consents(), a.preferences() + b.preferences(),
                        a.attributes() + b.attributes()));
        log.info("Demo data [5/7] wrote {} consents, {} preferences, {} attributes in {} ms", written.consents(),
                written.preferences(), written.attributes(), millis(t));
        t = System.nanoTime();
        DemoSurveys.Ids surveyIds = surveys.ensure(anchor);
        List<SurveyHistory.Send> sends = SurveyHistory.of(scenario);
        long drawn = millis(t);
        SurveyHistoryWriter.Written history = surveyHistory.write(sends, surveyIds, anchor, parts);
        log.info("Demo data [6/7] {} live surveys ({} created); survey history of two years {}: {} mail sends, "
                + "{} invitations, {} responses, {} of them completed, in {} ms ({} ms to draw)",
                surveyIds.byHotel().size() * 2, surveyIds.created(), history.rules() == 0 ? "there already"
                        : "written", history.sends(), history.invitations(), history.responses(), history.feedback(),
                millis(t), drawn);

        t = System.nanoTime();
        List<GuestFeedback.Item> said = GuestFeedback.of(scenario);
        int feedbackWritten = feedback.write(said, profileOf);
        feedback.rebuildRollups(anchor.minusYears(2).minusDays(30), anchor);
        log.info("Demo data [7/7] wrote {} reviews and social posts ({} with comments) and rebuilt the dashboard "
                + "rollups in {} ms", feedbackWritten, said.stream().filter(f -> f.text() != null).count(),
                millis(t));
        DemoLoadReport report = new DemoLoadReport(Outcome.LOADED, anchor, ids.properties().size(),
                ids.touchpoints().size(), scenario.guests().size(), profileCount, events, bookings, stays,
                cancellations, merges, count(scenario, GuestFact.Consent.class),
                count(scenario, GuestFact.Preference.class), count(scenario, GuestFact.Attribute.class),
                Duration.ofNanos(System.nanoTime() - start));
        // Only now, with everything written: a load interrupted before this line resumes on the next start.
        loadLog.complete(report);
        log.info("Demo data loaded in {} s: {} properties, {} touchpoints, {} guests in {} profiles, {} events, "
                + "{} bookings, {} stays, {} cancellations, {} identity merges, {} consents, {} preferences, "
                + "{} attributes", report.took().toMillis() / 1000.0, report.properties(), report.touchpoints(),
                report.guests(), report.profiles(), report.events(), report.bookings(), report.stays(),
                report.cancellations(), report.merges(), report.consents(), report.preferences(),
                report.attributes());
        return report;
    }

    private static int count(DemoScenario scenario, Class<? extends GuestFact> kind) {
        return (int) scenario.facts().stream().filter(kind::isInstance).count();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
