package org.rollcall.apattendance.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.apattendance.ApAttendance;
import org.rollcall.apattendance.ApEntry;
import org.rollcall.apattendance.ApEntryRefusedException;
import org.rollcall.apattendance.ApReason;
import org.rollcall.calls.CallId;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.PlacementKind;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

/**
 * On an alternative provision's call: for each child placed there (not on roll there) and each of their timetabled
 * sessions of the day, attended or absent with a reason, never a register code (ADR 0028). Those children leave the
 * register grid, so wrap-up does not ask for their marks. Alt+A saves every row in one transaction: a refused row
 * saves nothing and says why under itself. A named interface: the workspace adds it with one line.
 */
@NamedInterface("ap-attendance-grid")
public class ApAttendanceGrid extends VerticalLayout {

    /** What the operator picks for a session: attended, or absent with one of the reasons. */
    public record Choice(boolean attended, ApReason reason) {

        static List<Choice> all() {
            List<Choice> all = new ArrayList<>();
            all.add(new Choice(true, null));
            for (ApReason r : ApReason.values()) {
                all.add(new Choice(false, r));
            }
            return all;
        }

        public String label() {
            return attended ? "Attended" : "Absent: " + reason.label() + (reason.unauthorised() ? " (unauthorised)"
                    : "");
        }
    }

    /** One session of one child: the choice and, for "other", its words. */
    public record Row(ChildToCollect child, SessionSlot slot, Select<Choice> choice, TextField other, Div refusal) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<ChildToCollect> register = new ArrayList<>();
    public final Span status = new Span();
    public final Button save = new Button("Save AP attendance (Alt+A)");

    /**
     * The grid with its service from the application, when the call has a child placed as AP; most calls have none,
     * and building a hidden grid for each was a tenth of a screen pop's build (ADR 0054).
     */
    public static Optional<ApAttendanceGrid> forCall(CallId call, List<ChildToCollect> children,
                                                     String operatorName) {
        if (children.stream().noneMatch(c -> c.child().placement() == PlacementKind.ALTERNATIVE)) {
            return Optional.empty();
        }
        return Optional.of(new ApAttendanceGrid(VaadinService.getCurrent().getInstantiator()
                .getOrCreate(ApAttendance.class), call, children, operatorName));
    }

    public ApAttendanceGrid(ApAttendance service, CallId call, List<ChildToCollect> children, String operatorName) {
        setId("ap-attendance");
        setPadding(false);
        add(new H3("Children placed here as alternative provision"));
        add(new Paragraph("Ask for each timetabled session: attended, or absent and why. Do not ask for register "
                + "codes: the child's own school keeps the register, and is emailed about any absence."));
        for (ChildToCollect child : children) {
            if (child.child().placement() != PlacementKind.ALTERNATIVE) {
                register.add(child);
                continue;
            }
            for (SessionSlot slot : child.slots()) {
                add(row(child, slot));
            }
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_A, KeyModifier.ALT).resetFocusOnActiveElement();
        save.addClickListener(e -> save(service, call, operatorName));
        status.setId("ap-attendance-status");
        status.getElement().setAttribute("role", "status");
        add(new HorizontalLayout(save, status));
        setVisible(!rows.isEmpty());
    }

    private Div row(ChildToCollect child, SessionSlot slot) {
        String session = HumanDates.day(slot.date()) + ", " + half(slot).label();
        Select<Choice> choice = new Select<>();
        choice.setItems(Choice.all());
        choice.setItemLabelGenerator(Choice::label);
        choice.setPlaceholder("Attended or absent?");
        choice.setAriaLabel(child.child().fullName() + ", " + session);
        choice.setWidth("22em");
        TextField other = new TextField();
        other.setAriaLabel("Other reason, " + child.child().fullName() + ", " + session);
        other.setPlaceholder("What the other reason is");
        CharacterCounter.on(other, FreeText.MAX_REASON);
        other.setVisible(false);
        choice.addValueChangeListener(e -> other.setVisible(e.getValue() != null
                && e.getValue().reason() == ApReason.OTHER));
        Div refusal = new Div();
        refusal.addClassName("ap-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        refusal.setVisible(false);
        rows.add(new Row(child, slot, choice, other, refusal));
        Span who = new Span(child.child().fullName() + " · " + child.child().yearGroupLabel() + " · " + session);
        who.getStyle().set("min-width", "22em");
        HorizontalLayout line = new HorizontalLayout(who, choice, other);
        line.setAlignItems(Alignment.BASELINE);
        return new Div(line, refusal);
    }

    /** The children whose marks go on the register grid as before: everyone but those placed here as AP. */
    public List<ChildToCollect> registerChildren() {
        return List.copyOf(register);
    }

    /** Only children placed here as AP: the register grid has nothing to ask and is not shown. */
    public boolean replacesRegister() {
        return !rows.isEmpty() && register.isEmpty();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    void save(ApAttendance service, CallId call, String operatorName) {
        rows.forEach(r -> {
            r.refusal().setVisible(false);
            r.choice().setInvalid(false);
            r.other().setInvalid(false);
        });
        List<ApEntry> entries = new ArrayList<>();
        Map<ApEntry, Row> rowOf = new HashMap<>();
        for (Row r : rows) {
            Choice c = r.choice().getValue();
            if (c == null) {
                continue;
            }
            try {
                ApEntry entry = new ApEntry(r.child().child().id(), r.slot().date(), half(r.slot()), c.attended(),
                        c.reason(), c.reason() == ApReason.OTHER ? r.other().getValue() : null);
                entries.add(entry);
                rowOf.put(entry, r);
            } catch (IllegalArgumentException e) {
                refuse(r, "Nothing saved: " + e.getMessage());
                r.other().setInvalid(true);
                status.setText("Nothing saved: " + r.child().child().fullName() + ": " + e.getMessage());
                return;
            }
        }
        if (entries.isEmpty()) {
            status.setText("Nothing to save: choose attended or absent for a session first");
            return;
        }
        try {
            service.record(call, operatorName, entries);
            status.setText(entries.size() + (entries.size() == 1 ? " session saved" : " sessions saved"));
        } catch (ApEntryRefusedException e) {
            status.setText("Nothing saved: " + e.getMessage());
            e.entry().map(rowOf::get).ifPresent(r -> {
                r.choice().setInvalid(true);
                refuse(r, e.getMessage());
            });
        }
    }

    private static void refuse(Row r, String message) {
        r.refusal().setText(message);
        r.refusal().setVisible(true);
    }

    private static HalfDay half(SessionSlot slot) {
        return HalfDay.valueOf(slot.part().name());
    }
}
