package org.rollcall.notify.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.NotifyTestKinds;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * "Outbox and mailbox", server-side: an admin sees every outbox message in words and dates and the embedded server's
 * mailbox with text, sandboxed HTML and the letter to download; reading a message is audited; operators and
 * authority users are refused the screen and do not have it in their menu.
 */
@RollcallIntegrationTest
@Import(NotifyTestKinds.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxViewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate tx;
    @Autowired List<MessageKind> kinds;
    @Autowired AuditLog audit;

    private MessageId notice;
    private MessageId summary;

    @BeforeAll
    void messagesSent() {
        AuthorityId authority = directory.createAuthority("Screen Borough", Nation.ENGLAND, "884");
        accounts.createUser("outbox-admin", "Outbox Admin", "outbox-admin-1", Role.ADMIN, null);
        accounts.createUser("outbox-operator", "Outbox Operator", "outbox-operator-1", Role.OPERATOR, null);
        accounts.createUser("outbox-authority", "Virtual School head", "outbox-authority-1", Role.AUTHORITY,
                authority);
        MessageKind daily = kinds.stream().filter(k -> k.code().equals("daily-summary")).findFirst().orElseThrow();
        notice = tx.execute(s -> notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority,
                "sw@example.org", Map.of("child", "Grace", "school", "Greenway School"))));
        summary = tx.execute(s -> notifications.queue(NewMessage.of(daily, authority, "vs@example.org",
                Map.of("schools", "2", "children", "5", "firstCall", "10:31", "lastCall", "11:46"))));
        await().until(() -> List.of(notice, summary).stream().map(id -> notifications.find(id).orElseThrow())
                .allMatch(m -> m.status() == MessageStatus.SENT));
    }

    @Test
    void anAdminSeesTheOutboxInWordsAndTheMailboxWithItsLetter() {
        SignIn.as(users, contexts, "outbox-admin");
        OutboxView view = navigate(OutboxView.class);
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).contains("Outbox and mailbox");

        Grid<OutboxMessage> outbox = view.outbox.grid;
        OutboxMessage row = outbox.getGenericDataView().getItems().filter(m -> m.id().equals(notice)).findFirst()
                .orElseThrow();
        assertThat(row.status().label()).isEqualTo("Sent");
        assertThat(row.kindLabel()).isEqualTo("Test notice");
        assertThat(view.outbox.summary.getText()).matches("\\d+ messages, 0 waiting to send, 0 failed");
        assertThat(When.of(row.sentAt(), java.time.ZoneId.of("Europe/London"))).startsWith("2 December 2026, ");

        view.outbox.read(row);
        assertThat(find(Pre.class).all().stream().map(Pre::getText))
                .anySatisfy(t -> assertThat(t).contains("Grace was absent from Greenway School today"));
        assertThat(audit.count("READ_MESSAGE", "OUTBOX_MESSAGE", notice.toString())).isEqualTo(1);

        var mail = view.mailbox.grid.getGenericDataView().getItems()
                .filter(m -> m.to().contains("vs@example.org")).findFirst().orElseThrow();
        view.mailbox.open(mail);
        assertThat(view.mailbox.opened.getElement().getTextRecursively())
                .contains("Rollcall today: 2 schools to call for Screen Borough")
                .contains("From Rollcall <rollcall@localhost.localdomain> to vs@example.org")
                .contains("2 December 2026, ");
        IFrame html = (IFrame) view.mailbox.opened.getChildren().filter(IFrame.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(html.getSrcdoc().orElseThrow()).contains("Rollcall today");
        assertThat(html.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(html.getElement().getAttribute("title")).startsWith("HTML version of");
        Anchor download = find(Anchor.class).all().stream().filter(a -> a.getText().startsWith("Download "))
                .findFirst().orElseThrow();
        assertThat(download.getText()).matches("Download daily-summary-2026-12-02\\.pdf \\(PDF, \\d+ KB\\)");
        assertThat(view.getElement().getTextRecursively()).doesNotContain(notice.toString(), "PENDING", "SENT");
    }

    @Test
    void operatorsAndAuthorityUsersAreRefusedTheScreen() {
        for (String user : List.of("outbox-operator", "outbox-authority")) {
            SignIn.as(users, contexts, user);
            navigate("outbox", com.vaadin.flow.component.Component.class);
            assertThat(find(OutboxView.class).all()).as(user).isEmpty();
            assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).as(user)
                    .doesNotContain("Outbox and mailbox");
        }
    }
}
