package org.rollcall.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table. Every time is a parameter from Rollcall's clock; nothing here reads the database's. */
@Repository
class JdbcOutbox {

    /** A message as stored, rendered and ready to send. */
    record Stored(MessageId id, String kind, AuthorityId authority, String recipient, String replyTo, String subject,
                  String text, String html, String letterHtml, String letterName, String messageIdHeader,
                  Instant queuedAt, int attempts, NewMessage.Attachment attachment) {
    }

    private final JdbcClient jdbc;
    private final MessageKinds kinds;

    JdbcOutbox(JdbcClient jdbc, MessageKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /**
     * Inserts the message, or with a de-duplication key already used, nothing.
     *
     * @return the id of the message now holding the key: this one, or the one queued before
     */
    MessageId insert(Stored m, String dedupKey) {
        Optional<UUID> inserted = jdbc.sql("""
                        INSERT INTO outbox_message (id, kind, authority_id, recipient, reply_to, subject, body_text,
                            body_html, letter_html, letter_name, dedup_key, message_id, status, attempts,
                            next_attempt_at, queued_at, attachment_name, attachment_type, attachment)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)
                        ON CONFLICT (dedup_key) DO NOTHING RETURNING id""")
                .params(m.id().value(), m.kind(), m.authority().value(), m.recipient(), m.replyTo(), m.subject(),
                        m.text(), m.html(), m.letterHtml(), m.letterName(), dedupKey, m.messageIdHeader(),
                        ts(m.queuedAt()), ts(m.queuedAt()), attachmentName(m), attachmentType(m), attachment(m))
                .query(UUID.class).optional();
        return new MessageId(inserted.orElseGet(() -> jdbc.sql("SELECT id FROM outbox_message WHERE dedup_key = ?")
                .param(dedupKey).query(UUID.class).single()));
    }

    /** Inserts a message that cannot be sent as failed, with why; with a de-duplication key already used, nothing. */
    MessageId insertFailed(Stored m, String dedupKey, String error) {
        Optional<UUID> inserted = jdbc.sql("""
                        INSERT INTO outbox_message (id, kind, authority_id, recipient, reply_to, subject, body_text,
                            body_html, letter_html, letter_name, dedup_key, message_id, status, attempts,
                            next_attempt_at, last_error, queued_at, attachment_name, attachment_type, attachment)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FAILED', 0, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (dedup_key) DO NOTHING RETURNING id""")
                .params(m.id().value(), m.kind(), m.authority().value(), m.recipient(), m.replyTo(), m.subject(),
                        m.text(), m.html(), m.letterHtml(), m.letterName(), dedupKey, m.messageIdHeader(),
                        ts(m.queuedAt()), error, ts(m.queuedAt()), attachmentName(m), attachmentType(m),
                        attachment(m))
                .query(UUID.class).optional();
        return new MessageId(inserted.orElseGet(() -> jdbc.sql("SELECT id FROM outbox_message WHERE dedup_key = ?")
                .param(dedupKey).query(UUID.class).single()));
    }

    /**
     * Locks the message due longest, skipping any another worker holds. The lock lasts until the caller's
     * transaction ends, and that transaction also marks the outcome: the claim and the mark are one unit.
     */
    Optional<Stored> claimDue(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, queued_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(ts(now)).query(JdbcOutbox::stored).optional();
    }

    void markSent(MessageId id, Instant now) {
        jdbc.sql("""
                        UPDATE outbox_message SET status = 'SENT', attempts = attempts + 1, last_attempt_at = ?,
                            sent_at = ? WHERE id = ?""")
                .params(ts(now), ts(now), id.value()).update();
    }

    void markRetry(MessageId id, Instant now, Instant next, String error) {
        jdbc.sql("""
                        UPDATE outbox_message SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?,
                            last_error = ? WHERE id = ?""")
                .params(ts(now), ts(next), error, id.value()).update();
    }

    void markFailed(MessageId id, Instant now, String error) {
        jdbc.sql("""
                        UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_attempt_at = ?,
                            last_error = ? WHERE id = ?""")
                .params(ts(now), error, id.value()).update();
    }

    /** Makes a failed message due again with its attempts starting afresh; false when it is not failed. */
    boolean resend(MessageId id, Instant now, String admin) {
        return jdbc.sql("""
                        UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?,
                            resent_by = ?, resent_at = ? WHERE id = ? AND status = 'FAILED'""")
                .params(ts(now), admin, ts(now), id.value()).update() == 1;
    }

    Optional<OutboxMessage> find(MessageId id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?").param(id.value())
                .query(this::message).optional();
    }

    Optional<Stored> stored(MessageId id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?").param(id.value())
                .query(JdbcOutbox::stored).optional();
    }

    List<OutboxMessage> latest(int limit) {
        return jdbc.sql("SELECT * FROM outbox_message ORDER BY queued_at DESC, id LIMIT ?").param(limit)
                .query(this::message).list();
    }

    private OutboxMessage message(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("kind");
        String label = kinds.find(kind).map(s -> s.kind().label()).orElse(kind);
        return new OutboxMessage(new MessageId(rs.getObject("id", UUID.class)), kind, label,
                new AuthorityId(rs.getObject("authority_id", UUID.class)), rs.getString("recipient"),
                rs.getString("subject"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "queued_at"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"), rs.getString("letter_name"), rs.getString("message_id"));
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(new MessageId(rs.getObject("id", UUID.class)), rs.getString("kind"),
                new AuthorityId(rs.getObject("authority_id", UUID.class)), rs.getString("recipient"),
                rs.getString("reply_to"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), rs.getString("letter_html"), rs.getString("letter_name"),
                rs.getString("message_id"), instant(rs, "queued_at"), rs.getInt("attempts"),
                rs.getString("attachment_name") == null ? null : new NewMessage.Attachment(
                        rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getBytes("attachment")));
    }

    private static String attachmentName(Stored m) {
        return m.attachment() == null ? null : m.attachment().fileName();
    }

    private static String attachmentType(Stored m) {
        return m.attachment() == null ? null : m.attachment().mediaType();
    }

    private static byte[] attachment(Stored m) {
        return m.attachment() == null ? null : m.attachment().content();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
