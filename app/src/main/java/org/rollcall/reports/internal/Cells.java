package org.rollcall.reports.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.rollcall.platform.ui.HumanDates;

/**
 * How a cell reads in CSV, PDF and on screen: whole numbers as they are, other numbers to one decimal place, empty
 * cells empty. XLSX keeps numbers as numbers with the same value, so every format shows the same figures.
 */
public final class Cells {

    private Cells() {
    }

    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Integer || cell instanceof Long) {
            return cell.toString();
        }
        if (cell instanceof Number n) {
            return String.format(Locale.ROOT, "%.1f", n.doubleValue());
        }
        if (cell instanceof LocalDate d) {
            return HumanDates.date(d);
        }
        return cell.toString();
    }

    /** "2 December 2026" for a day, "1 September 2026 to 2 December 2026" for a longer range. */
    static String range(org.rollcall.statistics.DateRange range) {
        return range.days() == 1 ? HumanDates.date(range.from())
                : HumanDates.date(range.from()) + " to " + HumanDates.date(range.to());
    }
}
