package org.rollcall.platform.ui;

import org.rollcall.platform.web.ErrorReference;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A failure no screen expected (a database error, a bug) is logged in full under a reference; the person sees only
 * that something went wrong and the reference to quote, never the database's or Java's own text.
 */
@Component
class ScreenErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            // Vaadin's own filter: a browser that went away (a socket closed) is nothing to report.
            if (!shouldHandle(DefaultErrorHandler.findRelevantThrowable(event.getThrowable()))) {
                return;
            }
            String reference = ErrorReference.logged("A screen action", event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(ErrorReference.message(reference), 10_000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }
    }
}
