package io.touchpoint.app.survey.internal;

import io.touchpoint.app.survey.Invitation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed personal links. A token is {@code <invitation id>.<expiry>.<signature>}: id and expiry (epoch seconds) in
 * base 36, the signature the base64url HMAC-SHA256 of both under the installation's key. The token proves who it was
 * issued to and until when; that it is single-use comes from the invitation row (see {@link #admit}).
 */
public final class InvitationTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_LENGTH = 120;

    private final SecretKeySpec key;

    public InvitationTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the signing key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** What checking a presented token found. */
    public sealed interface Check {
    }

    public record Valid(long invitationId, Instant expiresAt) implements Check {
    }

    /** Well signed but past its expiry. */
    public record Expired(long invitationId, Instant expiresAt) implements Check {
    }

    /** Malformed, or not signed with this installation's key (tampered). */
    public record Invalid() implements Check {
    }

    /** What a respondent presenting a link may do. */
    public enum Admission {
        OPEN, INVALID, EXPIRED, ALREADY_ANSWERED
    }

    public String sign(long invitationId, Instant expiresAt) {
        String payload = Long.toString(invitationId, 36) + "." + Long.toString(expiresAt.getEpochSecond(), 36);
        return payload + "." + encode(mac(payload));
    }

    public Check verify(String token, Instant now) {
        if (token == null || token.length() > MAX_LENGTH) {
            return new Invalid();
        }
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || token.indexOf('.', second + 1) >= 0) {
            return new Invalid();
        }
        String payload = token.substring(0, second);
        // Compared as text, so only the one canonical encoding of the signature is accepted, and in constant time,
        // so the timing does not reveal how much of a forged signature was right.
        byte[] expected = encode(mac(payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(second + 1).getBytes(StandardCharsets.US_ASCII))) {
            return new Invalid();
        }
        long id;
        Instant expires;
        try {
            id = Long.parseLong(token.substring(0, first), 36);
            expires = Instant.ofEpochSecond(Long.parseLong(token.substring(first + 1, second), 36));
        }
        catch (RuntimeException ex) {
            return new Invalid();
        }
        return now.isBefore(expires) ? new Valid(id, expires) : new Expired(id, expires);
    }

    /**
     * Combines the token check with the invitation it names: a token is good once, until its invitation has a
     * completed response; a link re-opened before that resumes the saved answers.
     */
    public static Admission admit(Check check, Invitation invitation) {
        if (check instanceof Invalid || invitation == null) {
            return Admission.INVALID;
        }
        long id = check instanceof Valid v ? v.invitationId() : ((Expired) check).invitationId();
        Instant expiry = check instanceof Valid v ? v.expiresAt() : ((Expired) check).expiresAt();
        if (id != invitation.id() || !expiry.equals(invitation.expiresAt())) {
            return Admission.INVALID;
        }
        if (invitation.completedAt() != null) {
            return Admission.ALREADY_ANSWERED;
        }
        return check instanceof Expired ? Admission.EXPIRED : Admission.OPEN;
    }

    private static String encode(byte[] signature) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(("touchpoint-invitation:" + payload).getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
