package org.rollcall.corrections.ui;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.corrections.MarkCorrections;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

/**
 * Corrects one mark from the QA review (ADR 0033): a code from the child's school's own nation's set and a reason.
 * A named interface: the review page adds a "Correct…" button per mark with one line, {@link #button}.
 */
@NamedInterface("correct-mark")
public class CorrectMarkDialog extends Dialog {

    final ComboBox<AttendanceCode> code = new ComboBox<>("New code");
    final TextField reason = new TextField("Reason for the correction");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save correction");

    /**
     * A "Correct…" button for a mark in the review's marks list, shown to QA reviewers and admins only (hidden for
     * others); {@code corrected} runs after a correction is saved, e.g. to reload the list.
     */
    public static Button button(Mark mark, String childName, Runnable corrected) {
        var beans = VaadinService.getCurrent().getInstantiator();
        Button open = new Button("Correct\u2026");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel("Correct the " + mark.session().name() + " mark of " + childName);
        Role role = beans.getOrCreate(Accounts.class).caller().role();
        open.setVisible(role == Role.QA || role == Role.ADMIN);
        open.addClickListener(e -> new CorrectMarkDialog(beans.getOrCreate(MarkCorrections.class), mark, childName,
                corrected).open());
        return open;
    }

    CorrectMarkDialog(MarkCorrections corrections, Mark mark, String childName, Runnable corrected) {
        CodeSet codes = corrections.codesFor(mark);
        setHeaderTitle("Correct " + childName + "'s mark");
        setMaxWidth("min(36em, 95vw)");
        String was = codes.find(mark.code()).map(c -> c.code() + " (" + c.description() + ")").orElse(mark.code());
        add(new Paragraph(HumanDates.day(mark.date()) + ", " + (mark.session().name().equals("AM") ? "morning"
                : "afternoon") + ": now " + was + (mark.reason() == null ? "" : ", reason: " + mark.reason())));
        code.setItems(codes.codes().stream().filter(c -> c.validIn(mark.session()) && !c.code().equals(mark.code()))
                .toList());
        code.setItemLabelGenerator(c -> c.code() + " \u2014 " + c.description());
        code.setHelperText(codes.label() + ", as the child's school uses");
        code.setWidthFull();
        code.setRequired(true);
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText("Why the mark is wrong, e.g. what the school says on the recording");
        CharacterCounter.on(reason, FreeText.MAX_REASON);
        problem.setId("correction-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        add(code, reason, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            problem.setVisible(false);
            try {
                corrections.correct(mark.id(), code.getValue() == null ? null : code.getValue().code(),
                        reason.getValue());
                close();
                Notification.show("Mark corrected; the old one is kept in its history", 4000,
                        Notification.Position.BOTTOM_START);
                corrected.run();
            } catch (MarkRejectedException ex) {
                problem.setText("Not saved: " + ex.getMessage());
                problem.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
