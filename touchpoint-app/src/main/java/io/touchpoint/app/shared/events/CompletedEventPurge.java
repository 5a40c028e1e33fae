package io.touchpoint.app.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event registry keeps a row per event and listener, completed ones included (two rows per feedback record:
 * its rollup and its analysis). They are worth a few days for looking into what happened; kept for ever they would
 * make {@code event_publication} the largest table of a busy installation. Completed publications older than
 * {@code touchpoint.events.keep-completed} (default 7 days) are deleted once an hour; incomplete and failed ones are
 * never touched here.
 */
@Component
public class CompletedEventPurge {

    private static final Logger log = LoggerFactory.getLogger(CompletedEventPurge.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventPurge(CompletedEventPublications completed,
            @Value("${touchpoint.events.keep-completed:P7D}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void purge() {
        try {
            completed.deletePublicationsOlderThan(keep);
        }
        catch (RuntimeException ex) {
            log.warn("Could not delete completed event publications: {}", ex.toString());
        }
    }
}
