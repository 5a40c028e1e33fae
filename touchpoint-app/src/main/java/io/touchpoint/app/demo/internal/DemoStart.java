package io.touchpoint.app.demo.internal;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.demo.DemoData;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo when the app is started with {@code --demo} (or {@code touchpoint.demo=true}), after the first
 * admin exists. Never into a database that already holds customers of its own: demo guests mixed into real data
 * could not be told apart in reports.
 */
@Component
@Order(10)
class DemoStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

    private final DemoData demo;
    private final CustomerProfiles profiles;
    private final boolean enabled;

    DemoStart(DemoData demo, CustomerProfiles profiles, @Value("${touchpoint.demo:false}") boolean enabled) {
        this.demo = demo;
        this.profiles = profiles;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(args)) {
            return;
        }
        switch (demo.status()) {
            case LOADED -> log.info("Demo data is loaded already; not loading it again");
            case LOADING -> load();
            case NOT_LOADED -> {
                long existing = profiles.count();
                if (existing > 0) {
                    log.warn("Not loading the demo data: this database already holds {} customer profiles. "
                            + "Start with an empty data directory (TOUCHPOINT_DATA_DIR) to try the demo.", existing);
                }
                else {
                    load();
                }
            }
        }
    }

    private void load() {
        try {
            demo.load();
        }
        catch (RuntimeException ex) {
            // The app is still usable; the next start with --demo resumes where this one stopped.
            log.error("Loading the demo data failed; start again with --demo to resume", ex);
        }
    }

    private boolean requested(ApplicationArguments args) {
        if (args.containsOption("demo")) {
            List<String> values = args.getOptionValues("demo");
            return values.isEmpty() || !values.stream().allMatch("false"::equalsIgnoreCase);
        }
        return enabled;
    }
}
