package org.rollcall.notify;

import java.time.Instant;
import java.util.List;

/**
 * A message as the embedded SMTP server received it, read back from its MIME form.
 *
 * @param date the message's Date header (stamped by Rollcall's clock when it was queued)
 * @param html the HTML alternative, or null
 */
public record ReceivedMail(String messageId, Instant date, String from, List<String> to, String replyTo,
                           String subject, String text, String html, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
