package org.rollcall.administration.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

/** A provision's call windows being edited: add and remove rows; read back as windows or a refusal naming them. */
class WindowsEditor extends VerticalLayout {

    final List<Row> rows = new ArrayList<>();
    final Button addWindow = new Button("Add a window", e -> addWindow(null));

    WindowsEditor(List<CallWindow> windows) {
        setPadding(false);
        add(addWindow);
        windows.forEach(this::addWindow);
    }

    Row addWindow(CallWindow window) {
        Row row = new Row(window);
        rows.add(row);
        addComponentAtIndex(rows.size() - 1, row);
        return row;
    }

    List<CallWindow> windows() {
        List<CallWindow> windows = new ArrayList<>();
        for (Row row : rows) {
            LocalTime opens = row.opens.getValue();
            LocalTime closes = row.closes.getValue();
            if (opens == null || closes == null) {
                throw new IllegalArgumentException("Call windows: give each window's opening and closing time, "
                        + "such as 13:30 and 14:00 (or remove the row)");
            }
            windows.add(Fields.named("Call windows", () -> new CallWindow(null, opens, closes, row.part.getValue())));
        }
        return windows;
    }

    /** One window: which call it is for, from, to, and a button that removes it. */
    final class Row extends HorizontalLayout {

        final Select<WindowPart> part = new Select<>();
        final TimePicker opens = new TimePicker("Opens");
        final TimePicker closes = new TimePicker("Closes");
        final Button remove = new Button("Remove");

        Row(CallWindow window) {
            part.setLabel("Call");
            part.setItems(WindowPart.values());
            part.setItemLabelGenerator(WindowPart::label);
            part.setValue(window == null ? (rows.isEmpty() ? WindowPart.AFTERNOON : WindowPart.MORNING)
                    : window.part());
            if (window != null) {
                opens.setValue(window.opensAt());
                closes.setValue(window.closesAt());
            }
            remove.addClickListener(e -> {
                rows.remove(this);
                WindowsEditor.this.remove(this);
            });
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(part, opens, closes, remove);
        }
    }
}
