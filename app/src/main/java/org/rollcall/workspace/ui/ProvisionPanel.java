package org.rollcall.workspace.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rollcall.attendance.CodeSet;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.ProvisionCard;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.workspace.SaidScript;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The screen-pop: who to ask for, the password to give, when they asked to be called. */
class ProvisionPanel extends VerticalLayout {

    private static final java.time.format.DateTimeFormatter HH_MM = java.time.format.DateTimeFormatter.ofPattern(
            "HH:mm");

    /** What is still owed by or to this school, one line each; filled by {@link #outstanding}. */
    final UnorderedList outstandingItems = new UnorderedList();
    private final Div outstanding = new Div(new Span("Outstanding for this school:"), outstandingItems);

    ProvisionPanel(ProvisionCard card, CallSummary call, List<ChildToCollect> children,
                   List<String> lettersOutstanding, CodeSet codes, SaidScript script) {
        setPadding(false);
        setSpacing(false);
        setId("provision-card");
        add(new H2(card.name()));
        Span collect = line(call.purpose().label() + (call.collectFrom() == null ? "" : " with the weekly catch-up"),
                collecting(call, children));
        collect.setId("call-collects");
        collect.getStyle().set("font-weight", "600");
        add(collect);
        add(line("URN", card.urn() == null ? "none" : card.urn().value()));
        add(line("Type", card.type().label()));
        Span nation = line("Nation", card.nation().label() + " · " + codes.label());
        nation.setId("provision-nation");
        nation.getStyle().set("font-weight", "600");
        add(nation);
        add(line("Phone", card.phone().spoken()));
        add(line("Ask for", card.contactName()));
        Span password = line("Password", card.password() == null ? "none set" : card.password());
        password.setId("provision-password");
        add(password);
        add(line(card.windows().size() == 1 ? "Call window" : "Call windows", card.windows().stream()
                .map(w -> (card.windows().size() == 1 ? "" : w.part().label().toLowerCase(Locale.UK) + " ")
                        + HH_MM.format(w.opensAt()) + "–" + HH_MM.format(w.closesAt()))
                .collect(Collectors.joining(", "))));
        add(script(script));
        outstanding.setId("outstanding");
        outstanding.getStyle().set("font-weight", "600");
        outstanding.setVisible(false);
        add(outstanding);
        if (!lettersOutstanding.isEmpty()) {
            // Asked for by email when the exclusion was recorded; the operator asks again until it arrives.
            ListItem letters = new ListItem("Exclusion letter outstanding: " + String.join("; ", lettersOutstanding)
                    + ": ask the school to send a copy");
            letters.setId("letters-outstanding");
            outstandingItems.add(letters);
            outstanding.setVisible(true);
        }
        ChallengesOutstanding.addTo(this, card.id());
        ContactsOutstanding.addTo(this, children);
        TimetablesOutstanding.addTo(this, card.id(), call); // AP timetables not known on an earlier call
        BackdatesOutstanding.addTo(this, card.id(), call.id().value(), call.operatorName()); // ADR 0029
        ApAbsencesOutstanding.addTo(this, card.id(), call); // absences at an AP to correct (ADR 0028)
    }

    /** The authority's script, filled in: greeting, who we call for, the recording notice, then the questions. */
    private static Div script(SaidScript script) {
        Div said = new Div();
        said.setId("call-script");
        said.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("padding-left", "var(--lumo-space-s)").set("margin-block", "var(--lumo-space-s)");
        for (String line : List.of(script.greeting(), script.callingFor())) {
            if (!line.isBlank()) {
                said.add(line("Say", "\u201c" + line + "\u201d"));
            }
        }
        Span notice = line("Say", "\u201c" + script.recordingNotice() + "\u201d");
        notice.setId("recording-notice");
        notice.getStyle().set("font-weight", "600");
        said.add(notice);
        if (!script.questions().isEmpty()) {
            said.add(new Span("Ask:"));
            UnorderedList questions = new UnorderedList();
            script.questions().forEach(q -> questions.add(new ListItem(q)));
            said.add(questions);
        }
        return said;
    }

    /**
     * More that is outstanding for this school, one line each in words ("Challenge to confirm: Ali Khan's G on
     * Monday 30 November"): for the challenges and changes the school still owes an answer to. Nothing shows while
     * the list is empty.
     */
    void outstanding(List<String> items) {
        items.forEach(item -> outstandingItems.add(new ListItem(item)));
        outstanding.setVisible(outstandingItems.getComponentCount() > 0);
    }

    /**
     * "ask for AM and PM of Monday 30 November (2 children)", and for a weekly call "every school day from Tuesday 24
     * November (1 child)" for the children collected weekly.
     */
    static String collecting(CallSummary call, List<ChildToCollect> children) {
        List<String> parts = new ArrayList<>();
        List<ChildToCollect> today = children.stream().filter(c -> c.slots().stream()
                .allMatch(s -> s.date().equals(call.date()))).toList();
        if (!today.isEmpty()) {
            String sessions = today.stream().flatMap(c -> c.slots().stream()).map(s -> s.part().name()).distinct()
                    .sorted().collect(Collectors.joining(" and "));
            parts.add(sessions + " of " + HumanDates.day(call.date()) + count(today.size()));
        }
        List<ChildToCollect> week = children.stream().filter(c -> !today.contains(c)).toList();
        if (!week.isEmpty()) {
            LocalDate first = week.stream().flatMap(c -> c.slots().stream()).map(SessionSlot::date)
                    .min(LocalDate::compareTo).orElseThrow();
            parts.add("AM and PM of every school day from " + HumanDates.day(first) + count(week.size()));
        }
        return parts.isEmpty() ? "nothing: the school is closed for its sessions, or no monitored child is expected "
                + "here" : "ask for " + String.join("; ", parts);
    }

    private static String count(int children) {
        return " (" + children + (children == 1 ? " child)" : " children)");
    }

    private static Span line(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.getElement().getStyle().set("display", "block");
        return span;
    }
}
