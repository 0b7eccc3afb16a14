package org.rollcall.oversight.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rollcall.directory.ChildId;
import org.rollcall.oversight.AuditFilter;
import org.rollcall.oversight.AuditLine;
import org.rollcall.oversight.AuditRefusedException;
import org.rollcall.oversight.WhoSaw;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * Who saw which child (ADR 0033): the audit log by child (name or UPN), user and period, newest first and paged in
 * SQL, exported as CSV for a period no longer than the audit log keeps entries.
 */
@Route("who-saw")
@PageTitle(WhoSawView.TITLE)
@Menu(title = WhoSawView.TITLE, order = 48, icon = "vaadin:eye")
@RolesAllowed("ADMIN")
public class WhoSawView extends VerticalLayout {

    static final String TITLE = "Who saw which child";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    /** A child to choose, as the search lists it. */
    record ChildChoice(ChildId id, String label) {
    }

    final ComboBox<ChildChoice> child = new ComboBox<>("Child (name or UPN)");
    final TextField user = new TextField("User name");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditLine> grid = new Grid<>(AuditLine.class, false);
    final Span summary = new Span();
    final Paragraph problem = new Paragraph();
    final Button export = new Button("Export CSV");
    final Anchor download = new Anchor();
    /** The last export's bytes, for tests. */
    byte[] lastExport;
    private final WhoSaw whoSaw;
    private final ZoneId zone;

    public WhoSawView(WhoSaw whoSaw, Clock clock) {
        this.whoSaw = whoSaw;
        this.zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        child.setItems(query -> whoSaw.children(query.getFilter().orElse("")).entrySet().stream()
                .map(e -> new ChildChoice(e.getKey(), e.getValue().name()
                        + (e.getValue().upn() == null ? "" : " (UPN " + e.getValue().upn() + ")")))
                .skip(query.getOffset()).limit(query.getLimit()));
        child.setItemLabelGenerator(ChildChoice::label);
        child.setClearButtonVisible(true);
        child.setWidth("22rem");
        child.setHelperText("Type part of a name, or a whole UPN");
        user.setHelperText("The user's sign-in name, exactly");
        user.setClearButtonVisible(true);
        from.setValue(today.minusDays(30));
        to.setValue(today);
        from.setLocale(Locale.UK); // day/month/year, as people here write it
        to.setLocale(Locale.UK);
        from.setHelperText("First day");
        to.setHelperText("Last day, included");
        child.addValueChangeListener(e -> show());
        user.addValueChangeListener(e -> show());
        user.addKeyPressListener(Key.ENTER, e -> show());
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        HorizontalLayout filters = new HorizontalLayout(child, user, from, to, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("who-saw-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Fixed widths for the short columns, so the detail (a call in words, a correction's reason) gets the room.
        grid.addColumn(l -> WHEN.format(l.at().atZone(zone))).setHeader("When").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(AuditLine::who).setHeader("Who").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(AuditLine::action).setHeader("What").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(AuditLine::subject).setHeader("Whose record").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(AuditLine::detail).setHeader("Detail").setFlexGrow(1);
        grid.setPageSize(50);
        problem.setId("who-saw-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        summary.setId("who-saw-summary");
        export.addClickListener(e -> export());
        download.setVisible(false);
        download.setId("who-saw-download");
        download.getElement().setAttribute("download", true);
        add(filters, problem, summary, download, grid);
        setSizeFull();
        grid.setSizeFull();
        show();
    }

    AuditFilter filter() {
        return new AuditFilter(child.getValue() == null ? null : child.getValue().id(), user.getValue(),
                from.getValue(), to.getValue());
    }

    /** The entries for the filter, fetched a page at a time as the grid scrolls. */
    void show() {
        AuditFilter filter = filter();
        download.setVisible(false);
        try {
            long count = whoSaw.count(filter);
            problem.setVisible(false);
            summary.setText(count == 0 ? "No entries match." : count + (count == 1 ? " entry" : " entries")
                    + ", newest first");
            grid.setItems(query -> whoSaw.lines(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) Math.min(Integer.MAX_VALUE, whoSaw.count(filter)));
        } catch (AuditRefusedException ex) {
            refuse("Not shown: ", ex);
            grid.setItems(java.util.List.of());
        }
    }

    /** Builds the CSV (audited as an export) and offers it for download; a refused period says why. */
    void export() {
        AuditFilter filter = filter();
        try {
            byte[] csv = whoSaw.exportCsv(filter);
            problem.setVisible(false);
            String name = "who-saw-" + filter.from() + "-to-" + filter.to() + ".csv";
            download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(csv), name, "text/csv", csv.length)));
            download.setText("Download " + name);
            download.setVisible(true);
            lastExport = csv;
        } catch (AuditRefusedException ex) {
            refuse("Not exported: ", ex);
        }
    }

    private void refuse(String what, AuditRefusedException ex) {
        problem.setText(what + ex.getMessage());
        problem.setVisible(true);
        download.setVisible(false);
    }
}
