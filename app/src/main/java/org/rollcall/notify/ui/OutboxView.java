package org.rollcall.notify.ui;

import java.time.Clock;

import org.rollcall.accounts.Accounts;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.NotifyAdmin;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators' view of email: the outbox (every message, failed ones to resend) and, when Rollcall runs its own
 * SMTP server, that server's mailbox, so a demo shows what would have gone out.
 */
@Route("outbox")
@PageTitle(OutboxView.TITLE)
@Menu(title = OutboxView.TITLE, order = 40, icon = "vaadin:envelope")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    static final String TITLE = "Outbox and mailbox";

    final OutboxPanel outbox;
    final MailboxPanel mailbox;
    final Paragraph noMailbox = new Paragraph();

    public OutboxView(NotifyAdmin admin, ObjectProvider<EmbeddedMailbox> embedded, Accounts accounts, Clock clock) {
        String me = accounts.caller().name();
        outbox = new OutboxPanel(admin, () -> me, clock.getZone());
        add(outbox);
        EmbeddedMailbox server = embedded.getIfAvailable();
        if (server == null) {
            mailbox = null;
            noMailbox.setText("Messages go to the SMTP relay set in spring.mail.host; there is no embedded mailbox to "
                    + "show. The outbox above says what was sent.");
            add(noMailbox);
        } else {
            mailbox = new MailboxPanel(server, clock.getZone());
            add(mailbox);
        }
        setSizeFull();
    }
}
