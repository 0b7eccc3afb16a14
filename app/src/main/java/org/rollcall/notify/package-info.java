/**
 * Email and letters that are never lost: an outbox written in the caller's transaction and sent by a worker with
 * retries (once only, across restarts and nodes), templates per kind of message with each authority's own wording
 * and signature, letters as PDF attachments, and, when no SMTP relay is configured, an embedded SMTP server whose
 * mailbox admins can read. ADR 0016 says why it is built this way.
 */
package org.rollcall.notify;
