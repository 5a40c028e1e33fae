package io.touchpoint.app.mail;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.mail.internal.MailSigningKey;
import io.touchpoint.app.survey.Invitation;
import io.touchpoint.app.survey.SurveyInvitations;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link of survey emails: revokes the {@value SurveyMailer#CONSENT} consent (source
 * {@value SurveyMailer#UNSUBSCRIBE_SOURCE}) and suppresses the address, so it is never mailed again even if it later
 * belongs to another profile. Doing it twice changes nothing more.
 */
@Service
public class Unsubscribes {

    private final JdbcClient jdbc;
    private final MailSigningKey keys;
    private final SurveyInvitations invitations;
    private final CustomerProfiles profiles;
    private final Clock clock;

    Unsubscribes(JdbcClient jdbc, MailSigningKey keys, SurveyInvitations invitations, CustomerProfiles profiles,
            Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.invitations = invitations;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The invitation a token was issued for, if it is genuine. */
    public Optional<Invitation> check(String token) {
        OptionalLong id = keys.tokens().verify(token);
        return id.isPresent() ? invitations.find(id.getAsLong()) : Optional.empty();
    }

    /** Returns false for a forged or unknown token. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Invitation> inv = check(token);
        if (inv.isEmpty()) {
            return false;
        }
        Long customer = inv.get().customerId() == null ? null
                : profiles.survivorOf(inv.get().customerId()).orElse(null);
        if (customer != null && profiles.hasConsent(customer, SurveyMailer.CONSENT)) {
            profiles.recordConsent(customer, SurveyMailer.CONSENT, "revoked", clock.instant(),
                    SurveyMailer.UNSUBSCRIBE_SOURCE);
        }
        if (inv.get().email() != null) {
            jdbc.sql("""
                    insert into mail_suppression (email, customer_id, reason) values (?, ?, ?)
                    on conflict (email) do nothing""")
                    .params(inv.get().email(), customer, SurveyMailer.UNSUBSCRIBE_SOURCE).update();
        }
        return true;
    }
}
