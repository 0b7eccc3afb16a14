package org.rollcall.notify.internal;

import java.util.Map;

/**
 * Whether the configured relay is reached over TLS: implicit TLS ({@code spring.mail.protocol=smtps} or
 * {@code mail.smtp.ssl.enable}), or STARTTLS made compulsory ({@code mail.smtp.starttls.required}). STARTTLS merely
 * enabled is not enough: a man in the middle can strip the server's offer and the message goes out in clear.
 */
final class SmtpTls {

    private SmtpTls() {
    }

    static boolean required(String protocol, boolean sslBundleEnabled, Map<String, String> javaMailProperties) {
        return "smtps".equalsIgnoreCase(protocol) || sslBundleEnabled
                || "true".equalsIgnoreCase(javaMailProperties.getOrDefault("mail.smtp.ssl.enable", "").strip())
                || "true".equalsIgnoreCase(javaMailProperties.getOrDefault("mail.smtp.starttls.required", "").strip());
    }

    static String refusal(String host) {
        return "SMTP relay " + host + " would be reached without TLS, and messages name children. Set "
                + "spring.mail.properties.mail.smtp.starttls.required=true (port 587) or spring.mail.protocol=smtps "
                + "(port 465). Only for a relay on a trusted local network: rollcall.notify.allow-smtp-without-tls"
                + "=true.";
    }
}
