package io.touchpoint.app.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs invitation links: {@code TOUCHPOINT_SIGNING_KEY} when set (at least 32 characters; several
 * instances then share it), otherwise 32 random bytes generated on first use and kept in the database, so links
 * survive restarts. Changing the key invalidates every link sent before.
 */
@Component
public class SigningKey {

    private final JdbcClient jdbc;
    private final String configured;
    private volatile InvitationTokens tokens;

    SigningKey(JdbcClient jdbc, @Value("${TOUCHPOINT_SIGNING_KEY:}") String configured) {
        if (configured != null && !configured.isBlank() && configured.length() < 32) {
            throw new IllegalStateException("TOUCHPOINT_SIGNING_KEY must be at least 32 characters long");
        }
        this.jdbc = jdbc;
        this.configured = configured;
    }

    public InvitationTokens tokens() {
        InvitationTokens t = tokens;
        if (t == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new InvitationTokens(configured != null && !configured.isBlank()
                            ? configured.getBytes(StandardCharsets.UTF_8) : stored());
                }
                t = tokens;
            }
        }
        return t;
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two instances starting together both try; the first insert wins and both read the same key.
        jdbc.sql("insert into survey_signing_key (name, secret) values ('invitation', ?) on conflict (name) do nothing")
                .param(fresh).update();
        return jdbc.sql("select secret from survey_signing_key where name = 'invitation'").query(byte[].class).single();
    }
}
