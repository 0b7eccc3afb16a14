package org.rollcall.platform.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every screen says so, in words, while the connection to the server is lost: Vaadin's connection indicator shows
 * our text as a banner across the top that stays (its default is an 8-pixel stripe whose text shows only on hover),
 * and the screen below turns grey, so an operator never reads a stale "Connected and recording" as the truth.
 * A dead server is noticed by the heartbeat ({@code vaadin.heartbeat-interval}) even while nobody touches the screen.
 */
@Component
class ConnectionLostNotice implements VaadinServiceInitListener {

    static final String RECONNECTING = "Connection to Rollcall lost: this screen is not up to date and what you do "
            + "now is not saved. Reconnecting…";
    static final String GAVE_UP = "Connection to Rollcall lost: this screen is out of date. Reload the page (F5) "
            + "once Rollcall is back.";

    /** Marks the page while the connection is lost, for the stylesheet; the banner itself is Vaadin's. */
    private static final String WATCH = """
            const store = window.Vaadin && window.Vaadin.connectionState;
            if (store && !window.rollcallConnectionWatch) {
              window.rollcallConnectionWatch = true;
              const mark = () => {
                const lost = store.state === 'reconnecting' || store.state === 'connection-lost';
                document.documentElement.toggleAttribute('data-connection-lost', lost);
                const message = document.querySelector('vaadin-connection-indicator .v-status-message');
                if (message) { message.setAttribute('role', 'alert'); }
              };
              store.addStateChangeListener(mark);
              mark();
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> configure(init.getUI()));
    }

    static void configure(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(RECONNECTING);
        reconnect.setDialogTextGaveUp(GAVE_UP);
        ui.getPage().addStyleSheet("context://styles/connection-lost.css");
        ui.getPage().executeJs(WATCH);
    }
}
