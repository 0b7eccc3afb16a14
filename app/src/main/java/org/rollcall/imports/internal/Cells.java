package org.rollcall.imports.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularRow;

/**
 * Reads one row's cells into values, collecting a problem per bad cell (with its line and column) instead of stopping
 * at the first, so a dry run lists everything wrong at once. A bad cell gives null.
 */
final class Cells {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final TabularRow row;
    private final List<FileProblem> problems;

    Cells(TabularRow row, List<FileProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    int line() {
        return row.line();
    }

    /** The stripped text, or null when blank. */
    String text(String column) {
        String value = row.value(column);
        return value.isEmpty() ? null : value;
    }

    String required(String column, String what) {
        String value = text(column);
        if (value == null) {
            problem(column, what + " is required");
        }
        return value;
    }

    /** Parses a non-blank cell with a value type's own parser, its message naming what is accepted. */
    <T> T parsed(String column, Function<String, T> parser) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    <T> T requiredParsed(String column, String what, Function<String, T> parser) {
        return required(column, what) == null ? null : parsed(column, parser);
    }

    /** dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd; an XLSX date cell arrives as the latter. */
    LocalDate date(String column, String what) {
        String value = required(column, what);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(UK, UK_SHORT, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted format
            }
        }
        problem(column, "'" + value + "' is not a date Rollcall reads: write it as dd/mm/yyyy (31/01/2015) or "
                + "yyyy-mm-dd (2015-01-31)");
        return null;
    }

    Boolean yesNo(String column, String what, String yes, String no) {
        String value = required(column, what);
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals(yes) || v.equals("yes") || v.equals("y") || v.equals("true")) {
            return true;
        }
        if (v.equals(no) || v.equals("no") || v.equals("n") || v.equals("false")) {
            return false;
        }
        problem(column, "'" + value + "' is not understood: write \"" + yes + "\" or \"" + no + "\"");
        return null;
    }

    /** An enum by its label or its name, ignoring case, spaces, hyphens and underscores. */
    <E extends Enum<E>> E choice(String column, String what, E[] values, Function<E, String> label,
                                 List<String> aliases) {
        String value = required(column, what);
        if (value == null) {
            return null;
        }
        String wanted = squash(value);
        for (E e : values) {
            if (squash(e.name()).equals(wanted) || squash(label.apply(e)).equals(wanted)) {
                return e;
            }
        }
        for (String alias : aliases) {
            String[] pair = alias.split("=");
            if (squash(pair[0]).equals(wanted)) {
                for (E e : values) {
                    if (e.name().equals(pair[1])) {
                        return e;
                    }
                }
            }
        }
        problem(column, "'" + value + "' is not " + what + ": write one of " + String.join(", ",
                java.util.Arrays.stream(values).map(e -> "\"" + label.apply(e) + "\"").toList()));
        return null;
    }

    DayOfWeek weekday(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (v.equals(name) || v.equals(name.substring(0, 3)) || v.equals(String.valueOf(day.getValue()))) {
                return day;
            }
        }
        problem(column, "'" + value + "' is not a school day: write Monday, Tuesday, Wednesday, Thursday or Friday");
        return null;
    }

    void problem(String column, String message) {
        problems.add(new FileProblem(row.line(), column, message));
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
