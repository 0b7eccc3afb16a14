package org.rollcall.reports.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/**
 * What followed each unauthorised absence and exclusion in the range: the steps taken in order, the outcome, and
 * when it was closed (or that it is still open). Oldest first.
 */
@Component
class FollowUpOutcomesReport implements ReportDefinition {

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpOutcomesReport(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.FOLLOW_UPS;
    }

    @Override
    public List<String> columns() {
        return List.of("Date", "Child", "School", "Started by", "Code", "Carer's reason", "What followed", "Outcome",
                "Closed");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        return followUps.forAuthority(authority.id(), range.from(), range.to()).stream()
                .sorted(Comparator.comparing(FollowUpView::date).thenComparing(FollowUpView::child)
                        .thenComparing(FollowUpView::trigger))
                .limit(limit + 1L)
                .map(f -> Arrays.<Object>asList(HumanDates.date(f.date()), f.child(), f.school(), f.trigger(),
                        f.code(), f.carerReason(), steps(f), f.state(), closed(f)))
                .toList();
    }

    /** The timeline's steps in order, each once ("Carer called; Social worker emailed"). */
    private static String steps(FollowUpView f) {
        List<String> steps = f.timeline().stream().map(FollowUpView.Entry::step).distinct().toList();
        return steps.isEmpty() ? "Nothing yet" : String.join("; ", steps);
    }

    private String closed(FollowUpView f) {
        if (f.closedAt() == null) {
            return f.open() ? "Open" : "";
        }
        return HumanDates.date(f.closedAt().atZone(clock.getZone()).toLocalDate()) + " "
                + HumanDates.time(f.closedAt(), clock.getZone());
    }
}
