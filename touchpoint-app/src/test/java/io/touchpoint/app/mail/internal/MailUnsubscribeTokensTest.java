package io.touchpoint.app.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MailUnsubscribeTokensTest {

    final UnsubscribeTokens tokens = new UnsubscribeTokens("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void roundTripsAndRejectsTampering() {
        String t = tokens.sign(4242);
        assertThat(tokens.verify(t)).isEqualTo(OptionalLong.of(4242));
        String otherId = Long.toString(4243, 36) + t.substring(t.indexOf('.'));
        assertThat(tokens.verify(otherId)).isEmpty();
        assertThat(tokens.verify(t.substring(0, t.length() - 1))).isEmpty();
        assertThat(tokens.verify(t + ".x")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        // Another installation's key does not verify this one's links.
        UnsubscribeTokens other = new UnsubscribeTokens("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8));
        assertThat(other.verify(t)).isEmpty();
    }

    @Test
    void randomStringsNeverVerify() {
        Random random = new Random(20261126L);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789.-_";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(tokens.verify(s.toString())).as(s.toString()).isEmpty();
        }
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new UnsubscribeTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
