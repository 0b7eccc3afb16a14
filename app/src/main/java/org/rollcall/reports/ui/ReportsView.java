package org.rollcall.reports.ui;

import java.util.Map;

import org.rollcall.reports.ReportKind;
import org.rollcall.reports.internal.CallerReports;
import org.rollcall.statistics.DateRange;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The authority's reports, each with what it shows and a link to it over its usual range. */
@Route("reports")
@Menu(title = "Reports", order = 22, icon = "vaadin:file-table")
@RolesAllowed("AUTHORITY")
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final String title;

    public ReportsView(CallerReports reports) {
        title = "Reports for " + reports.authorityName();
        UnorderedList list = new UnorderedList();
        list.setId("report-list");
        for (ReportKind kind : ReportKind.values()) {
            DateRange range = kind.defaultRange(reports.today());
            RouterLink link = new RouterLink(kind.label(), ReportView.class, new RouteParameters("slug", kind.slug()));
            link.setQueryParameters(QueryParameters.simple(Map.of("from", range.from().toString(), "to",
                    range.to().toString())));
            Div description = new Div(ReportDescriptions.of(kind));
            description.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(new ListItem(link, description));
        }
        add(new H2(title), new Paragraph("Each report opens over its usual range (the day, the week so far or the "
                + "school year so far); choose another range on the report, and download it as CSV, Excel or PDF."),
                list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
