package org.rollcall.moves.ui;

import java.time.LocalTime;

import org.rollcall.moves.IntroductionTask;

/** "Schools to introduce" for tests of other packages: choose a school, type what was agreed, save. */
public class IntroductionsViewProbe {

    public static final String ROUTE = "schools-to-introduce";

    private final IntroductionsView view;

    public IntroductionsViewProbe(IntroductionsView view) {
        this.view = view;
    }

    public void choose(String school) {
        view.grid.asSingleSelect().setValue(view.grid.getGenericDataView().getItems()
                .filter(t -> t.schoolName().equals(school)).map(IntroductionTask.class::cast).findFirst()
                .orElseThrow());
    }

    public void agree(LocalTime opens, LocalTime closes, String contact, String password) {
        view.opens.setValue(opens);
        view.closes.setValue(closes);
        view.contact.setValue(contact);
        view.password.setValue(password);
    }

    public void save() {
        view.save();
    }

    public String status() {
        return view.status.getText();
    }
}
