package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.html.Span;

/**
 * Time in the call, counted in the browser: the server sends how long the call has run by the app clock and the page
 * counts on from there each second (no push per second; the Content-Security-Policy allows Flow's executeJs, ADR
 * 0019). Not a live region: a screen reader reads it when asked, not every second.
 */
class CallTimer extends Span {

    // $0 the span, $1 the words before the time, $2 seconds already run. Counting from performance.now(), not the
    // browser's date, so a wrong PC clock does not show a wrong time.
    private static final String COUNT = """
            const el = $0; clearInterval(el._rollcallTimer);
            const start = performance.now() - $2 * 1000;
            const show = () => { const s = Math.floor((performance.now() - start) / 1000);
              const m = Math.floor(s / 60); el.textContent = $1 + m + ':' + String(s % 60).padStart(2, '0'); };
            show(); el._rollcallTimer = setInterval(show, 1000);""";

    CallTimer() {
        setId("call-timer");
        getStyle().set("font-variant-numeric", "tabular-nums").set("font-weight", "600");
    }

    /** Counts from {@code since}: "In the call 2:13". */
    void count(String words, Instant since, Clock clock) {
        long seconds = Math.max(0, Duration.between(since, clock.instant()).toSeconds());
        setText(words + minutes(seconds));
        getElement().executeJs(COUNT, getElement(), words, seconds);
    }

    /** Stops counting and shows {@code text} (empty when there is no call). */
    void stop(String text) {
        getElement().executeJs("clearInterval($0._rollcallTimer)", getElement());
        setText(text);
    }

    static String minutes(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
