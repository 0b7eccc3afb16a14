package org.rollcall.accounts.ui;

import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.Directory;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Sends each user to their own screen. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final Accounts accounts;
    private final Directory directory;

    public HomeView(Accounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = accounts.caller();
        switch (caller.role()) {
            case OPERATOR -> event.forwardTo("workspace");
            case AUTHORITY -> event.forwardTo("extranet");
            // Until the designated-teacher portal lands (issue 14, deliver 4), their school, and nothing else.
            case DESIGNATED_TEACHER -> welcome(caller);
            default -> event.forwardTo("calls");
        }
    }

    private void welcome(Caller teacher) {
        removeAll();
        String school = directory.provisionNames(List.of(teacher.provisionId()))
                .getOrDefault(teacher.provisionId(), "your school");
        Paragraph text = new Paragraph("You are signed in as the designated teacher for " + school
                + ". The pupils Rollcall monitors there will be listed here.");
        text.setId("home-designated-teacher");
        add(text);
    }
}
