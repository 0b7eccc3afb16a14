package org.rollcall.notify;

/** How mail leaves Rollcall: what a sender needs to know before it puts more than a link in an email. */
public interface MailRelay {

    /**
     * Whether the configured SMTP relay is reached over TLS that cannot be stripped: SMTPS, or STARTTLS made
     * compulsory ({@code spring.mail.properties.mail.smtp.starttls.required=true}). False for the embedded server and
     * for a relay allowed without TLS.
     */
    boolean requiresTls();
}
