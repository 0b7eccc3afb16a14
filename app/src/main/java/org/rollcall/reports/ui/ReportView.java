package org.rollcall.reports.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ExportFormat;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.reports.ReportsProperties;
import org.rollcall.reports.internal.Cells;
import org.rollcall.reports.internal.CallerReports;
import org.rollcall.statistics.DateRange;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * One report of the caller's own authority over a range from the address ({@code ?from=&to=}, the report's usual
 * range when left out): the range pickers, the table, and CSV, Excel and PDF downloads that run it again for the
 * caller (audited). Unknown reports, unreadable dates and refused ranges are said plainly where the table would be.
 */
@Route("reports/:slug")
@RolesAllowed("AUTHORITY")
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int ALL_ROWS_VISIBLE = 60;

    private final CallerReports reports;
    private final ReportsProperties properties;
    final H2 heading = new H2();
    final Paragraph problem = new Paragraph();
    final Paragraph produced = new Paragraph();
    final DatePicker from = new DatePicker("First day");
    final DatePicker to = new DatePicker("Last day");
    final Button show = new Button("Show report");
    final HorizontalLayout downloads = new HorizontalLayout();
    final Grid<List<Object>> grid = new Grid<>();
    private ReportKind kind;
    private String title;

    public ReportView(CallerReports reports, ReportsProperties properties) {
        this.reports = reports;
        this.properties = properties;
        title = "Reports for " + reports.authorityName();
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        produced.setId("report-produced");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(Locale.UK);
            picker.setMin(reports.earliest());
            picker.setMax(reports.today());
            picker.setHelperText("Back to " + HumanDates.date(reports.earliest()));
        }
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> navigate());
        HorizontalLayout range = new HorizontalLayout(from, to, show);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        range.setId("report-range");
        downloads.setId("report-downloads");
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // The grid sends the browser only the rows in view, so a long report stays light on the page.
        grid.setPageSize(50);
        add(new RouterLink("All reports", ReportsView.class), heading, problem, range, produced, downloads, grid);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<ReportKind> found = ReportKind.bySlug(slug);
        if (found.isEmpty()) {
            heading.setText(title);
            refuse("There is no report called '" + slug + "'. Choose one from the list of all reports.");
            setRangeVisible(false);
            return;
        }
        kind = found.get();
        DateRange usual = kind.defaultRange(reports.today());
        QueryParameters query = event.getLocation().getQueryParameters();
        heading.setText(kind.label() + " — " + reports.authorityName());
        try {
            LocalDate first = date(query, "from", usual.from());
            LocalDate last = date(query, "to", usual.to());
            from.setValue(first);
            to.setValue(last);
            DateRange range = DateRange.of(first, last);
            show(reports.run(kind, range));
        } catch (IllegalArgumentException refused) {
            refuse("Not shown: " + refused.getMessage() + ".");
        }
    }

    private static LocalDate date(QueryParameters query, String name, LocalDate otherwise) {
        Optional<String> text = query.getSingleParameter(name);
        if (text.isEmpty() || text.get().isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.get().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.get() + "' is not a date: give the " + (name.equals("from")
                    ? "first" : "last") + " day as year-month-day, for example " + otherwise);
        }
    }

    private void show(ReportTable table) {
        title = table.title();
        heading.setText(table.title());
        problem.setVisible(false);
        produced.setText((table.rows().isEmpty() ? "Nothing to report for this range. " : table.rows().size()
                + (table.rows().size() == 1 ? " row. " : " rows. ")) + "Produced "
                + HumanDates.date(table.producedAt().atZone(reports.zone()).toLocalDate())
                + " at " + HumanDates.time(table.producedAt(), reports.zone()) + ".");
        grid.removeAllColumns();
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            var added = grid.addColumn(row -> Cells.text(row.get(column))).setResizable(true);
            if (!table.rows().isEmpty() && table.rows().getFirst().get(c) instanceof Number) {
                // Figures take little room: a narrow column whose heading wraps ("Possible / sessions").
                Span header = new Span(table.columns().get(c));
                header.getStyle().set("white-space", "normal");
                added.setHeader(header).setWidth("7.5rem").setFlexGrow(0)
                        .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            } else {
                added.setHeader(table.columns().get(c)).setAutoWidth(true);
            }
        }
        // A short report is shown whole; a long one scrolls inside the grid, which loads rows as they come into view.
        grid.setAllRowsVisible(table.rows().size() <= ALL_ROWS_VISIBLE);
        if (table.rows().size() > ALL_ROWS_VISIBLE) {
            grid.setHeight("70vh");
        }
        grid.setAriaLabel(table.title());
        grid.setItems(table.rows());
        grid.setVisible(true);
        downloads.removeAll();
        for (ExportFormat format : ExportFormat.values()) {
            downloads.add(download(table, format));
        }
        downloads.setVisible(true);
    }

    private com.vaadin.flow.component.Component download(ReportTable table, ExportFormat format) {
        if (format == ExportFormat.PDF && table.rows().size() > properties.pdfMaxRows()) {
            Paragraph tooLong = new Paragraph("No PDF: " + table.rows().size() + " rows are more than a PDF holds ("
                    + properties.pdfMaxRows() + "); download CSV or Excel, or choose a shorter range.");
            tooLong.setId("report-no-pdf");
            return tooLong;
        }
        DateRange range = table.range();
        ReportKind report = table.kind();
        String name = CallerReports.fileName(report, range, format);
        // Runs the report again for the caller when the file is asked for: the download is audited as an export.
        DownloadHandler stream = event -> {
            event.setFileName(name);
            event.setContentType(format.mediaType());
            try (java.io.OutputStream out = event.getOutputStream()) {
                reports.export(report, range, format, out);
            }
        };
        Anchor anchor = new Anchor(stream, "Download " + format.label());
        anchor.setText("Download " + format.label());
        anchor.getElement().setAttribute("download", true);
        anchor.setId("report-download-" + format.extension());
        anchor.getElement().setAttribute("aria-label", "Download " + table.kind().label() + " as " + format.label());
        return anchor;
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
        produced.setText("");
        grid.setVisible(false);
        downloads.setVisible(false);
    }

    private void setRangeVisible(boolean visible) {
        from.setVisible(visible);
        to.setVisible(visible);
        show.setVisible(visible);
    }

    private void navigate() {
        if (from.getValue() == null || to.getValue() == null) {
            refuse("Choose both a first and a last day.");
            return;
        }
        UI.getCurrent().navigate("reports/" + kind.slug(), QueryParameters.simple(Map.of("from",
                from.getValue().toString(), "to", to.getValue().toString())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
