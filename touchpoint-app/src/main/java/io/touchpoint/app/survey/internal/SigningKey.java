package io.touchpoint.app.survey.internal;

import io.touchpoint.app.shared.SigningKeys;
import org.springframework.stereotype.Component;

/** The tokens of invitation links, signed with the shared key for "invitation" (see {@link SigningKeys}). */
@Component
public class SigningKey {

    private final SigningKeys keys;

    SigningKey(SigningKeys keys) {
        this.keys = keys;
    }

    public InvitationTokens tokens() {
        // Read on use, not at start-up; the key itself is cached by SigningKeys.
        return new InvitationTokens(keys.key("invitation"));
    }
}
