package org.rollcall.accounts.ui;

import java.util.List;
import java.util.Optional;

import org.rollcall.accounts.internal.SecondFactors;
import org.rollcall.accounts.internal.SignInCompletion;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * First sign-in of a user who needs a second factor: the QR code for their authenticator app (and the key as text,
 * for keyboard and screen-reader users), a code to confirm it, then their recovery codes, shown this once.
 */
@Route(value = "sign-in/enrol", autoLayout = false)
@PageTitle("Set up your second factor · Rollcall")
@AnonymousAllowed
class EnrolmentView extends SignInStep {

    private final SecondFactors secondFactors;

    EnrolmentView(SignInCompletion completion, SecondFactors secondFactors) {
        super(completion);
        this.secondFactors = secondFactors;
    }

    @Override
    void show() {
        SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(user);
        Image qr = new Image(enrolment.qrDataUri(), "QR code that adds Rollcall (" + user.name()
                + ") to an authenticator app");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Span key = new Span(enrolment.secretForReading());
        key.setId("second-factor-key");
        key.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        TextField code = codeField("6-digit code from your app");
        var confirm = primary("Confirm", () -> {
            Optional<List<String>> recovery = secondFactors.confirmEnrolment(user, enrolment, code.getValue(),
                    source());
            if (recovery.isPresent()) {
                showRecoveryCodes(recovery.get());
            } else {
                code.clear();
                code.setErrorMessage("That code is not right. Type the 6 digits your app shows now for Rollcall. "
                        + "After repeated wrong codes you must wait before trying again.");
                code.setInvalid(true);
                code.focus();
            }
        });
        code.focus();
        add(new H2("Set up your second factor"),
                readable("Your role signs in with a password and a code from an authenticator app on your "
                        + "phone (such as Microsoft Authenticator, Google Authenticator or FreeOTP). Scan this QR "
                        + "code with the app:"),
                qr,
                new Paragraph(new Span("Or add an account by hand with this key (time-based, 6 digits): "), key),
                code, new HorizontalLayout(confirm, cancel()));
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        list.getStyle().set("font-family", "monospace");
        var done = primary("I have kept them: continue", this::finish);
        add(new com.vaadin.flow.component.html.H1("Rollcall"), new H2("Your recovery codes"),
                readable("If you lose your phone, each of these codes signs you in once instead of the app's "
                        + "code. Print them or keep them in a password manager: they are shown only now."),
                list, done);
        done.focus();
    }
}
