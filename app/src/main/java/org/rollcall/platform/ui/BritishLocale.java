package org.rollcall.platform.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every screen speaks British English whatever the browser asks for: 24-hour times in time pickers, day-month-year
 * dates. (Headless and many office browsers send en-US, which gave the call-back picker 12-hour times.)
 */
@Component
class BritishLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
