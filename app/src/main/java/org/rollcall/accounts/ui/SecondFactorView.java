package org.rollcall.accounts.ui;

import org.rollcall.accounts.internal.SecondFactors;
import org.rollcall.accounts.internal.SignInCompletion;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The second step of signing in: the code from the user's authenticator app, or a recovery code. */
@Route(value = "sign-in/code", autoLayout = false)
@PageTitle("Enter your code · Rollcall")
@AnonymousAllowed
class SecondFactorView extends SignInStep {

    private final SecondFactors secondFactors;

    SecondFactorView(SignInCompletion completion, SecondFactors secondFactors) {
        super(completion);
        this.secondFactors = secondFactors;
    }

    @Override
    void show() {
        TextField code = codeField("6-digit code or recovery code");
        var signIn = primary("Sign in", () -> {
            if (secondFactors.verify(user, code.getValue(), source())) {
                finish();
            } else {
                code.clear();
                code.setErrorMessage(WRONG_CODE);
                code.setInvalid(true);
                code.focus();
            }
        });
        code.focus();
        add(new H2("Enter the 6-digit code"),
                readable("Your password was right, " + user.name() + ". Now type the code your authenticator "
                        + "app shows for Rollcall. Lost your phone? Type one of your recovery codes instead."),
                code, new HorizontalLayout(signIn, cancel()));
    }
}
