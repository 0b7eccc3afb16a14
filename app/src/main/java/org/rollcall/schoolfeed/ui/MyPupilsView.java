package org.rollcall.schoolfeed.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.SchoolMarks;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.MonitoredChild;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The designated teacher's portal (ADR 0044): today's looked-after pupils Rollcall monitors at their own school (the
 * school comes from their account, never the address), each with an AM and a PM code and a reason, checked as an
 * operator's marks are and saved all or none. Marks already in from the school's system are shown and confirmed by
 * saving them; when every pupil's marks are in, Rollcall does not call the school that day.
 */
@Route("my-pupils")
@Menu(title = "My pupils", order = 11, icon = "vaadin:academy-cap")
@RolesAllowed("DESIGNATED_TEACHER")
public class MyPupilsView extends VerticalLayout implements HasDynamicTitle {

    /** One pupil's fields, by session; a session the school is closed for has none. */
    record Row(ExpectedChild child, Map<Session, TextField> codes, TextField reason, Span state) {
    }

    final List<Row> rows = new ArrayList<>();
    final Button save = new Button("Save marks (Alt+M)");
    final Span status = new Span();
    private final String title;

    public MyPupilsView(Accounts accounts, Monitoring monitoring, SchoolMarks schoolMarks, Attendance attendance,
                        SchoolCalendar calendar, Directory directory, Clock clock) {
        Caller me = accounts.caller();
        ProvisionId school = me.provisionId();
        me.requireAccessToProvision(school);
        LocalDate today = LocalDate.now(clock);
        var card = directory.provisionCard(school);
        title = "My pupils · " + card.name();
        add(new H2(title));
        OpenSessions open = calendar.open(school, today);
        List<MonitoredChild> pupils = monitoring.monitoredChildren(school, today);
        if (!open.any()) {
            add(new Paragraph(HumanDates.day(today) + ": " + card.name() + " is closed today; there are no marks "
                    + "to enter."));
            return;
        }
        CodeSet codes = attendance.codeSet(card.nation());
        add(new Paragraph(HumanDates.day(today) + ". The looked-after pupils Rollcall monitors at " + card.name()
                + ". Enter each one's morning and afternoon code (" + codes.label() + ") and, for an absence, the "
                + "reason; codes already received from your school's system are shown: save to confirm them. When "
                + "every pupil's marks are in before your call window, Rollcall does not call the school today."));
        Map<org.rollcall.directory.ChildId, List<Mark>> current = schoolMarks.currentMarks(
                pupils.stream().map(p -> p.child().id()).toList(), today);
        Div grid = new Div();
        grid.setId("my-pupils");
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("align-items", "center").set("max-width", "72em").set("width", "100%")
                .set("grid-template-columns", "minmax(14em, 20em) 5em 5em minmax(12em, 1fr) minmax(12em, 1fr)");
        for (String heading : List.of("Pupil", "Morning", "Afternoon", "Reason for an absence", "Marks so far")) {
            Span h = new Span(heading);
            h.getStyle().set("font-weight", "600");
            grid.add(h);
        }
        for (MonitoredChild pupil : pupils) {
            ExpectedChild child = pupil.child();
            grid.add(new Span(child.fullName() + " · " + child.yearGroupLabel()));
            Map<Session, TextField> fields = new LinkedHashMap<>();
            List<Mark> marks = current.getOrDefault(child.id(), List.of());
            for (Session session : Session.values()) {
                if (session == Session.AM ? open.am() : open.pm()) {
                    TextField field = new TextField();
                    field.setAriaLabel(child.fullName() + ", " + (session == Session.AM ? "morning" : "afternoon"));
                    field.setMaxLength(3);
                    field.setWidthFull();
                    field.setPlaceholder(session == Session.AM ? "/" : "\\");
                    field.setTooltipText("Codes: " + codes.codeList());
                    marks.stream().filter(m -> m.session() == session).findFirst()
                            .ifPresent(m -> field.setValue(m.code()));
                    fields.put(session, field);
                    grid.add(field);
                } else {
                    grid.add(new Span("closed"));
                }
            }
            TextField reason = new TextField();
            reason.setAriaLabel("Reason for an absence, " + child.fullName());
            reason.setWidthFull();
            marks.stream().map(Mark::reason).filter(r -> r != null).findFirst().ifPresent(reason::setValue);
            grid.add(reason);
            Span state = new Span(describe(marks));
            state.getStyle().set("font-size", "var(--lumo-font-size-s)");
            grid.add(state);
            rows.add(new Row(child, fields, reason, state));
        }
        if (pupils.isEmpty()) {
            add(new Paragraph("No looked-after pupil of yours is monitored by Rollcall today."));
            return;
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_M, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save(schoolMarks, school, today, me.name()));
        status.setId("my-pupils-status");
        status.getElement().setAttribute("role", "status");
        add(grid, save, status);
    }

    /** "From your school's system: AM /, PM \" and the like, in words. */
    static String describe(List<Mark> marks) {
        if (marks.isEmpty()) {
            return "None yet";
        }
        List<String> parts = new ArrayList<>();
        for (Mark m : marks) {
            String from = switch (m.source()) {
                case SCHOOL_FEED -> "from your school's system";
                case DESIGNATED_TEACHER -> "entered by a designated teacher";
                case CALL -> "given on Rollcall's call";
            };
            parts.add(m.session() + " " + m.code() + " " + from + (m.confirmedBy() == null ? ""
                    : ", confirmed on the call"));
        }
        return String.join("; ", parts);
    }

    void save(SchoolMarks schoolMarks, ProvisionId school, LocalDate today, String me) {
        List<RecordMark> marks = new ArrayList<>();
        for (Row row : rows) {
            row.codes().forEach((session, field) -> {
                field.setInvalid(false);
                if (!field.getValue().isBlank()) {
                    marks.add(new RecordMark(row.child().id(), school, today, session, field.getValue().strip(),
                            row.reason().getValue(), null, null, me));
                }
            });
        }
        if (marks.isEmpty()) {
            status.setText("Nothing to save: enter a morning or afternoon code first");
            return;
        }
        try {
            SchoolMarks.Saved saved = schoolMarks.record(marks, MarkSource.DESIGNATED_TEACHER, me);
            status.setText(marks.size() + (marks.size() == 1 ? " mark" : " marks") + " saved: " + saved.changed()
                    + " new or changed, " + saved.unchanged() + " confirmed as they were"
                    + (saved.differing() == 0 ? "" : ", " + saved.differing() + " differing from what Rollcall's "
                    + "call heard (both are kept; the authority will look at them)") + ".");
            var now = schoolMarks.currentMarks(rows.stream().map(r -> r.child().id()).toList(), today);
            rows.forEach(r -> r.state().setText(describe(now.getOrDefault(r.child().id(), List.of()))));
        } catch (MarkRejectedException e) {
            status.setText("Nothing saved: " + e.getMessage());
            e.mark().ifPresent(refused -> rows.stream().filter(r -> r.child().id().equals(refused.childId()))
                    .forEach(r -> {
                        TextField field = r.codes().get(refused.session());
                        if (field != null) {
                            field.setInvalid(true);
                        }
                    }));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
