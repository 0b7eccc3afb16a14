/**
 * Outbound webhooks: an authority's users subscribe an https address to events (mark recorded, absence, exclusion,
 * not on roll); each event becomes a signed delivery, sent after commit with retries and kept in a log the authority
 * reads and can replay. ADR 0022 says why it is built this way.
 */
package org.rollcall.webhooks;
