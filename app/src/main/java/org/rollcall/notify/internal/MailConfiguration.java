package org.rollcall.notify.internal;

import java.util.Properties;

import org.rollcall.notify.MailRelay;
import org.rollcall.notify.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Where mail goes. With {@code spring.mail.host} set, Spring Boot's own {@code JavaMailSender} sends to that relay,
 * and start-up is refused unless the relay is reached over TLS. Without it, GreenMail runs on the loopback interface
 * and a {@code JavaMailSender} points at it, so the demo and the tests send through the same code as production.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /** SMTP timeouts (ms) so a silent server cannot hold a sending transaction for ever. */
    static final String CONNECTION_TIMEOUT = "10000";
    static final String TIMEOUT = "30000";

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoMailHostConfigured.class)
    static class Embedded {

        @Bean(initMethod = "start", destroyMethod = "stop")
        EmbeddedMailServer embeddedMailServer(NotifyProperties properties) {
            return new EmbeddedMailServer(properties.embeddedSmtpPort());
        }

        /** The embedded server is plain SMTP on the loopback interface: nothing more than a link goes by it. */
        @Bean
        MailRelay mailRelay() {
            return () -> false;
        }

        @Bean
        JavaMailSenderImpl mailSender(EmbeddedMailServer server) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(EmbeddedMailServer.HOST);
            sender.setPort(server.port());
            sender.setProtocol("smtp");
            sender.setDefaultEncoding("UTF-8");
            Properties javaMail = new Properties();
            javaMail.setProperty("mail.smtp.connectiontimeout", CONNECTION_TIMEOUT);
            javaMail.setProperty("mail.smtp.timeout", TIMEOUT);
            javaMail.setProperty("mail.smtp.writetimeout", TIMEOUT);
            sender.setJavaMailProperties(javaMail);
            log.info("Embedded default: SMTP server (GreenMail) on {}; admins read its mailbox under \"Outbox and "
                    + "mailbox\" (set spring.mail.host to send through your relay)", server.address());
            return sender;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    static class Relay {

        /** Refuses to start when the relay would be reached in clear, unless explicitly allowed. */
        @Bean
        Object smtpTlsCheck(MailProperties mail, NotifyProperties properties) {
            boolean tls = SmtpTls.required(mail.getProtocol(), mail.getSsl().isEnabled(), mail.getProperties());
            if (!tls && !properties.allowSmtpWithoutTls()) {
                throw new IllegalStateException(SmtpTls.refusal(mail.getHost()));
            }
            if (tls) {
                log.info("SMTP relay {}:{} over TLS", mail.getHost(), mail.getPort());
            } else {
                log.warn("SMTP relay {}:{} WITHOUT TLS (rollcall.notify.allow-smtp-without-tls=true): never in "
                        + "production", mail.getHost(), mail.getPort());
            }
            return new Object();
        }

        @Bean
        MailRelay mailRelay(MailProperties mail) {
            boolean tls = SmtpTls.required(mail.getProtocol(), mail.getSsl().isEnabled(), mail.getProperties());
            return () -> tls;
        }
    }

    /** True when no relay is configured, so the embedded server is used. */
    static class NoMailHostConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
