package org.rollcall.reports.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.escalation.Trigger;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/**
 * Exclusions heard in the range, oldest first, with where the exclusion letter stands (requested, overdue, received:
 * the state escalation's {@code ExclusionLetters} keeps) and when it was received.
 */
@Component
class ExclusionsReport implements ReportDefinition {

    private final FollowUps followUps;
    private final java.time.Clock clock;

    ExclusionsReport(FollowUps followUps, java.time.Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.EXCLUSIONS;
    }

    @Override
    public List<String> columns() {
        return List.of("Date", "Child", "School", "Session", "Code", "School's reason", "Letter", "Letter received");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        return followUps.forAuthority(authority.id(), range.from(), range.to()).stream()
                .filter(f -> f.trigger().equals(Trigger.EXCLUSION.label()))
                .sorted(Comparator.comparing(FollowUpView::date).thenComparing(FollowUpView::child)
                        .thenComparing(FollowUpView::id))
                .limit(limit + 1L)
                .map(f -> Arrays.<Object>asList(HumanDates.date(f.date()), f.child(), f.school(),
                        capitalised(f.session()), f.code(), f.schoolReason(), letter(f), received(f)))
                .toList();
    }

    static String letter(FollowUpView f) {
        if (f.state().equals(EscalationState.LETTER_RECEIVED.label())) {
            return "Received";
        }
        if (f.letterOverdue()) {
            return "Overdue";
        }
        if (f.state().equals(EscalationState.LETTER_REQUESTED.label())) {
            return "Requested";
        }
        return f.state().equals(EscalationState.WITHDRAWN.label()) ? "Not needed: the mark was corrected"
                : "Not requested";
    }

    private String received(FollowUpView f) {
        if (!f.state().equals(EscalationState.LETTER_RECEIVED.label()) || f.closedAt() == null) {
            return null;
        }
        return HumanDates.date(f.closedAt().atZone(clock.getZone()).toLocalDate());
    }

    static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
