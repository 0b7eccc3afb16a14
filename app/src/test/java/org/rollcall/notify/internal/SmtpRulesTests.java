package org.rollcall.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rollcall.platform.EmailAddress;
import org.rollcall.notify.NotifyProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.SendFailedException;

/** Addresses, the wait between attempts, which failures are worth retrying, and TLS to the relay at start-up. */
class SmtpRulesTests {

    private final NotifyProperties defaults = new NotifyProperties("Rollcall <rollcall@example.org>", 0,
            Duration.ofSeconds(2), 10, Duration.ofSeconds(30), 2, Duration.ofMinutes(30), false);

    @Test
    void anAddressIsOneAddressWithADomain() {
        assertThat(EmailAddress.parse(" sw.team@council.gov.uk ").value()).isEqualTo("sw.team@council.gov.uk");
        for (String bad : new String[] {"carer@@example.org", "no-at-sign", "name@localhost", "a b@example.org",
                "Ann <ann@example.org>", "a@example.org, b@example.org", "x@example.org\nBcc: y@example.org"}) {
            assertThatThrownBy(() -> EmailAddress.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad.strip() + "' is not an email address");
        }
    }

    @Test
    void theWaitDoublesUpToItsCap() {
        assertThat(Backoff.after(1, defaults)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2, defaults)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(4, defaults)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(7, defaults)).isEqualTo(Duration.ofMinutes(30));
        assertThat(Backoff.after(60, defaults)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aPermanentRefusalIsNotRetriedButAnOutageIs() {
        var refused = new MailSendException("Failed messages", new SendFailedException("Invalid Addresses",
                new SendFailedException("550 5.1.1 <nobody@example.org>: Recipient address rejected")));
        assertThat(SmtpErrors.permanent(refused)).isTrue();
        assertThat(SmtpErrors.describe(refused)).contains("550 5.1.1 <nobody@example.org>");
        // As JavaMailSender reports it: the failure of each message, not a cause.
        var asSent = new MailSendException(java.util.Map.of(new Object(), new SendFailedException("Invalid Addresses",
                new SendFailedException("550 5.1.1 <nobody@example.org>: Recipient address rejected"))));
        assertThat(SmtpErrors.permanent(asSent)).isTrue();
        assertThat(SmtpErrors.describe(asSent))
                .isEqualTo("Invalid Addresses ← 550 5.1.1 <nobody@example.org>: Recipient address rejected");
        var busy = new MailSendException("Failed messages", new SendFailedException("451 4.3.0 try later"));
        assertThat(SmtpErrors.permanent(busy)).isFalse();
        var down = new MailSendException("Mail server connection failed",
                new jakarta.mail.MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
                        new java.net.ConnectException("Connection refused")));
        assertThat(SmtpErrors.permanent(down)).isFalse();
        assertThat(SmtpErrors.describe(down)).contains("Couldn't connect to host").contains("Connection refused");
    }

    @Test
    void tlsToTheRelayIsImplicitOrCompulsoryStartTls() {
        assertThat(SmtpTls.required("smtp", false, Map.of("mail.smtp.starttls.required", "true"))).isTrue();
        assertThat(SmtpTls.required("smtps", false, Map.of())).isTrue();
        assertThat(SmtpTls.required("smtp", false, Map.of("mail.smtp.ssl.enable", "true"))).isTrue();
        assertThat(SmtpTls.required("smtp", true, Map.of())).isTrue();
        assertThat(SmtpTls.required("smtp", false, Map.of("mail.smtp.starttls.enable", "true"))).isFalse();
        assertThat(SmtpTls.required("smtp", false, Map.of())).isFalse();
    }

    @EnableConfigurationProperties(NotifyProperties.class)
    @Configuration(proxyBeanMethods = false)
    static class Notify {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(Notify.class, MailConfiguration.class);

    @Test
    void aRelayWithoutTlsRefusesToStartUnlessAllowed() {
        context.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=25").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(
                    "SMTP relay smtp.example.org would be reached without TLS")
                    .hasMessageContaining("spring.mail.properties.mail.smtp.starttls.required=true");
        });
        context.withPropertyValues("spring.mail.host=smtp.example.org", "rollcall.notify.allow-smtp-without-tls=true")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(JavaMailSender.class)
                        .doesNotHaveBean(EmbeddedMailServer.class));
        context.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=587",
                        "spring.mail.properties[mail.smtp.starttls.required]=true")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(JavaMailSender.class));
    }

    @Test
    void withoutARelayTheEmbeddedServerReceivesTheMail() {
        context.withPropertyValues("rollcall.notify.embedded-smtp-port=0").run(started -> {
            assertThat(started).hasNotFailed().hasSingleBean(EmbeddedMailServer.class);
            EmbeddedMailServer server = started.getBean(EmbeddedMailServer.class);
            assertThat(server.port()).isPositive();
            assertThat(started.getBean(org.springframework.mail.javamail.JavaMailSenderImpl.class).getPort())
                    .isEqualTo(server.port());
        });
    }
}
