package org.rollcall.statistics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rollcall.accounts.Accounts;
import org.rollcall.attendance.Attendance;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.statistics.Grouping;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Attendance statistics of the signed-in user's authority over a range (ADR 0037): by child, school, cohort or in
 * and out of borough, with persistent and severe absence and sessions missed by reason. The authority always comes
 * from the signed-in user, never from the address.
 */
@Route("statistics")
@Menu(title = StatisticsView.TITLE, order = 21, icon = "vaadin:chart")
@RolesAllowed("AUTHORITY")
class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "Attendance statistics";
    static final String CHILDREN = "Children";

    final H2 heading = new H2();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<String> show = new Select<>();
    final Checkbox flaggedOnly = new Checkbox("Persistent or severe absence only");
    final Paragraph problem = new Paragraph();
    final Span summary = new Span();
    final Grid<ChildStatistics> children;
    final Grid<GroupStatistics> groups;
    private final AttendanceStatistics statistics;
    private final AuthorityId authority;
    private final String authorityName;
    private final LocalDate today;
    private final Map<String, String> codes;

    StatisticsView(Accounts accounts, Directory directory, AttendanceStatistics statistics, Attendance attendance,
                   Clock clock) {
        this.statistics = statistics;
        this.authority = accounts.caller().authorityId();
        this.authorityName = directory.authority(authority).name();
        this.today = LocalDate.now(clock);
        this.codes = CodeDescriptions.of(attendance);
        DateRange year = statistics.schoolYearToDate(today);
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Locale.UK); // day/month/year, as people here write it
            picker.setMin(statistics.earliestDay(today));
        }
        from.setValue(year.from());
        to.setValue(year.to());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        from.setHelperText("First day; statistics go back to " + HumanDates.date(statistics.earliestDay(today)));
        to.setHelperText("Last day, included");
        show.setLabel("Show");
        show.setItems(CHILDREN, Grouping.SCHOOL.label(), Grouping.COHORT.label(), Grouping.BOROUGH.label());
        show.setValue(CHILDREN);
        show.addValueChangeListener(e -> refresh());
        flaggedOnly.addValueChangeListener(e -> refresh());
        heading.setId("statistics-heading");
        problem.setId("statistics-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.setId("statistics-summary");
        children = StatisticsGrids.children(codes, this::openChild);
        groups = StatisticsGrids.groups(codes);
        HorizontalLayout filters = new HorizontalLayout(from, to, show, flaggedOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(heading, filters, problem, summary, children, groups);
        setSizeFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return authorityName + " · " + TITLE;
    }

    void refresh() {
        Grouping grouping = grouping();
        flaggedOnly.setEnabled(grouping == null);
        children.setVisible(grouping == null);
        groups.setVisible(grouping != null);
        groups.getColumnByKey("group").setHeader(grouping == null ? "Group" : grouping.label());
        try {
            DateRange range = range();
            heading.setText(TITLE + " · " + authorityName + " · " + HumanDates.date(range.from()) + " to "
                    + HumanDates.date(range.to()));
            if (grouping == null) {
                List<ChildStatistics> all = statistics.children(authority, range);
                List<ChildStatistics> shown = flaggedOnly.getValue()
                        ? all.stream().filter(c -> c.sessions().flag() != AbsenceFlag.NONE).toList() : all;
                children.setItems(shown);
                long flagged = all.stream().filter(c -> c.sessions().flag() != AbsenceFlag.NONE).count();
                summary.setText(shown.size() + " of " + all.size() + (all.size() == 1 ? " child" : " children")
                        + " shown; " + flagged + " persistently or severely absent");
            } else {
                List<GroupStatistics> rows = statistics.groups(authority, range, grouping);
                groups.setItems(rows);
                summary.setText(rows.size() + (rows.size() == 1 ? " group" : " groups") + " by "
                        + grouping.label().toLowerCase(Locale.UK));
            }
            problem.setVisible(false);
        } catch (IllegalArgumentException refused) {
            heading.setText(TITLE + " · " + authorityName);
            problem.setText(refused.getMessage());
            problem.setVisible(true);
            summary.setText("");
            children.setItems(List.of());
            groups.setItems(List.of());
        }
    }

    private DateRange range() {
        if (from.getValue() == null || to.getValue() == null) {
            throw new IllegalArgumentException(from.isInvalid() || to.isInvalid()
                    ? "A date is not valid: enter it as day/month/year, for example 1/9/2026"
                    : "Give both a first and a last day (day/month/year)");
        }
        try {
            return DateRange.of(from.getValue(), to.getValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The last day (" + HumanDates.date(to.getValue()) + ") is before "
                    + "the first (" + HumanDates.date(from.getValue()) + "): choose a last day on or after the first");
        }
    }

    private Grouping grouping() {
        for (Grouping g : Grouping.values()) {
            if (g.label().equals(show.getValue())) {
                return g;
            }
        }
        return null;
    }

    private void openChild(ChildStatistics child) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(child.childName() + " · " + child.schoolName());
        dialog.setMaxWidth("min(60em, 95vw)");
        Paragraph figures = new Paragraph(child.childName() + " at " + child.schoolName() + ", "
                + HumanDates.date(child.range().from()) + " to " + HumanDates.date(child.range().to()) + ": attendance " + Figures.percent(child.sessions()) + " · " + Figures.summary(child.sessions())
                + " · sessions missed: " + Figures.missed(child.sessions(), codes));
        figures.setId("statistics-child-figures");
        dialog.add(figures);
        dialog.add(new ChildAttendanceSection(statistics, child.child(), today));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
