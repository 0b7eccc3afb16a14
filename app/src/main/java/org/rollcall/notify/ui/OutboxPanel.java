package org.rollcall.notify.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.rollcall.notify.MessageRefusedException;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NotifyAdmin;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Every outbox message, newest first: where it is, how often it was tried, the server's last answer; resend. */
class OutboxPanel extends VerticalLayout {

    static final int SHOWN = 500;

    final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);
    final Span summary = new Span();
    final Button refresh = new Button("Refresh outbox", e -> refresh());
    private final NotifyAdmin admin;
    private final Supplier<String> me;

    OutboxPanel(NotifyAdmin admin, Supplier<String> me, ZoneId zone) {
        this.admin = admin;
        this.me = me;
        grid.setId("outbox-grid");
        grid.setAriaLabel("Outbox messages, newest first");
        // Subjects and SMTP errors are read whole: wrapped, never cut with "…".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::kindLabel).setHeader("Kind").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(OutboxMessage::recipient).setHeader("To").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(OutboxMessage::subject).setHeader("Subject").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(OutboxMessage::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last SMTP error")
                .setWidth("9rem").setFlexGrow(1);
        // One column for when: a 1280-pixel screen shows every column without scrolling sideways.
        grid.addColumn(m -> when(m, zone)).setHeader("When").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        summary.setId("outbox-summary");
        H2 heading = new H2("Outbox");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        add(new HorizontalLayout(heading, summary, refresh), grid);
        setPadding(false);
        refresh();
    }

    private Component actions(OutboxMessage m) {
        Button read = new Button("Read", e -> read(m));
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.setAriaLabel("Read the message to " + m.recipient() + ": " + m.subject());
        if (m.status() != MessageStatus.FAILED) {
            return read;
        }
        Button resend = new Button("Resend", e -> resend(m));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        resend.setAriaLabel("Resend the failed message to " + m.recipient());
        return new HorizontalLayout(read, resend);
    }

    void resend(OutboxMessage m) {
        try {
            admin.resend(m.id(), me.get());
            Notification.show("Queued again: " + m.subject() + " to " + m.recipient());
        } catch (MessageRefusedException e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    void read(OutboxMessage m) {
        NotifyAdmin.MessageBody body = admin.read(m.id(), me.get());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(m.subject());
        dialog.add(new Paragraph("To " + m.recipient() + " · " + m.kindLabel() + " · " + m.status().label()
                + (m.letterName() == null ? "" : " · letter attached: " + m.letterName())));
        Pre text = new Pre(body.text());
        text.getStyle().set("white-space", "pre-wrap");
        dialog.add(text);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    void refresh() {
        var messages = admin.outbox(SHOWN);
        long failed = messages.stream().filter(m -> m.status() == MessageStatus.FAILED).count();
        long waiting = messages.stream().filter(m -> m.status() == MessageStatus.PENDING).count();
        summary.setText(messages.size() + (messages.size() == 1 ? " message" : " messages") + ", " + waiting
                + " waiting to send, " + failed + " failed");
        grid.setItems(messages);
    }

    /** "queued 2 December 2026, 10:31; sent 10:31": the second moment's day only when it is another day. */
    private static String when(OutboxMessage m, ZoneId zone) {
        Instant then = m.status() == MessageStatus.SENT ? m.sentAt()
                : m.status() == MessageStatus.PENDING ? m.nextAttemptAt() : null;
        String queued = "queued " + When.of(m.queuedAt(), zone);
        if (then == null) {
            return queued;
        }
        String label = m.status() == MessageStatus.SENT ? "; sent " : "; next try ";
        boolean sameDay = LocalDate.ofInstant(then, zone).equals(LocalDate.ofInstant(m.queuedAt(), zone));
        return queued + label + (sameDay ? HumanDates.time(then, zone) : When.of(then, zone));
    }
}
