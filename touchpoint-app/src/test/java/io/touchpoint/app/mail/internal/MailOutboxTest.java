package io.touchpoint.app.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Without an SMTP host mail is off, and says so instead of failing somewhere deep in a job. */
class MailOutboxTest {

    @Test
    void disabledWithoutAHost() {
        DefaultListableBeanFactory none = new DefaultListableBeanFactory();
        Outbox off = new Outbox(none.getBeanProvider(JavaMailSender.class), "", "t@localhost");
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.send(new Outbox.Mail("a@example.com", "s", "t", "<p>t</p>", null)))
                .isInstanceOf(MailPreparationException.class).hasMessageContaining("TOUCHPOINT_SMTP_HOST");

        // Boot creates a sender whenever spring.mail.host is present, even empty (as application.yml sets it).
        DefaultListableBeanFactory blank = new DefaultListableBeanFactory();
        blank.registerSingleton("mailSender", new JavaMailSenderImpl());
        assertThat(new Outbox(blank.getBeanProvider(JavaMailSender.class), " ", "t@localhost").enabled()).isFalse();
        assertThat(new Outbox(blank.getBeanProvider(JavaMailSender.class), "smtp.example.com", "t@localhost").enabled())
                .isTrue();
    }
}
