package org.rollcall.qa.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The recording as a bar with a tick per mark, challenge, change and comment at its moment, and the same items as a
 * list (keyboard and screen readers use the list; the bar is a picture of it). Clicking either jumps the player.
 */
class ReviewTimeline extends VerticalLayout {

    final List<TimelineItem> items;
    final UnorderedList list = new UnorderedList();

    ReviewTimeline(List<TimelineItem> unsorted, Long durationMillis, LongConsumer jump) {
        setPadding(false);
        setSpacing(false);
        items = unsorted.stream().sorted(Comparator.comparing(TimelineItem::offsetMillis,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        add(new H3("Timeline"));
        if (durationMillis != null && durationMillis > 0) {
            Div bar = new Div();
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("position", "relative").set("height", "1.5rem").set("width", "100%")
                    .set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
            for (TimelineItem item : items) {
                if (item.offsetMillis() == null) {
                    continue;
                }
                Div tick = new Div();
                double left = Math.min(100.0, 100.0 * item.offsetMillis() / durationMillis);
                tick.getStyle().set("position", "absolute").set("left", "calc(" + left + "% - 3px)").set("top", "0")
                        .set("width", "6px").set("height", "100%").set("cursor", "pointer")
                        .set("background", colour(item.kind()));
                tick.setTitle(item.at() + " · " + item.kind().label + " · " + item.text());
                tick.addClickListener(e -> jump.accept(item.offsetMillis()));
                bar.add(tick);
            }
            add(bar);
        }
        list.getStyle().set("margin", "var(--lumo-space-s) 0");
        for (TimelineItem item : items) {
            ListItem line = new ListItem();
            if (item.offsetMillis() != null && durationMillis != null) {
                Button at = new Button(item.at(), e -> jump.accept(item.offsetMillis()));
                at.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                at.setAriaLabel("Play from " + item.at() + ": " + item.kind().label);
                line.add(at);
            } else {
                line.add(new Span(item.at()));
            }
            Span kind = new Span(" · " + item.kind().label + " · ");
            kind.getStyle().set("color", colour(item.kind())).set("font-weight", "600");
            line.add(kind, new Span(item.text()));
            list.add(line);
        }
        if (items.isEmpty()) {
            add(new Span("Nothing was recorded on this call."));
        }
        add(list);
    }

    private static String colour(TimelineItem.Kind kind) {
        return switch (kind) {
            case MARK -> "var(--lumo-primary-color)";
            case CHALLENGE -> "var(--lumo-warning-text-color, #8a5300)";
            case CHANGE -> "var(--lumo-success-text-color)";
            case CORRECTION, SCHOOL_MARK_DIFFERS -> "var(--lumo-error-text-color)";
            case COMMENT -> "var(--lumo-contrast-70pct)";
        };
    }
}
