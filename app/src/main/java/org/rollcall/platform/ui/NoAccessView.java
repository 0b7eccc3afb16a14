package org.rollcall.platform.ui;

import org.rollcall.platform.SignedInUser;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * Shown when a signed-in user opens a screen their role may not open (an operator opening the calls list). Replaces
 * Vaadin's default, which reroutes to its not-found page and, in development mode, lists every route.
 */
@PageTitle(NoAccessView.TITLE)
@ParentLayout(ShellLayout.class)
@PermitAll
class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    static final String TITLE = "You do not have access to this page";

    private final SignedInUser signedIn;

    NoAccessView(SignedInUser signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        explanation.setText("/" + event.getLocation().getPath() + " is not open to your role ("
                + signedIn.roleLabel() + "). If you need it for your work, ask an administrator.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
