package org.rollcall.notify.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Date;

import org.rollcall.notify.MessageId;
import org.rollcall.notify.NotifyProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Builds the MIME message for an outbox row: the same Message-ID and Date on every attempt (so a receiver can drop
 * a repeat), text and HTML alternatives, the letter as a PDF attachment and the sender's own file, if any.
 */
@Component
class MailComposer {

    private final InternetAddress from;
    private final LetterPdf letters;

    MailComposer(NotifyProperties properties, LetterPdf letters) {
        this.letters = letters;
        try {
            this.from = new InternetAddress(properties.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("rollcall.notify.from '" + properties.from() + "' is not an email "
                    + "address: use one such as 'Rollcall <rollcall@your-council.gov.uk>'", e);
        }
    }

    /** {@code <id@domain-of-from>}: derived from the message, so a resend after a crash carries the same one. */
    String messageIdHeader(MessageId id) {
        String address = from.getAddress();
        return "<" + id + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }

    MimeMessage compose(JavaMailSender sender, JdbcOutbox.Stored m, ZoneId zone) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(m.recipient());
        if (m.replyTo() != null) {
            try {
                helper.setReplyTo(new InternetAddress(m.replyTo(), from.getPersonal()));
            } catch (UnsupportedEncodingException e) {
                helper.setReplyTo(m.replyTo());
            }
        }
        helper.setSubject(m.subject());
        // The Date header is when the message was written, on Rollcall's clock; JavaMailSender keeps a set date
        // and a set Message-ID.
        helper.setSentDate(Date.from(m.queuedAt()));
        helper.setText(m.text(), m.html());
        if (m.letterHtml() != null) {
            byte[] pdf = letters.render(m.letterHtml(), m.queuedAt(), zone);
            helper.addAttachment(m.letterName(), new ByteArrayResource(pdf), "application/pdf");
        }
        if (m.attachment() != null) {
            helper.addAttachment(m.attachment().fileName(), new ByteArrayResource(m.attachment().content()),
                    m.attachment().mediaType());
        }
        mime.setHeader("Message-ID", m.messageIdHeader());
        return mime;
    }
}
