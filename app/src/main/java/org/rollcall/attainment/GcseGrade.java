package org.rollcall.attainment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rollcall.directory.Nation;

/**
 * A GCSE grade on the scale of the child's authority's nation: 9 (highest) to 1 and U in England, A* (highest) to G
 * and U in Wales. A grade of the other nation's scale is refused naming the scale that applies.
 */
public record GcseGrade(Nation nation, String grade) {

    static final List<String> ENGLAND = List.of("9", "8", "7", "6", "5", "4", "3", "2", "1", "U");
    static final List<String> WALES = List.of("A*", "A", "B", "C", "D", "E", "F", "G", "U");

    public GcseGrade {
        Objects.requireNonNull(nation, "nation");
        if (grade == null || grade.isBlank()) {
            throw new IllegalArgumentException("enter the grade: " + accepted(nation));
        }
        grade = grade.strip().toUpperCase(Locale.UK);
        if (!scale(nation).contains(grade)) {
            Nation other = nation == Nation.ENGLAND ? Nation.WALES : Nation.ENGLAND;
            throw new IllegalArgumentException(scale(other).contains(grade)
                    ? "'" + grade + "' is on " + other.label() + "'s GCSE scale, not " + nation.label() + "'s: "
                    + "use " + accepted(nation)
                    : "'" + grade + "' is not a GCSE grade in " + nation.label() + ": use " + accepted(nation));
        }
    }

    /** What the nation's scale accepts, in words. */
    public static String accepted(Nation nation) {
        return nation == Nation.WALES ? "A* (highest), A, B, C, D, E, F, G or U"
                : "9 (highest) to 1, or U";
    }

    private static List<String> scale(Nation nation) {
        return nation == Nation.WALES ? WALES : ENGLAND;
    }
}
