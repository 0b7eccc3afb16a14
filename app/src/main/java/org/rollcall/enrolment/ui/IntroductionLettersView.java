package org.rollcall.enrolment.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;

import org.rollcall.enrolment.IntroductionLetter;
import org.rollcall.enrolment.IntroductionLetters;
import org.rollcall.enrolment.LetterChannel;
import org.rollcall.enrolment.LetterStatus;
import org.rollcall.notify.PrintedLetter;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The "introduction to the service" letters written when children joined: which letter, whose, to whom, how it
 * goes and where it is. A letter to print is downloaded as its PDF, then marked printed and posted.
 */
@Route("introduction-letters")
@PageTitle(IntroductionLettersView.TITLE)
@Menu(title = IntroductionLettersView.TITLE, order = 46, icon = "vaadin:envelope-open")
@RolesAllowed("ADMIN")
public class IntroductionLettersView extends VerticalLayout {

    static final String TITLE = "Introduction letters";
    private static final int MAX_SHOWN = 500;

    final Grid<IntroductionLetter> grid = new Grid<>(IntroductionLetter.class, false);
    final Span summary = new Span();
    private final IntroductionLetters letters;
    private final String me;

    // The signed-in user from Spring Security, as the other admin screens take it.
    public IntroductionLettersView(IntroductionLetters letters, AuthenticationContext signedIn, Clock clock) {
        this.letters = letters;
        this.me = signedIn.getPrincipalName().orElse("an administrator");
        grid.setId("introduction-letters-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IntroductionLetter::letter).setHeader("Letter").setWidth("10rem");
        grid.addColumn(IntroductionLetter::childName).setHeader("Child").setWidth("7rem");
        grid.addColumn(IntroductionLetter::recipient).setHeader("To").setWidth("8rem");
        grid.addColumn(l -> l.channel() == LetterChannel.EMAIL ? "By email to " + l.email() : l.channel().label())
                .setHeader("How it goes").setWidth("8rem");
        grid.addColumn(l -> l.statusText() + (l.changedBy() == null ? "" : " (" + l.changedBy() + ")"))
                .setHeader("Status").setWidth("9rem");
        grid.addColumn(l -> HumanDates.date(l.createdAt().atZone(clock.getZone()).toLocalDate()) + " at "
                + HumanDates.time(l.createdAt(), clock.getZone())).setHeader("Created").setWidth("7rem");
        grid.addComponentColumn(this::actions).setHeader("Print and post").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(TITLE);
        grid.setAllRowsVisible(true);
        summary.setId("introduction-letters-summary");
        summary.getElement().setAttribute("role", "status");
        add(new H2(TITLE), new Paragraph("Letters introducing the service to carers, and to young people aged 16 "
                + "or over, written when a child joins. Carers with an email address get theirs by email; the others "
                + "are printed here and posted."), summary, grid);
        setWidthFull();
        refresh();
    }

    void refresh() {
        List<IntroductionLetter> shown = letters.latest(MAX_SHOWN);
        long toPrint = shown.stream().filter(l -> l.status() == LetterStatus.TO_PRINT).count();
        long toPost = shown.stream().filter(l -> l.status() == LetterStatus.PRINTED).count();
        summary.setText(shown.isEmpty() ? "No introduction letter yet." : shown.size()
                + (shown.size() == 1 ? " letter" : " letters") + ": " + toPrint + " to print, " + toPost
                + " printed and waiting to be posted.");
        grid.setItems(shown);
    }

    private HorizontalLayout actions(IntroductionLetter l) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (l.channel() != LetterChannel.PRINT) {
            actions.add(new Span("Sent with the email"));
            return actions;
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            PrintedLetter pdf = letters.pdf(l.id(), me);
            return new DownloadResponse(new ByteArrayInputStream(pdf.pdf()), pdf.fileName(), "application/pdf",
                    pdf.pdf().length);
        }), "Download PDF");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", "Download the PDF of the letter to " + l.recipient());
        actions.add(download);
        if (l.status() == LetterStatus.TO_PRINT) {
            actions.add(markButton(l, LetterStatus.PRINTED, "Mark printed"));
        } else if (l.status() == LetterStatus.PRINTED) {
            actions.add(markButton(l, LetterStatus.POSTED, "Mark posted"));
        }
        return actions;
    }

    private Button markButton(IntroductionLetter l, LetterStatus to, String text) {
        Button mark = new Button(text, e -> {
            letters.mark(l.id(), to, me);
            refresh();
        });
        mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        mark.getElement().setAttribute("aria-label", text + ": the letter to " + l.recipient());
        return mark;
    }
}
