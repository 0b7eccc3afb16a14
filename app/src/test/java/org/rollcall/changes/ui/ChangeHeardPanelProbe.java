package org.rollcall.changes.ui;

import java.time.Clock;
import java.util.List;

import org.rollcall.calls.CallId;
import org.rollcall.changes.ChangeKind;
import org.rollcall.changes.Changes;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.moves.ui.MoveSchoolFields;

import com.vaadin.flow.component.datepicker.DatePicker;

/** The "Change heard" panel for tests of other packages (moves): its fields as an operator uses them. */
public class ChangeHeardPanelProbe {

    private final ChangeHeardPanel panel;

    public ChangeHeardPanelProbe(Changes changes, Directory directory, DetailsHeard details, Clock clock, CallId call,
                                 ProvisionId provision, List<ExpectedChild> children, String who) {
        panel = new ChangeHeardPanel(changes, directory, details, clock, call, provision, children, who);
        panel.open();
    }

    public void choose(String childName, ChangeKind kind) {
        panel.about.setValue(panel.about.getListDataView().getItems()
                .filter(a -> a.label().startsWith(childName)).findFirst().orElseThrow());
        panel.kind.setValue(kind);
    }

    public DatePicker date() {
        return panel.date;
    }

    public MoveSchoolFields moveTo() {
        return panel.moveTo;
    }

    public void save() {
        panel.save();
    }

    public String status() {
        return panel.status.getText();
    }
}
