package org.rollcall.notify;

import java.util.List;

import org.rollcall.directory.AuthorityId;

/** What administrators do with email: watch the outbox, resend a failed message, set an authority's words. */
public interface NotifyAdmin {

    /** The latest messages first, at most {@code limit}. */
    List<OutboxMessage> outbox(int limit);

    /** The rendered text and HTML of a message, audited as read by the admin. */
    MessageBody read(MessageId id, String admin);

    /**
     * Sends a failed message again (attempts start afresh); audited.
     *
     * @throws MessageRefusedException when the message is not failed (waiting or already sent)
     */
    OutboxMessage resend(MessageId id, String admin);

    List<MessageKind> kinds();

    AuthorityMessages messages(AuthorityId authority);

    /** @throws MessageRefusedException naming each problem (an empty name, an invalid address) */
    AuthorityMessages setSignature(AuthorityId authority, Signature signature, String admin);

    /** @throws MessageRefusedException naming each unknown placeholder, an empty subject or body */
    AuthorityMessages setWording(AuthorityId authority, String kind, Wording wording, String admin);

    /** Back to the shipped wording. */
    AuthorityMessages resetWording(AuthorityId authority, String kind, String admin);

    record MessageBody(OutboxMessage message, String text, String html) {
    }
}
