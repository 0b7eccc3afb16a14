package org.rollcall.notify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rollcall.notify.ReceivedMail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads a received MIME message back into its text, HTML and attachments. */
final class MailboxReader {

    private MailboxReader() {
    }

    static ReceivedMail read(MimeMessage mime) {
        try {
            Parts parts = new Parts();
            walk(mime, parts);
            Address[] replyTo = mime.getHeader("Reply-To") == null ? null : mime.getReplyTo();
            return new ReceivedMail(mime.getMessageID(),
                    mime.getSentDate() == null ? null : mime.getSentDate().toInstant(),
                    addresses(mime.getFrom()).stream().findFirst().orElse(""),
                    addresses(mime.getAllRecipients()), replyTo == null ? null : addresses(replyTo).getFirst(),
                    mime.getSubject(), parts.text, parts.html, List.copyOf(parts.attachments));
        } catch (MessagingException e) {
            throw new IllegalStateException("a received message could not be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parts {
        String text;
        String html;
        final List<ReceivedMail.Attachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Parts parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, parts);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream in = part.getInputStream()) {
                parts.attachments.add(new ReceivedMail.Attachment(part.getFileName(),
                        part.getContentType().split(";")[0].strip(), in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain") && parts.text == null) {
            parts.text = (String) part.getContent();
        } else if (part.isMimeType("text/html") && parts.html == null) {
            parts.html = (String) part.getContent();
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }
}
