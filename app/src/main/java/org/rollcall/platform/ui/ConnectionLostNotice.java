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

    /**
     * Vaadin's status message as a banner that stays, in words, and the screen below in grey so nothing on it reads
     * as current (grey, not faded: it stays legible). "html" outranks the indicator's own default style, which is
     * added later. Inline rather than a file, so the login page (before any sign-in) has it too.
     */
    static final String STYLE = """
            html vaadin-connection-indicator[offline] .v-status-message,
            html vaadin-connection-indicator[reconnecting] .v-status-message {
              max-height: none;
              opacity: 1;
              z-index: 10000;
              padding: 0.75rem 1rem;
              background-color: #8a1c1c;
              background-image: none;
              color: #fff;
              font-size: 1rem;
              line-height: 1.4;
              animation: none;
              transition: none;
            }

            html vaadin-connection-indicator[offline] .v-status-message span,
            html vaadin-connection-indicator[reconnecting] .v-status-message span {
              height: auto;
              min-height: 1.75rem;
            }

            html[data-connection-lost] #outlet {
              filter: grayscale(1);
            }
            """;

    /** Adds the style once, and marks the page while the connection is lost (the banner itself is Vaadin's). */
    private static final String WATCH = """
            const store = window.Vaadin && window.Vaadin.connectionState;
            if (store && !window.rollcallConnectionWatch) {
              window.rollcallConnectionWatch = true;
              const style = document.createElement('style');
              style.id = 'rollcall-connection-lost';
              style.textContent = $0;
              document.head.appendChild(style);
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
        ui.getPage().executeJs(WATCH, STYLE);
    }
}
