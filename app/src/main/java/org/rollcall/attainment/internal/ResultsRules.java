package org.rollcall.attainment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rollcall.attainment.Assessment;
import org.rollcall.attainment.Subject;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Nation;

/** Checks typed results against their scales; every field's problem is found at once, so each shows at its field. */
final class ResultsRules {

    private ResultsRules() {
    }

    /**
     * Puts each accepted value, as stored, into {@code values} and returns each refused field's problem. Blank fields
     * are not recorded; the phonics mark and whether the standard was met go together.
     */
    static Map<Subject, String> check(Assessment assessment, Map<Subject, String> typed, Nation nation,
                                      Map<Subject, String> values) {
        Map<Subject, String> problems = new LinkedHashMap<>();
        typed.forEach((subject, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            if (subject.assessment() != assessment) {
                problems.put(subject, subject.label() + " is not part of " + assessment.label());
                return;
            }
            try {
                values.put(subject, subject.check(text, nation));
            } catch (IllegalArgumentException e) {
                problems.put(subject, e.getMessage());
            }
        });
        if (assessment == Assessment.PHONICS) {
            pair(typed, problems, Subject.PHONICS_MARK, Subject.PHONICS_STANDARD, nation);
            pair(typed, problems, Subject.PHONICS_STANDARD, Subject.PHONICS_MARK, nation);
        }
        if (!problems.isEmpty()) {
            values.clear();
        }
        return problems;
    }

    /** "Amy Example is in year 3 and Key stage 2 tests is taken in year 6 in England only". */
    static String notTaken(Assessment assessment, ChildRecord child, Nation nation) {
        return child.firstName() + " " + child.lastName() + " is in " + (child.yearGroup() == 0 ? "Reception"
                : "year " + child.yearGroup()) + " in " + nation.label() + ", and " + assessment.whoTakesIt();
    }

    private static void pair(Map<Subject, String> typed, Map<Subject, String> problems, Subject given,
                             Subject missing, Nation nation) {
        if (!blank(typed.get(given)) && blank(typed.get(missing))) {
            problems.putIfAbsent(missing, "enter this too (" + missing.accepted(nation) + "): the mark and whether "
                    + "the standard was met are recorded together");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
