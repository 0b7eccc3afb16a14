package org.rollcall.accounts.ui;

import java.util.Optional;

import org.rollcall.accounts.Caller;
import org.rollcall.accounts.internal.SignInCompletion;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * A step of signing in after the password (the code, or enrolment). Reached only with a password accepted in this
 * session a few minutes ago; otherwise back to the login page.
 */
abstract class SignInStep extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CODE = "That code is not right, or it was used already. Type the 6 digits your app "
            + "shows now, or an unused recovery code. After repeated wrong codes you must wait before trying again.";

    final SignInCompletion completion;
    Caller user;

    SignInStep(SignInCompletion completion) {
        this.completion = completion;
        // At least the window's height, not exactly it: a field's error message must push the buttons down, not
        // be squeezed under them.
        setWidthFull();
        getStyle().set("min-height", "100vh").set("box-sizing", "border-box");
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1("Rollcall"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Caller> pending = completion.pending(VaadinServletRequest.getCurrent().getHttpServletRequest());
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        user = pending.get();
        show();
    }

    abstract void show();

    static TextField codeField(String label) {
        TextField code = new TextField(label);
        code.setId("second-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setRequired(true);
        code.setMaxLength(40);
        // Sent as typed, so Enter (the button's shortcut) never checks a value the server has not seen yet.
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.setWidth("22em");
        return code;
    }

    /** A paragraph no wider than reads comfortably. */
    static Paragraph readable(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setMaxWidth("40em");
        return paragraph;
    }

    static Button primary(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickShortcut(Key.ENTER);
        return button;
    }

    Button cancel() {
        return new Button("Cancel and sign in again", e -> {
            completion.abandon(VaadinServletRequest.getCurrent().getHttpServletRequest());
            UI.getCurrent().navigate(LoginView.class);
        });
    }

    static String source() {
        return VaadinServletRequest.getCurrent().getRemoteAddr();
    }

    /** Signed in for good; a fresh page load so the shell is built for the signed-in user. */
    void finish() {
        completion.complete(VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("/");
    }
}
