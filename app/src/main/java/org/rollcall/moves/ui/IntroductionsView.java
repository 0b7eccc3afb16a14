package org.rollcall.moves.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;
import org.rollcall.moves.IntroductionTask;
import org.rollcall.moves.MoveRefusedException;
import org.rollcall.moves.SchoolMoves;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * "Schools to introduce": schools a child moved to that Rollcall does not call yet. The supervisor (or an admin)
 * calls the school, agrees the call window, who to ask for and a password, and saves them here: the task closes and
 * the school is called from the next plan.
 */
@Route("schools-to-introduce")
@PageTitle(IntroductionsView.TITLE)
@Menu(title = IntroductionsView.TITLE, order = 39, icon = "vaadin:building")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class IntroductionsView extends VerticalLayout {

    static final String TITLE = "Schools to introduce";

    final Grid<IntroductionTask> grid = new Grid<>(IntroductionTask.class, false);
    final H3 chosen = new H3();
    final TimePicker opens = new TimePicker("Afternoon call window opens");
    final TimePicker closes = new TimePicker("closes");
    final TimePicker morningOpens = new TimePicker("Morning window opens (optional)");
    final TimePicker morningCloses = new TimePicker("closes");
    final TextField contact = new TextField("Ask for");
    final TextField password = new TextField("Password (optional)");
    final Button save = new Button("Service introduced: save");
    final Span status = new Span();
    private final SchoolMoves moves;
    private final String me;

    public IntroductionsView(SchoolMoves moves, Accounts accounts, Clock clock) {
        this.moves = moves;
        this.me = accounts.caller().name();
        grid.setId("introductions");
        grid.addColumn(IntroductionTask::schoolName).setHeader("School").setAutoWidth(true);
        grid.addColumn(IntroductionTask::phone).setHeader("Phone").setAutoWidth(true);
        grid.addColumn(IntroductionTask::contact).setHeader("Ask for").setAutoWidth(true);
        grid.addColumn(t -> t.childName() + " from " + HumanDates.day(t.startsOn())).setHeader("Child starting")
                .setAutoWidth(true);
        grid.addColumn(t -> HumanDates.time(t.openedAt(), clock.getZone()) + ", " + HumanDates.date(
                t.openedAt().atZone(clock.getZone()).toLocalDate())).setHeader("Since").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> choose(e.getValue()));
        status.getElement().setAttribute("role", "status");
        status.setId("introduction-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        opens.setWidth("16em"); // the labels say in full what each time is
        morningOpens.setWidth("16em");
        opens.setStep(java.time.Duration.ofMinutes(15));
        closes.setStep(java.time.Duration.ofMinutes(15));
        HorizontalLayout window = new HorizontalLayout(opens, closes, morningOpens, morningCloses);
        HorizontalLayout who = new HorizontalLayout(contact, password, save);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Span("Call each school, introduce the service on the authority's behalf, and agree when to call, who "
                + "to ask for and a password."), grid, chosen, window, who, status);
        refresh();
        choose(null);
    }

    private void refresh() {
        grid.setItems(moves.openIntroductions());
    }

    private void choose(IntroductionTask task) {
        boolean any = task != null;
        chosen.setText(any ? task.schoolName() + ": what was agreed" : "Choose a school above");
        save.setEnabled(any); // the fields stay open to typing: only saving needs the school chosen
        if (any) {
            contact.setValue(task.contact());
        }
    }

    void save() {
        IntroductionTask task = grid.asSingleSelect().getValue();
        if (task == null) {
            return;
        }
        try {
            List<CallWindow> windows = new ArrayList<>();
            windows.add(window(opens.getValue(), closes.getValue(), WindowPart.AFTERNOON));
            if (morningOpens.getValue() != null || morningCloses.getValue() != null) {
                windows.add(window(morningOpens.getValue(), morningCloses.getValue(), WindowPart.MORNING));
            }
            moves.introduce(task.id(), windows, contact.getValue(), password.getValue(), me);
            status.setText("Saved: " + task.schoolName() + " is called from the next plan");
            refresh();
            choose(null);
        } catch (IllegalArgumentException | MoveRefusedException e) {
            status.setText("Not saved: " + e.getMessage());
        }
    }

    private static CallWindow window(LocalTime from, LocalTime to, WindowPart part) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("give both times of the " + part.label().toLowerCase(
                    java.util.Locale.UK) + " window, such as 13:30 and 14:00");
        }
        return new CallWindow(null, from, to, part);
    }
}
