package io.touchpoint.app.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe links: {@code <invitation id base 36>.<HMAC-SHA256>}. The invitation names the customer and address;
 * no personal data is in the link. They do not expire: an old email must still be able to unsubscribe.
 */
public final class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public UnsubscribeTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the signing key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String sign(long invitationId) {
        String payload = Long.toString(invitationId, 36);
        return payload + "." + mac(payload);
    }

    /** The invitation id, if the token is well formed and signed with this key. */
    public OptionalLong verify(String token) {
        if (token == null || token.length() > 80) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || token.indexOf('.', dot + 1) >= 0) {
            return OptionalLong.empty();
        }
        String payload = token.substring(0, dot);
        // Constant-time comparison of the canonical encoding.
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(payload, 36));
        }
        catch (NumberFormatException ex) {
            return OptionalLong.empty();
        }
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // A different prefix than invitation links, so one kind of token can never pass for the other.
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("touchpoint-unsubscribe:" + payload).getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
