package io.touchpoint.app.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.app.survey.Invitation;
import io.touchpoint.app.survey.InvitationStatus;
import io.touchpoint.app.survey.internal.InvitationTokens.Admission;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal links: signed, expiring, single-use. */
class SurveyTokenTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2026-05-21T10:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofDays(30));
    final InvitationTokens tokens = new InvitationTokens(KEY);

    static Invitation invitation(long id, Instant expires, Instant completed) {
        return new Invitation(id, 1, 7L, null, completed == null ? InvitationStatus.SENT : InvitationStatus.COMPLETED,
                NOW, expires, NOW, null, null, completed);
    }

    @Test
    void aSignedTokenVerifiesUntilItsExpiry() {
        String token = tokens.sign(4242, EXPIRES);
        assertThat(token).matches("[0-9a-z]+\\.[0-9a-z]+\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(token, NOW)).isEqualTo(new InvitationTokens.Valid(4242, EXPIRES));
        assertThat(tokens.verify(token, EXPIRES.minusSeconds(1))).isInstanceOf(InvitationTokens.Valid.class);
        assertThat(tokens.verify(token, EXPIRES)).isEqualTo(new InvitationTokens.Expired(4242, EXPIRES));
        // The same invitation always gets the same link, so it can be shown again.
        assertThat(tokens.sign(4242, EXPIRES)).isEqualTo(token);
    }

    @Test
    void everyChangedCharacterIsDetected() {
        String token = tokens.sign(17, EXPIRES);
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.";
        Random random = new Random(7);
        for (int i = 0; i < token.length(); i++) {
            char c;
            do {
                c = alphabet.charAt(random.nextInt(alphabet.length()));
            } while (c == token.charAt(i));
            String tampered = token.substring(0, i) + c + token.substring(i + 1);
            assertThat(tokens.verify(tampered, NOW)).as(tampered).isInstanceOf(InvitationTokens.Invalid.class);
        }
    }

    @Test
    void aLongerExpiryOrAnotherInvitationCannotBeForged() {
        String token = tokens.sign(17, EXPIRES);
        String sig = token.substring(token.lastIndexOf('.') + 1);
        String later = Long.toString(17, 36) + "." + Long.toString(EXPIRES.plus(Duration.ofDays(365)).getEpochSecond(), 36);
        assertThat(tokens.verify(later + "." + sig, NOW)).isInstanceOf(InvitationTokens.Invalid.class);
        String other = Long.toString(18, 36) + "." + Long.toString(EXPIRES.getEpochSecond(), 36);
        assertThat(tokens.verify(other + "." + sig, NOW)).isInstanceOf(InvitationTokens.Invalid.class);
        // Signed with another installation's key.
        InvitationTokens elsewhere = new InvitationTokens("another-key-another-key-another-key".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(elsewhere.sign(17, EXPIRES), NOW)).isInstanceOf(InvitationTokens.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a.b", "a.b.c.d", "1.2.", ".1.abc", "1..abc", "zz.zz.!!!!",
            "<script>alert(1)</script>", "1.2.%00", "abcdefghijkm"})
    void malformedTokensAreInvalid(String token) {
        assertThat(tokens.verify(token, NOW)).isInstanceOf(InvitationTokens.Invalid.class);
    }

    @Test
    void oversizedTokensAreRejectedBeforeAnyWork() {
        assertThat(tokens.verify("1.2." + "A".repeat(10_000), NOW)).isInstanceOf(InvitationTokens.Invalid.class);
        assertThat(tokens.verify(null, NOW)).isInstanceOf(InvitationTokens.Invalid.class);
    }

    @Test
    void admissionCombinesTheTokenWithTheInvitation() {
        String token = tokens.sign(5, EXPIRES);
        InvitationTokens.Check valid = tokens.verify(token, NOW);
        assertThat(InvitationTokens.admit(valid, invitation(5, EXPIRES, null))).isEqualTo(Admission.OPEN);
        // Reused: the invitation already has a completed response.
        assertThat(InvitationTokens.admit(valid, invitation(5, EXPIRES, NOW.plusSeconds(60))))
                .isEqualTo(Admission.ALREADY_ANSWERED);
        assertThat(InvitationTokens.admit(tokens.verify(token, EXPIRES.plusSeconds(1)), invitation(5, EXPIRES, null)))
                .isEqualTo(Admission.EXPIRED);
        // An answered invitation says so even after expiry, rather than "expired".
        assertThat(InvitationTokens.admit(tokens.verify(token, EXPIRES.plusSeconds(1)),
                invitation(5, EXPIRES, NOW))).isEqualTo(Admission.ALREADY_ANSWERED);
        assertThat(InvitationTokens.admit(new InvitationTokens.Invalid(), invitation(5, EXPIRES, null)))
                .isEqualTo(Admission.INVALID);
        // A deleted invitation, or one whose expiry differs from the token's, does not admit.
        assertThat(InvitationTokens.admit(valid, null)).isEqualTo(Admission.INVALID);
        assertThat(InvitationTokens.admit(valid, invitation(5, EXPIRES.plusSeconds(1), null))).isEqualTo(Admission.INVALID);
        assertThat(InvitationTokens.admit(valid, invitation(6, EXPIRES, null))).isEqualTo(Admission.INVALID);
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new InvitationTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
