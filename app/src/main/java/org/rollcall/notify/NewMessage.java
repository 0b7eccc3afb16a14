package org.rollcall.notify;

import java.util.Map;
import java.util.Objects;

import org.rollcall.directory.AuthorityId;

/**
 * A message to queue. The recipient and the values are checked by {@link Notifications#queue}, which names every
 * problem at once.
 *
 * @param kind what kind of message, which decides its templates and the values it takes
 * @param authority whose wording and signature it goes out with
 * @param to one email address
 * @param values a value for each of the kind's own placeholders, and nothing else
 * @param dedupKey optional: queuing again with the same key returns the first message instead of a second one (a
 *     replayed event must not send twice); null for none
 * @param attachment optional: a file the sender made (a report), stored with the message and attached to it; null
 *     for none. Whether a file may go by email at all is the sender's decision (report subscriptions attach only
 *     over a relay that requires TLS: {@link MailRelay#requiresTls()})
 */
public record NewMessage(MessageKind kind, AuthorityId authority, String to, Map<String, String> values,
                         String dedupKey, Attachment attachment) {

    /** A file to attach: its name as the recipient sees it, its media type and its bytes. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9 ._()-]{0,99}")) {
                throw new IllegalArgumentException("an attachment needs a plain file name (letters, digits, spaces, "
                        + "dots, hyphens; at most 100 characters), not '" + fileName + "'");
            }
            Objects.requireNonNull(mediaType, "media type");
            if (content == null || content.length == 0) {
                throw new IllegalArgumentException("an attachment must not be empty");
            }
        }
    }

    public NewMessage(MessageKind kind, AuthorityId authority, String to, Map<String, String> values,
                      String dedupKey) {
        this(kind, authority, to, values, dedupKey, null);
    }

    public NewMessage {
        Objects.requireNonNull(kind, "message kind");
        Objects.requireNonNull(authority, "authority");
        values = values == null ? Map.of() : Map.copyOf(values);
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 200)) {
            throw new IllegalArgumentException("a de-duplication key must be 1 to 200 characters");
        }
    }

    public static NewMessage of(MessageKind kind, AuthorityId authority, String to, Map<String, String> values) {
        return new NewMessage(kind, authority, to, values, null);
    }

    public NewMessage withDedupKey(String key) {
        return new NewMessage(kind, authority, to, values, key, attachment);
    }

    public NewMessage withAttachment(Attachment file) {
        return new NewMessage(kind, authority, to, values, dedupKey, file);
    }
}
