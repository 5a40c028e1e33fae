package io.touchpoint.app.mail.internal;

import io.touchpoint.app.shared.SigningKeys;
import org.springframework.stereotype.Component;

/** The tokens of unsubscribe links, signed with the shared key for "unsubscribe" (see {@link SigningKeys}). */
@Component
public class MailSigningKey {

    private final SigningKeys keys;

    MailSigningKey(SigningKeys keys) {
        this.keys = keys;
    }

    public UnsubscribeTokens tokens() {
        // Read on use, not at start-up; the key itself is cached by SigningKeys.
        return new UnsubscribeTokens(keys.key("unsubscribe"));
    }
}
