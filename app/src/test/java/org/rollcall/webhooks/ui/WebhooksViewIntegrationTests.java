package org.rollcall.webhooks.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.webhooks.Receiver;
import org.rollcall.webhooks.TestCertificate;
import org.rollcall.webhooks.WebhookFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

/** The "Webhooks" screen: an authority user reads its own delivery log in words and replays a delivery. */
@RollcallIntegrationTest
// the same settings as WebhookDeliveryIntegrationTests, so the two share one context
@TestPropertySource(properties = {"rollcall.webhooks.allow-private-addresses=true",
        "rollcall.webhooks.poll-interval=200ms", "rollcall.webhooks.initial-delay=300ms",
        "rollcall.webhooks.max-delay=300ms", "rollcall.webhooks.max-attempts=3"})
@Import(TestCertificate.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksViewIntegrationTests extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Clock clock;
    private Receiver receiver;
    private WebhookFixture mine;
    private WebhookFixture other;

    @BeforeAll
    void aDeliveredAbsence() throws Exception {
        receiver = new Receiver();
        LocalDate today = LocalDate.now(clock);
        mine = WebhookFixture.create(directory, accounts, "Screen Hook Shire", "981", "01632 960801", today);
        other = WebhookFixture.create(directory, accounts, "Blind Hook Shire", "982", "01632 960802", today);
        mine.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/screen")
                + "\", \"events\": [\"absence.recorded\"]}");
        attendance.record(new RecordMark(mine.child(), mine.school(), today, Session.AM, "I", "Flu", null, null,
                "op-screen"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mine.send(port, "GET", "/api/v1/webhooks/deliveries",
                null).json().path("items").path(0).path("status").stringValue(), "DELIVERED"::equals);
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    @Test
    void theLogReadsInWordsAndADeliveryIsReplayed() {
        SignIn.as(users, contexts, mine.user());
        WebhooksView view = navigate(WebhooksView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Webhooks for Screen Hook Shire on Wednesday "
                + "2 December 2026", "1 delivery.");
        assertThat(test(view.subscriptions).getCellText(0, 1)).isEqualTo("Absence");
        var log = test(view.log);
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.getCellText(0, 0)).isEqualTo("Absence");
        assertThat(log.getCellText(0, 2)).isEqualTo("Delivered");
        assertThat(log.getCellText(0, 3)).isEqualTo("200");
        assertThat(log.getCellText(0, 5)).startsWith("Wednesday 2 December 2026 at ");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("DELIVERED", "absence.recorded");

        test((Button) log.getCellComponent(0, 6)).click();
        assertThat(view.status.getText()).startsWith("Sent again: Absence queued Wednesday 2 December 2026 at ");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received("/screen").size() == 2);
    }

    @Test
    void anotherAuthoritySeesNoneOfIt() {
        SignIn.as(users, contexts, other.user());
        WebhooksView view = navigate(WebhooksView.class);
        assertThat(test(view.log).size()).isZero();
        assertThat(test(view.subscriptions).size()).isZero();
        assertThat(view.getElement().getTextRecursively()).contains("Webhooks for Blind Hook Shire",
                "No deliveries yet.");
    }
}
