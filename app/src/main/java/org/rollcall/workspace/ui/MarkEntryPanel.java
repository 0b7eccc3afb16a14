package org.rollcall.workspace.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.springframework.dao.DataAccessException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One row per expected child: AM code, PM code, reason. Keyboard first: Tab moves along the row, Alt+M saves all
 * rows in one transaction, so a refused mark saves nothing and the field says why.
 */
class MarkEntryPanel extends VerticalLayout {

    record Row(ExpectedChild child, TextField am, TextField pm, TextField reason) {
    }

    private final List<Row> rows = new ArrayList<>();
    // When each code was heard: QA jumps to the mark's own moment in the recording, not to the moment of saving.
    private final Map<TextField, Integer> heardAt = new HashMap<>();
    private final Span status = new Span();
    final Button save = new Button("Save marks (Alt+M)");

    MarkEntryPanel(List<ExpectedChild> children, CodeSet codes, Attendance attendance, ProvisionId provision,
                   LocalDate date, UUID callId, Supplier<Integer> offset, String operatorName) {
        setPadding(false);
        setId("mark-entry");
        for (ExpectedChild child : children) {
            TextField am = code("AM", codes, offset);
            TextField pm = code("PM", codes, offset);
            TextField reason = new TextField("Reason for absence");
            reason.setMaxLength(500);
            reason.setWidth("24em");
            Span who = new Span(child.fullName() + " · " + child.yearGroupLabel() + " · UPN "
                    + (child.upn() == null ? "not known: ask for it" : child.upn().value()));
            who.setWidth("26em");
            HorizontalLayout line = new HorizontalLayout(who, am, pm, reason);
            line.setAlignItems(Alignment.BASELINE);
            add(line);
            rows.add(new Row(child, am, pm, reason));
        }
        if (children.isEmpty()) {
            add(new Span("No children are expected here today: ask whether anyone has joined or left."));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_M, KeyModifier.ALT);
        save.addClickListener(e -> save(attendance, provision, date, callId, offset, operatorName));
        status.setId("mark-status");
        add(new HorizontalLayout(save, status));
        if (!rows.isEmpty()) {
            rows.getFirst().am().focus();
        }
    }

    List<Row> rows() {
        return rows;
    }

    private TextField code(String session, CodeSet codes, Supplier<Integer> offset) {
        TextField field = new TextField(session);
        field.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                heardAt.remove(field);
            } else {
                heardAt.put(field, offset.get());
            }
        });
        field.setWidth("5em");
        field.setMaxLength(3);
        field.setHelperText(session.equals("AM") ? "/ present" : "\\ present");
        field.setTooltipText("Codes: " + codes.codeList());
        return field;
    }

    void save(Attendance attendance, ProvisionId provision, LocalDate date, UUID callId, Supplier<Integer> offset,
              String operatorName) {
        List<RecordMark> marks = new ArrayList<>();
        rows.forEach(r -> {
            r.am().setInvalid(false);
            r.pm().setInvalid(false);
        });
        Integer now = offset.get();
        for (Row r : rows) {
            for (Session session : Session.values()) {
                TextField field = session == Session.AM ? r.am() : r.pm();
                if (!field.getValue().isBlank()) {
                    Integer at = heardAt.getOrDefault(field, now);
                    marks.add(new RecordMark(r.child().id(), provision, date, session, field.getValue(),
                            r.reason().getValue(), callId, at, operatorName));
                }
            }
        }
        if (marks.isEmpty()) {
            status.setText("Nothing to save: enter an AM or PM code first");
            return;
        }
        try {
            attendance.recordAll(marks);
            status.setText(marks.size() + " marks saved");
        } catch (MarkRejectedException e) {
            status.setText("Nothing saved: " + e.getMessage());
            markInvalid(e);
        } catch (DataAccessException e) {
            // e.g. another operator saved the same child's mark a moment earlier: the whole batch rolled back.
            status.setText("Nothing saved: the marks could not be written (" + e.getMostSpecificCause().getMessage()
                    + "); press Save again");
        }
    }

    private void markInvalid(MarkRejectedException e) {
        e.mark().ifPresent(refused -> rows.stream().filter(r -> r.child().id().equals(refused.childId()))
                .map(r -> refused.session() == Session.AM ? r.am() : r.pm())
                .forEach(field -> {
                    field.setInvalid(true);
                    field.setErrorMessage(e.getMessage());
                }));
    }
}
