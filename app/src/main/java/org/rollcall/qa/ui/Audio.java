package org.rollcall.qa.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** The browser's own audio player: it sends Range requests, so seeking works without downloading it all. */
@Tag("audio")
class Audio extends HtmlComponent {

    Audio(String src) {
        getElement().setAttribute("controls", true);
        getElement().setAttribute("preload", "metadata");
        getElement().setAttribute("src", src);
        getElement().setAttribute("aria-label", "Call recording");
    }

    void playFrom(long millis) {
        getElement().executeJs("this.currentTime = $0; this.play();", millis / 1000.0);
    }
}
