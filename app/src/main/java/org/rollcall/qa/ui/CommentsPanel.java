package org.rollcall.qa.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.rollcall.qa.ReviewRefusedException;
import org.rollcall.qa.internal.PinnedComment;
import org.rollcall.qa.internal.Reviews;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Comments pinned to moments of the recording: add one at a minute:second (or the player's position). */
class CommentsPanel extends VerticalLayout {

    final TextField at = new TextField("At (minutes:seconds)");
    final TextArea text = new TextArea("Comment");
    final Button add = new Button("Add comment");
    final Span error = new Span();

    CommentsPanel(UUID callId, Long durationMillis, Reviews reviews, String reviewer, Audio audio,
                  Runnable onAdded) {
        setPadding(false);
        add(new H3("Comments"));
        at.setPlaceholder("1:05");
        at.setValue("0:00");
        CharacterCounter.on(text, FreeText.MAX_REASON);
        error.setId("comment-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add.addClickListener(e -> {
            try {
                reviews.comment(callId, parse(at.getValue()), durationMillis, text.getValue(), reviewer);
                error.setText("");
                text.clear();
                onAdded.run();
            } catch (ReviewRefusedException ex) {
                error.setText(ex.getMessage());
            }
        });
        HorizontalLayout row = new HorizontalLayout(at);
        if (audio != null) {
            // The player's own position, read from the browser.
            row.add(new Button("Use the player's position", e -> audio.getElement()
                    .executeJs("return this.currentTime").then(Double.class, seconds -> at.setValue(
                            format(Math.round(seconds * 1000))))));
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        text.setWidthFull();
        add(row, text, add, error);
    }

    /** "1:05" or "65" (seconds) in milliseconds. */
    static long parse(String value) {
        String v = value == null ? "" : value.strip();
        try {
            if (v.contains(":")) {
                String[] parts = v.split(":", 2);
                int seconds = Integer.parseInt(parts[1].strip());
                if (seconds < 0 || seconds > 59) {
                    throw new NumberFormatException();
                }
                return (Long.parseLong(parts[0].strip()) * 60 + seconds) * 1000;
            }
            return Math.round(Double.parseDouble(v) * 1000);
        } catch (NumberFormatException e) {
            throw new ReviewRefusedException("Write the moment as minutes:seconds, for example 1:05, not \"" + v
                    + "\".");
        }
    }

    static String format(long millis) {
        return new PinnedComment(null, null, millis, "", "", null).at();
    }

    static List<TimelineItem> items(List<PinnedComment> comments) {
        return comments.stream().map(c -> new TimelineItem(c.atMillis(), TimelineItem.Kind.COMMENT, c.text() + " ("
                + c.writtenBy() + ")")).toList();
    }
}
