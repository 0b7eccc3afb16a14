package org.rollcall.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/** Shown for an address that is no screen of Rollcall's; replaces Vaadin's page that lists every route. */
@PageTitle(NotFoundView.TITLE)
@ParentLayout(ShellLayout.class)
@PermitAll
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    static final String TITLE = "Page not found";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explanation.setText("There is no page at /" + event.getLocation().getPath()
                + ". Check the address, or carry on from your home screen.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
