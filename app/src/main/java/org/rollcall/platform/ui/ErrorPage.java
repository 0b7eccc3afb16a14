package org.rollcall.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a refused or unknown address shows inside the shell, under the shell's title: what happened and the way back
 * to the user's home screen. It never lists the application's routes (Vaadin's development page does), so it reads
 * the same in development and production.
 */
abstract class ErrorPage extends VerticalLayout {

    final Paragraph explanation = new Paragraph();
    // "." is the application's root (Vaadin sets the base href), which sends each user to their own screen.
    final Anchor home = new Anchor(".", "Go to your home screen");

    ErrorPage() {
        setId("error-page");
        explanation.setId("error-explanation");
        home.setId("error-home");
        add(explanation, home);
    }
}
