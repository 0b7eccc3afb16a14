package org.rollcall.notify;

import java.util.Optional;

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

    Optional<OutboxMessage> find(MessageId id);
}
