package org.rollcall.administration.ui;

import org.rollcall.administration.internal.ProvisionEditing;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.NewClosure;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The school's own closure days, kept by the calendar: add one with its reason, withdraw one entered in error. */
class ClosuresSection extends Section {

    final Grid<Closure> grid = new Grid<>();
    final DatePicker from = new DatePicker("First day");
    final DatePicker to = new DatePicker("Last day");
    final Select<ClosedSessions> sessions = new Select<>();
    final Select<ClosureReason> reason = new Select<>();
    final TextField note = new TextField("Note (optional)");
    private final ProvisionEditing editing;
    private final ProvisionId provision;

    ClosuresSection(ProvisionEditing editing, ProvisionId provision) {
        super("Closures", "Add closure", null);
        this.editing = editing;
        this.provision = provision;
        save.addClickListener(e -> run(this::addClosure));
        sessions.setLabel("Closed for");
        sessions.setItems(ClosedSessions.values());
        sessions.setItemLabelGenerator(ClosedSessions::label);
        sessions.setValue(ClosedSessions.BOTH);
        reason.setLabel("Reason");
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(ClosureReason::label);
        grid.setAriaLabel("Closures");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> HumanDates.day(c.firstDay())).setHeader("From");
        grid.addColumn(c -> HumanDates.day(c.lastDay())).setHeader("To");
        grid.addColumn(c -> c.sessions().label()).setHeader("Closed for");
        grid.addColumn(Closure::description).setHeader("Reason");
        grid.addColumn(c -> c.live() ? "In force" : "Withdrawn").setHeader("Status");
        grid.addComponentColumn(c -> {
            Button withdraw = new Button("Withdraw", click -> run(() -> {
                editing.withdrawClosure(provision, c.id());
                refresh();
            }));
            withdraw.setEnabled(c.live());
            withdraw.setAriaLabel("Withdraw the closure from " + HumanDates.day(c.firstDay()));
            return withdraw;
        }).setHeader("Change").setAutoWidth(true);
        addComponentAtIndex(1, grid);
        with(from, to, sessions, reason, note);
        refresh();
    }

    private void addClosure() {
        if (from.getValue() == null || to.getValue() == null) {
            throw new IllegalArgumentException("Closures: give the first and last day (the same day for one day)");
        }
        if (reason.getValue() == null) {
            throw new IllegalArgumentException("Closures: choose a reason: INSET day, severe weather or other");
        }
        NewClosure closure = Fields.named("Closures", () -> new NewClosure(provision, from.getValue(), to.getValue(), sessions.getValue(),
                reason.getValue(), note.getValue()));
        Fields.named("Closures", () -> editing.addClosure(closure));
        refresh();
    }

    private void refresh() {
        grid.setItems(editing.closures(provision));
    }
}
