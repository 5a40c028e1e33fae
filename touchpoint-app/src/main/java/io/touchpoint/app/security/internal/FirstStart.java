package io.touchpoint.app.security.internal;

import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.StaffDirectory;
import io.touchpoint.app.security.StaffRole;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the first admin (password from TOUCHPOINT_ADMIN_PASSWORD, else generated and printed
 * once) and the bootstrap API key from TOUCHPOINT_BOOTSTRAP_API_KEY.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffDirectory staff;
    private final ApiKeys keys;
    private final String adminPassword;
    private final String bootstrapKey;

    FirstStart(StaffDirectory staff, ApiKeys keys, @Value("${touchpoint.admin-password:}") String adminPassword,
            @Value("${touchpoint.bootstrap-api-key:}") String bootstrapKey) {
        this.staff = staff;
        this.keys = keys;
        this.adminPassword = adminPassword;
        this.bootstrapKey = bootstrapKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!staff.anyUser()) {
            boolean given = adminPassword != null && !adminPassword.isBlank();
            String password = given ? adminPassword : generate();
            staff.create("admin", "Administrator", null, StaffRole.ADMIN, password);
            if (given) {
                announce("Sign in as 'admin' with the password from TOUCHPOINT_ADMIN_PASSWORD.");
            }
            else {
                announce("Sign in as 'admin' with password: " + password
                        + "  (shown once; change it under Admin > Users)");
            }
        }
        if (keys.ensureBootstrapKey(bootstrapKey)) {
            log.info("Created the bootstrap API key from TOUCHPOINT_BOOTSTRAP_API_KEY (all scopes)");
        }
    }

    private static void announce(String line) {
        // Printed (not only logged) so it stands out on the console whatever the log configuration.
        System.out.println();
        System.out.println("  ==> " + line);
        System.out.println();
        log.info(line);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
