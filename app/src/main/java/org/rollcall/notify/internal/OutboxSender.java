package org.rollcall.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.rollcall.notify.MessageFailed;
import org.rollcall.notify.MessageSent;
import org.rollcall.notify.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one due message per call, in one transaction: lock the row (SKIP LOCKED, so other workers and nodes pass
 * it by), hand it to SMTP, record the outcome, commit. A crash after the SMTP server accepted the message and before
 * the commit leaves it waiting, so it is sent once more (with the same Message-ID): at worst one repeat per crash.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcOutbox outbox;
    private final MailComposer composer;
    private final JavaMailSender mail;
    private final NotifyProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxSender(JdbcOutbox outbox, MailComposer composer, JavaMailSender mail, NotifyProperties properties,
                 ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.composer = composer;
        this.mail = mail;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** @return false when no message is due (or every due one is being sent by another worker) */
    @Transactional
    public boolean sendNext() {
        Optional<JdbcOutbox.Stored> due = outbox.claimDue(clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        JdbcOutbox.Stored m = due.get();
        try {
            mail.send(composer.compose(mail, m, clock.getZone()));
        } catch (Exception e) {
            failed(m, e);
            return true;
        }
        Instant now = clock.instant();
        outbox.markSent(m.id(), now);
        events.publishEvent(new MessageSent(m.id(), m.kind(), m.recipient(), now));
        log.debug("Sent {} ({}) to {}", m.id(), m.kind(), m.recipient());
        return true;
    }

    private void failed(JdbcOutbox.Stored m, Exception e) {
        Instant now = clock.instant();
        String error = SmtpErrors.describe(e);
        int attempts = m.attempts() + 1;
        // SMTP and network faults are worth retrying; a permanent refusal or a letter that cannot be made is not.
        boolean retryable = e instanceof MailException && !SmtpErrors.permanent(e);
        if (attempts >= properties.maxAttempts() || !retryable) {
            outbox.markFailed(m.id(), now, error);
            events.publishEvent(new MessageFailed(m.id(), m.kind(), m.recipient(), error, now));
            log.warn("Message {} ({}) to {} failed after {} attempt(s), shown to admins: {}", m.id(), m.kind(),
                    m.recipient(), attempts, error);
        } else {
            Instant next = now.plus(Backoff.after(attempts, properties));
            outbox.markRetry(m.id(), now, next, error);
            log.info("Message {} not sent (attempt {} of {}), next attempt at {}: {}", m.id(), attempts,
                    properties.maxAttempts(), next, error);
        }
    }
}
