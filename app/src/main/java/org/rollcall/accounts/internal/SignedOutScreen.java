package org.rollcall.accounts.internal;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * When a screen's session has ended (server.servlet.session.timeout), the browser goes to the login page, which
 * says the user was signed out and when, instead of Vaadin's "Session expired" box.
 */
@Component
class SignedOutScreen implements VaadinServiceInitListener {

    static final String SIGNED_OUT_URL = "login?signed-out";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(SIGNED_OUT_URL);
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
