package org.rollcall.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.notify.MailRelay;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.subscriptions.ReportSubscriptions;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Rollcall sending through a relay reached over SMTPS (GreenMail with its own certificate): the production path, so
 * a context of its own. An authority that switched attachments on gets the report attached, made by the reports
 * module; one that did not gets the link only. The embedded relay (no TLS) never attaches: see
 * {@link ReportEmailsIntegrationTests}.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.protocol=smtps",
        "spring.mail.properties[mail.smtps.ssl.trust]=127.0.0.1",
        "spring.mail.properties[mail.smtps.ssl.checkserveridentity]=false", "rollcall.notify.poll-interval=200ms"})
class ReportAttachmentsOverTlsIntegrationTests {

    static final int PORT = freePort();
    private final GreenMail relay = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired DirectoryAdmin directoryAdmin;
    @Autowired Accounts accounts;
    @Autowired ReportSubscriptions subscriptions;
    @Autowired ReportEmailSettings settings;
    @Autowired ReportRunner runner;
    @Autowired MailRelay mailRelay;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;

    @BeforeAll
    void relayUp() {
        relay.start();
    }

    @AfterAll
    void relayDown() {
        relay.stop();
        contexts.clearContext();
    }

    @Test
    void overATlsRelayTheReportIsAttachedOnlyForAnAuthorityThatSwitchedAttachmentsOn() throws Exception {
        assertThat(mailRelay.requiresTls()).isTrue();
        AuthorityId on = authority("Attaching Shire", "981", "attach-shire.example.gov.uk", true, "attach-la");
        AuthorityId off = authority("Linking Borough", "982", "link-borough.example.gov.uk", false, "link-la");
        SignIn.as(users, contexts, "attach-la");
        subscriptions.subscribe(new NewSubscription("daily-absence", "head@attach-shire.example.gov.uk",
                ReportFrequency.DAILY, null));
        SignIn.as(users, contexts, "link-la");
        subscriptions.subscribe(new NewSubscription("daily-absence", "head@link-borough.example.gov.uk",
                ReportFrequency.DAILY, null));
        LocalDate today = LocalDate.now(clock);
        Instant afterSendTime = today.atTime(LocalTime.of(16, 31)).atZone(clock.getZone()).toInstant();
        assertThat(runner.runDue(afterSendTime)).hasSize(2);

        MimeMessage attached = received("head@attach-shire.example.gov.uk");
        List<Part> files = attachments(attached);
        assertThat(files).hasSize(1);
        assertThat(files.getFirst().getFileName()).isEqualTo("daily-absence-" + today + ".pdf");
        assertThat(files.getFirst().getContentType()).startsWith("application/pdf");
        byte[] pdf = files.getFirst().getInputStream().readAllBytes();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(attached)).contains("The report is attached as PDF.");

        MimeMessage linkOnly = received("head@link-borough.example.gov.uk");
        assertThat(attachments(linkOnly)).isEmpty();
        assertThat(text(linkOnly)).contains("the report is not attached");
        assertThat(on).isNotEqualTo(off);
    }

    private AuthorityId authority(String name, String la, String domain, boolean attachments, String user) {
        AuthorityId id = directoryAdmin.createAuthority(name, Nation.ENGLAND, la);
        settings.setAllowedDomains(id, List.of(domain), "test admin");
        settings.setAttachments(id, attachments, "test admin");
        accounts.createUser(user, name + " VSH", user + "-1", Role.AUTHORITY, id);
        return id;
    }

    private MimeMessage received(String to) {
        await().atMost(Duration.ofSeconds(30)).until(() -> find(to) != null);
        return find(to);
    }

    private MimeMessage find(String to) {
        return Arrays.stream(relay.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    private static List<Part> attachments(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            List<Part> found = new java.util.ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.addAll(attachments(child));
            }
            return found;
        }
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) ? List.of(part) : List.of();
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
