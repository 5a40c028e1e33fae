package io.touchpoint.app.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends mail through the configured SMTP server. Without {@code TOUCHPOINT_SMTP_HOST} mail is disabled: the jobs do
 * nothing and the pages say so; the application starts either way.
 */
@Component
public class Outbox {

    private final JavaMailSender sender;
    private final String host;
    private final String from;

    Outbox(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${touchpoint.mail.from:touchpoint@localhost}") String from) {
        this.sender = sender.getIfAvailable();
        this.host = host;
        this.from = from;
    }

    public boolean enabled() {
        return sender != null && StringUtils.hasText(host);
    }

    /** One message with a plain-text and an HTML part; {@code unsubscribe} adds RFC 8058 one-click headers. */
    public record Mail(String to, String subject, String text, String html, String unsubscribe) {
    }

    public void send(Mail mail) throws MailException {
        if (!enabled()) {
            throw new MailPreparationException("mail is not configured (TOUCHPOINT_SMTP_HOST)");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper h = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            h.setFrom(from);
            h.setTo(mail.to());
            h.setSubject(mail.subject());
            h.setText(mail.text(), mail.html());
            if (mail.unsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        }
        catch (MessagingException ex) {
            throw new MailPreparationException(ex.getMessage(), ex);
        }
        sender.send(message);
    }
}
