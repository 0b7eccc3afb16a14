package org.rollcall.escalation.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.ExclusionLetters;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * What followed marks: an authority's users see their own children's escalations of the last week, supervisors and
 * admins every open one; each opens its timeline, and an exclusion letter received downloads (audited).
 */
@Route("follow-ups")
@PageTitle("Follow-ups")
@Menu(title = "Follow-ups", order = 35, icon = "vaadin:bell")
@RolesAllowed({"AUTHORITY", "SUPERVISOR", "ADMIN"})
public class FollowUpsView extends VerticalLayout {

    private static final int DAYS_SHOWN = 7;

    // "Wed 2 Dec": the heading above says which week.
    private static final java.time.format.DateTimeFormatter SHORT_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.UK);

    final Grid<FollowUpView> grid = new Grid<>(FollowUpView.class, false);
    final VerticalLayout details = new VerticalLayout();
    private final ExclusionLetters letters;
    private final Clock clock;
    private final boolean admin;

    public FollowUpsView(Accounts accounts, FollowUps followUps, ExclusionLetters letters, Directory directory,
                  Clock clock) {
        this.letters = letters;
        this.clock = clock;
        Caller me = accounts.caller();
        this.admin = me.role() == org.rollcall.accounts.Role.ADMIN;
        LocalDate today = LocalDate.now(clock);
        List<FollowUpView> shown;
        String heading;
        if (me.authorityId() != null) {
            shown = followUps.forMyAuthority(today.minusDays(DAYS_SHOWN - 1), today);
            heading = "Follow-ups for " + directory.authority(me.authorityId()).name() + ", "
                    + HumanDates.day(today.minusDays(DAYS_SHOWN - 1)) + " to " + HumanDates.day(today);
        } else {
            shown = followUps.open();
            heading = "Open follow-ups on " + HumanDates.day(today);
        }
        grid.setId("follow-ups-grid");
        // Reasons and states are read whole: wrapped, never cut with "…".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(f -> SHORT_DAY.format(f.date())).setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FollowUpView::child).setHeader("Child").setSortable(true).setWidth("8rem");
        grid.addColumn(FollowUpView::school).setHeader("School").setWidth("10rem");
        grid.addColumn(FollowUpView::trigger).setHeader("What happened").setWidth("9rem");
        grid.addColumn(f -> f.state() + (f.letterOverdue() ? " (overdue)" : "")).setHeader("Where it stands")
                .setWidth("9rem");
        grid.addColumn(f -> f.carerReason() == null ? "" : f.carerReason()).setHeader("Carer's reason")
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(f -> f.carerReason() == null ? "" : f.carerReason());
        grid.addComponentColumn(f -> {
            Button open = new Button("Timeline", e -> show(f));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open the timeline of " + f.child() + ", " + HumanDates.day(f.date()));
            return open;
        }).setHeader("Timeline").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Follow-ups by child and day");
        // A week's follow-ups are a few rows: all shown, so the timeline below is read with the list in view.
        grid.setAllRowsVisible(true);
        grid.setItems(shown);
        grid.addItemClickListener(e -> show(e.getItem()));
        details.setId("follow-up-details");
        details.setPadding(false);
        Span count = new Span(shown.isEmpty() ? "Nothing to follow up." : shown.size() + (shown.size() == 1
                ? " follow-up" : " follow-ups"));
        count.setId("follow-ups-summary");
        add(new H2(heading), count, grid, details);
        setWidthFull();
    }

    private void show(FollowUpView f) {
        details.removeAll();
        details.add(new H3(f.trigger() + ": " + f.child() + ", " + f.school() + ", " + f.session() + " of "
                + HumanDates.day(f.date())));
        details.add(new Paragraph("School's code " + f.code() + "; the school's reason: "
                + (f.schoolReason() == null ? "none given" : f.schoolReason()) + ". Where it stands: " + f.state()
                + "."));
        OrderedList timeline = new OrderedList();
        timeline.setId("follow-up-timeline");
        for (FollowUpView.Entry t : f.timeline()) {
            timeline.add(new ListItem(HumanDates.day(t.at().atZone(clock.getZone()).toLocalDate()) + " at "
                    + HumanDates.time(t.at(), clock.getZone()) + ", " + t.who() + " \u2014 " + t.step() + ": "
                    + t.said()));
        }
        details.add(timeline);
        if (admin && "Exclusion letter requested".equals(f.state())) {
            // Admins upload the letter that came by post or email; the list and timeline then show it received.
            details.add(new LetterUploadField(f.child() + ", excluded " + HumanDates.day(f.date()),
                    new EscalationId(java.util.UUID.fromString(f.id())), letters, clock.getZone(), () -> { }));
        }
        if ("Exclusion letter received".equals(f.state())) {
            EscalationId id = new EscalationId(java.util.UUID.fromString(f.id()));
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ExclusionLetters.Letter letter = letters.download(id);
                return new DownloadResponse(new ByteArrayInputStream(letter.pdf()), letter.fileName(),
                        "application/pdf", letter.pdf().length);
            }), "Download the exclusion letter (PDF)");
            download.setId("exclusion-letter-download");
            details.add(new Paragraph(download));
        }
    }
}
