/**
 * Report emails: authority users subscribe themselves and colleagues (addresses in the authority's allowed email
 * domains) to any report, daily or weekly; each run sends one email with a link to the report on the extranet, the
 * report attached only when the authority switched attachments on and the mail relay requires TLS. Each run is
 * claimed in the database, so several application nodes send it once. ADR 0040 says why it is built this way.
 */
package org.rollcall.subscriptions;
