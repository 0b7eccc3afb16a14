package org.rollcall.extranet.ui;

import java.util.List;

import org.rollcall.charts.Chart;
import org.rollcall.charts.SvgCharts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A server-drawn chart with its table alternative (WCAG 2.2 AA): the SVG is an image with a name and description,
 * the table below it (opened with "Show the figures as a table", from the keyboard too) has the same figures.
 */
class ChartPanel extends VerticalLayout {

    final Div picture = new Div();
    final NativeTable table = new NativeTable();
    private final H3 heading = new H3();
    private final boolean columns;

    ChartPanel(String id, boolean columns) {
        this.columns = columns;
        setId(id);
        setPadding(false);
        setSpacing(false);
        picture.addClassName("rollcall-chart");
        picture.setMaxWidth("44rem");
        picture.setWidthFull();
        NativeDetails details = new NativeDetails("Show the figures as a table", table);
        add(heading, picture, details);
    }

    void show(Chart chart) {
        heading.setText(chart.title());
        // The SVG text is escaped throughout by SvgCharts (no script, no unescaped label), so it goes in as it is.
        picture.removeAll();
        picture.getElement().setProperty("innerHTML", columns ? SvgCharts.columns(chart) : SvgCharts.bars(chart));
        table.removeAll();
        table.setCaptionText(chart.title());
        table.getCaption().getStyle().set("text-align", "start");
        NativeTableRow head = table.getHead().addRow();
        start(head.addHeaderCell()).setText(chart.labelHeading());
        start(head.addHeaderCell()).setText(chart.valueHeading());
        for (List<String> row : chart.tableRows()) {
            NativeTableRow r = table.getBody().addRow();
            start(r.addHeaderCell()).setText(row.get(0));
            r.addDataCell().setText(row.get(1));
        }
    }

    /** Headings read like the rest of the table: from the start, not centred. */
    private static <T extends com.vaadin.flow.component.HasStyle> T start(T cell) {
        cell.getStyle().set("text-align", "start").set("padding-right", "var(--lumo-space-l)");
        return cell;
    }

    void unavailable(String title, String why) {
        heading.setText(title);
        picture.removeAll();
        picture.getElement().setProperty("innerHTML", "");
        picture.add(new Paragraph(why));
        table.removeAll();
    }

    /** The table's rows as text, label and figure: what a screen reader user reads instead of the picture. */
    List<List<String>> tableRows() {
        return table.getBody().getRows().stream().map(r -> r.getAllCells().stream()
                .map(c -> c.getElement().getText()).toList()).toList();
    }
}
