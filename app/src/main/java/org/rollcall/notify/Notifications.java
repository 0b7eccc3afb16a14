package org.rollcall.notify;

import java.util.Map;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;

/** Queues email (and letters) to be sent once, after the decision that causes them commits. */
public interface Notifications {

    /**
     * Renders the message with the authority's wording and signature and writes it to the outbox in the caller's
     * transaction, which must exist: it is sent only if that transaction commits, and never if it rolls back.
     *
     * @return the message's id; with a de-duplication key already queued, the first message's id
     * @throws MessageRefusedException naming each problem: an invalid recipient, a value missing for one of the
     *     kind's placeholders or given for one it does not have, an unknown kind, an empty subject or body
     */
    MessageId queue(NewMessage message);

    /**
     * A message that cannot be sent because its recipient's address, taken from a record, is not valid: rendered
     * like any other and written to the outbox as failed, with {@code reason} as its error, so admins see what
     * could not go out and why instead of it being dropped. It is never tried. Needs the caller's transaction.
     *
     * @throws MessageRefusedException for a problem other than the recipient (missing values, unknown kind)
     */
    MessageId recordUndeliverable(NewMessage message, String reason);

    Optional<OutboxMessage> find(MessageId id);

    /**
     * A letter of a kind with {@code letter=true}, rendered as its PDF in the authority's wording and signature like
     * an emailed one, without queuing anything: for someone with no email address, whose letter is printed and posted.
     * The message's {@code to} and de-duplication key are not used.
     *
     * @throws MessageRefusedException for a kind without a letter, a value missing or one the kind does not have
     */
    PrintedLetter letter(NewMessage message);

    /**
     * What a message of this kind would say, in the authority's wording with the values filled in, without queuing
     * anything: for an operator to read out the same words on a call. The subject, and the body's paragraphs
     * separated by blank lines.
     *
     * @throws MessageRefusedException for a value missing or one the kind does not have
     */
    Wording words(MessageKind kind, AuthorityId authority, Map<String, String> values);
}
