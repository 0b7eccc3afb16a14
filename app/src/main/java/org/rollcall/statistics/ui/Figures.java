package org.rollcall.statistics.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.SessionFigures;

/** How the screens write figures: a percentage, a flag, the sessions missed by reason, in words. */
final class Figures {

    private Figures() {
    }

    /** "71.4%", or "No possible sessions" when nothing could be counted. */
    static String percent(SessionFigures figures) {
        Double percent = figures.attendancePercent();
        return percent == null ? "No possible sessions" : String.format(java.util.Locale.UK, "%.1f%%", percent);
    }

    /** "None" for no flag, else the flag's label. */
    static String flag(SessionFigures figures) {
        AbsenceFlag flag = figures.flag();
        return flag == AbsenceFlag.NONE ? "None" : flag.label();
    }

    /** "Illness (I) 3 · Other or unknown reason (O) 1", most first; "None" when no session was missed. */
    static String missed(SessionFigures figures, Map<String, String> descriptions) {
        if (figures.missedByCode().isEmpty()) {
            return "None";
        }
        return figures.missedByCode().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .map(e -> descriptions.getOrDefault(e.getKey(), "Code") + " (" + e.getKey() + ") " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    /** "7 possible sessions, 5 attended, 1 authorised absence, 1 unauthorised absence, 1 not yet marked". */
    static String summary(SessionFigures figures) {
        var c = figures.counts();
        return plural(c.possible(), "possible session") + ", " + c.attended() + " attended, "
                + plural(c.authorisedAbsent(), "authorised absence") + ", "
                + plural(c.unauthorisedAbsent(), "unauthorised absence") + ", " + figures.unrecorded()
                + " not yet marked";
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
