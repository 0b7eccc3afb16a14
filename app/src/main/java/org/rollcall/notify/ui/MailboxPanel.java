package org.rollcall.notify.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;

import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * What the embedded SMTP server received, newest first, and one message opened: its text, its HTML (in a sandboxed
 * frame, so nothing in it runs) and its attachments to download. Only with the embedded server.
 */
class MailboxPanel extends VerticalLayout {

    final Grid<ReceivedMail> grid = new Grid<>(ReceivedMail.class, false);
    final Span summary = new Span();
    final Div opened = new Div();
    final Button refresh = new Button("Refresh mailbox", e -> refresh());
    private final EmbeddedMailbox mailbox;
    private final ZoneId zone;

    MailboxPanel(EmbeddedMailbox mailbox, ZoneId zone) {
        this.mailbox = mailbox;
        this.zone = zone;
        grid.setId("mailbox-grid");
        grid.setAriaLabel("Messages received by the embedded mail server, newest first");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> When.of(m.date(), zone)).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> String.join(", ", m.to())).setHeader("To").setWidth("11rem");
        grid.addColumn(ReceivedMail::subject).setHeader("Subject").setWidth("12rem").setFlexGrow(2);
        grid.addColumn(m -> m.attachments().isEmpty() ? "" : String.join(", ",
                m.attachments().stream().map(ReceivedMail.Attachment::fileName).toList()))
                .setHeader("Attachments").setWidth("11rem");
        grid.addComponentColumn(m -> {
            Button open = new Button("Open", e -> open(m));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open the message to " + String.join(", ", m.to()) + ": " + m.subject());
            return open;
        }).setHeader("Message").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        summary.setId("mailbox-summary");
        opened.setId("mailbox-message");
        opened.setWidthFull();
        H2 heading = new H2("Mailbox of the embedded mail server");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        add(new HorizontalLayout(heading, summary, refresh), grid, opened);
        setPadding(false);
        refresh();
    }

    void refresh() {
        List<ReceivedMail> all = mailbox.messages().reversed();
        summary.setText(all.size() + (all.size() == 1 ? " message" : " messages") + " received at "
                + mailbox.address() + " since start-up (kept in memory)");
        grid.setItems(all);
    }

    void open(ReceivedMail m) {
        opened.removeAll();
        opened.add(new H3(m.subject()));
        opened.add(new Paragraph("From " + m.from() + " to " + String.join(", ", m.to())
                + (m.replyTo() == null ? "" : " · replies to " + m.replyTo()) + " · " + When.of(m.date(), zone)
                + " · Message-ID " + m.messageId()));
        Pre text = new Pre(m.text() == null ? "(no text part)" : m.text());
        text.getStyle().set("white-space", "pre-wrap");
        opened.add(text);
        if (m.html() != null) {
            IFrame html = new IFrame();
            html.setSrcdoc(m.html());
            html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
            html.getElement().setAttribute("title", "HTML version of " + m.subject());
            html.setWidthFull();
            html.setHeight("24rem");
            html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
            opened.add(html);
        }
        for (ReceivedMail.Attachment a : m.attachments()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(a.content()), a.fileName(), a.contentType(), a.content().length)),
                    "Download " + a.fileName() + " (" + kind(a) + ", " + Math.max(1, a.content().length / 1024)
                            + " KB)");
            download.getElement().setAttribute("download", a.fileName());
            opened.add(new Paragraph(download));
        }
    }

    private static String kind(ReceivedMail.Attachment a) {
        return "application/pdf".equals(a.contentType()) ? "PDF" : a.contentType();
    }
}
