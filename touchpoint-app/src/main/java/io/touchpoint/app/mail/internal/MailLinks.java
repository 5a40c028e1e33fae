package io.touchpoint.app.mail.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links in emails. Jobs run without a request, so the address comes from {@code TOUCHPOINT_PUBLIC_URL}
 * (set it in production); without it, the local server address (good for a trial on one machine, and for tests).
 */
@Component
public class MailLinks {

    private final Environment env;

    MailLinks(Environment env) {
        this.env = env;
    }

    public String base() {
        String configured = env.getProperty("TOUCHPOINT_PUBLIC_URL", "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    public String absolute(String path) {
        return base() + path;
    }
}
