package org.rollcall.extranet;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.MonitoredPlacement;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.Trigger;
import org.rollcall.extranet.DayDashboard.ChildLine;
import org.rollcall.extranet.DayDashboard.FollowUpLine;

/** The dashboard's words: windows, marks, categories, sessions and letter states as people read them. */
final class DashboardLines {

    private DashboardLines() {
    }

    static ChildLine child(MonitoredPlacement p, String note) {
        var child = p.monitored().child();
        return new ChildLine(child.id().toString(), child.fullName(), child.upn() == null ? null
                : child.upn().value(), p.provisionName(), window(p), note);
    }

    /** "09:30–10:30", "08:45–09:15 and 13:30–14:00" (twice a day), "Weekly call on Fridays, 13:30–14:00". */
    static String window(MonitoredPlacement p) {
        CallWindow afternoon = p.afternoon();
        if (afternoon == null) {
            return "No call window yet (the school is being introduced to the service)";
        }
        String times = times(afternoon);
        CallFrequency frequency = p.monitored().frequency();
        if (frequency == CallFrequency.TWICE_DAILY && p.morning() != null) {
            return times(p.morning()) + " and " + times;
        }
        if (frequency == CallFrequency.WEEKLY) {
            DayOfWeek weekly = p.weeklyDay();
            return weekly == null ? "Weekly call, " + times
                    : "Weekly call on " + weekly.getDisplayName(TextStyle.FULL, Locale.UK) + "s, " + times;
        }
        return times;
    }

    private static String times(CallWindow w) {
        return w.opensAt() + "–" + w.closesAt();
    }

    /** "Morning: / present; afternoon: I illness". */
    static String marks(List<Mark> marks) {
        return String.join("; ", marks.stream().sorted(Comparator.comparing(Mark::session))
                .map(m -> session(m.session()) + " " + m.code() + " (" + m.category().label().toLowerCase(Locale.UK)
                        + ")").toList());
    }

    static String session(Session session) {
        return session == Session.AM ? "Morning" : "Afternoon";
    }

    static FollowUpLine followUp(FollowUpView f) {
        String session = f.session() == null ? null
                : f.session().substring(0, 1).toUpperCase(Locale.UK) + f.session().substring(1);
        return new FollowUpLine(f.childId(), f.child(), f.school(), f.date(), session, f.trigger(), f.code(),
                f.state(), f.trigger().equals(Trigger.EXCLUSION.label()) ? letter(f) : null);
    }

    /** The exclusion letter's state (escalation.ExclusionLetters keeps the letter; the follow-up says where it is). */
    static String letter(FollowUpView f) {
        if (f.state().equals(EscalationState.LETTER_RECEIVED.label())) {
            return "Letter received";
        }
        if (f.letterOverdue()) {
            return "Letter overdue";
        }
        if (f.state().equals(EscalationState.LETTER_REQUESTED.label())) {
            return "Letter requested from the school";
        }
        return f.state().equals(EscalationState.WITHDRAWN.label()) ? "Not needed: the mark was corrected"
                : "Not requested yet";
    }
}
