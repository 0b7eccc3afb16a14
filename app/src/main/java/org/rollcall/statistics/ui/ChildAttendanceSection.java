package org.rollcall.statistics.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.directory.ChildId;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;

/**
 * The child's attendance this school year and calendar of sessions, for the extranet's child record (ADR 0037) and
 * this module's own dialog. A named interface: the extranet adds it with one line.
 */
public class ChildAttendanceSection extends Div {

    static final String TITLE = "Attendance this school year";

    final Paragraph figures = new Paragraph();
    final SessionCalendar calendar;

    /** The section for the child; the caller has checked the child may be seen. */
    public static ChildAttendanceSection of(ChildId child) {
        var beans = VaadinService.getCurrent().getInstantiator();
        return new ChildAttendanceSection(beans.getOrCreate(AttendanceStatistics.class), child,
                LocalDate.now(beans.getOrCreate(Clock.class)));
    }

    public ChildAttendanceSection(AttendanceStatistics statistics, ChildId child, LocalDate today) {
        setId("child-attendance");
        // A region of its own that takes focus, as the record's other sections do, so it scrolls by keyboard.
        getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", TITLE);
        DateRange year = statistics.schoolYearToDate(today);
        add(new H3(TITLE));
        figures.setId("child-attendance-figures");
        figures.setText(figures(statistics, child, year));
        calendar = new SessionCalendar(statistics, child, today, statistics.earliestDay(today));
        add(figures, calendar);
    }

    private static String figures(AttendanceStatistics statistics, ChildId child, DateRange year) {
        String range = HumanDates.date(year.from()) + " to " + HumanDates.date(year.to());
        try {
            ChildStatistics c = statistics.child(child, year);
            return range + ": attendance " + Figures.percent(c.sessions()) + " · " + Figures.summary(c.sessions())
                    + " · absence flag: " + Figures.flag(c.sessions());
        } catch (IllegalArgumentException notOnRoll) {
            return range + ": not on roll at a school Rollcall calls in this time.";
        }
    }
}
