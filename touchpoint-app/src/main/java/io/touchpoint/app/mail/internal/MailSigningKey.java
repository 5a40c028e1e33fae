package io.touchpoint.app.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key of unsubscribe links: {@code TOUCHPOINT_SIGNING_KEY} when set (shared by instances), otherwise 32 random
 * bytes generated once into {@code mail_signing_key}.
 */
@Component
public class MailSigningKey {

    private final JdbcClient jdbc;
    private final String configured;
    private volatile UnsubscribeTokens tokens;

    MailSigningKey(JdbcClient jdbc, @Value("${TOUCHPOINT_SIGNING_KEY:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    public UnsubscribeTokens tokens() {
        UnsubscribeTokens t = tokens;
        if (t == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new UnsubscribeTokens(configured != null && configured.length() >= 32
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
        jdbc.sql("insert into mail_signing_key (name, secret) values ('unsubscribe', ?) on conflict (name) do nothing")
                .param(fresh).update();
        return jdbc.sql("select secret from mail_signing_key where name = 'unsubscribe'").query(byte[].class).single();
    }
}
