package org.rollcall.corrections.ui;

import java.util.List;

import org.rollcall.attendance.AttendanceCode;

/** Drives a {@link CorrectMarkDialog} from tests in other packages, as a user would: choose, type, save. */
public record CorrectMarkDialogDriver(CorrectMarkDialog dialog) {

    public List<String> codesOffered() {
        return dialog.code.getGenericDataView().getItems().map(AttendanceCode::code).toList();
    }

    public void choose(String code) {
        dialog.code.setValue(dialog.code.getGenericDataView().getItems().filter(c -> c.code().equals(code))
                .findFirst().orElseThrow());
    }

    public void reason(String text) {
        dialog.reason.setValue(text);
    }

    public void save() {
        dialog.save.click();
    }

    public String problem() {
        return dialog.problem.isVisible() ? dialog.problem.getText() : "";
    }
}
