package org.rollcall.attainment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.rollcall.directory.Nation;

/**
 * What is assessed, in whose year groups and nations. The phonics check (year 1, retaken in year 2), the
 * multiplication tables check (year 4) and the key stage 2 tests (year 6) are England's; GCSEs (year 11) and termly
 * teacher assessments (any year) are both nations'.
 */
public enum Assessment {
    PHONICS("Phonics screening check", Set.of(1, 2), Set.of(Nation.ENGLAND)),
    TABLES("Multiplication tables check", Set.of(4), Set.of(Nation.ENGLAND)),
    KS2("Key stage 2 tests", Set.of(6), Set.of(Nation.ENGLAND)),
    GCSE("GCSE results", Set.of(11), Set.of(Nation.ENGLAND, Nation.WALES)),
    // Last: a child's year-specific assessment comes first, so screens can offer it as the likely one.
    TEACHER_ASSESSMENT("Teacher assessment (termly)", Set.of(), Set.of(Nation.ENGLAND, Nation.WALES));

    private final String label;
    private final Set<Integer> yearGroups;
    private final Set<Nation> nations;

    Assessment(String label, Set<Integer> yearGroups, Set<Nation> nations) {
        this.label = label;
        this.yearGroups = yearGroups;
        this.nations = nations;
    }

    /** What screens show. */
    public String label() {
        return label;
    }

    /** Whether a child of this year group (0 is Reception) whose authority is in this nation takes it. */
    public boolean fits(int yearGroup, Nation nation) {
        return nations.contains(nation) && (yearGroups.isEmpty() || yearGroups.contains(yearGroup));
    }

    /** The assessments a child takes, in the order screens offer them. */
    public static List<Assessment> fitting(int yearGroup, Nation nation) {
        return Arrays.stream(values()).filter(a -> a.fits(yearGroup, nation)).toList();
    }

    /** Its subjects or papers, in the order screens show them. */
    public List<Subject> subjects() {
        return Arrays.stream(Subject.values()).filter(s -> s.assessment() == this).toList();
    }

    /** Who takes it, for a refusal: "Key stage 2 tests is taken in year 6 in England only". */
    public String whoTakesIt() {
        String years = switch (this) {
            case PHONICS -> "year 1 (year 2 for a retake)";
            case TABLES -> "year 4";
            case KS2 -> "year 6";
            case GCSE -> "year 11";
            case TEACHER_ASSESSMENT -> "every year group";
        };
        return label + " is taken in " + years + (nations.size() == 1 ? " in England only" : "");
    }
}
