package org.rollcall.attainment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rollcall.attainment.Assessment;
import org.rollcall.attainment.Subject;
import org.rollcall.directory.Nation;

/** A whole entry checked at once: each refused field says why, and nothing is accepted while one is refused. */
class ResultsRulesTests {

    @Test
    void eachBadValueIsRefusedAtItsOwnFieldAndNothingIsAcceptedWhileOneIs() {
        Map<Subject, String> typed = new LinkedHashMap<>();
        typed.put(Subject.KS2_READING, "104");
        typed.put(Subject.KS2_MATHS, "121");
        typed.put(Subject.KS2_GPS, "");
        typed.put(Subject.KS2_WRITING, "GDS");
        Map<Subject, String> values = new LinkedHashMap<>();
        Map<Subject, String> problems = ResultsRules.check(Assessment.KS2, typed, Nation.ENGLAND, values);
        assertThat(problems).containsOnlyKeys(Subject.KS2_MATHS);
        assertThat(problems.get(Subject.KS2_MATHS)).contains("80 to 120");
        assertThat(values).isEmpty();

        typed.put(Subject.KS2_MATHS, "99");
        assertThat(ResultsRules.check(Assessment.KS2, typed, Nation.ENGLAND, values)).isEmpty();
        assertThat(values).containsExactly(Map.entry(Subject.KS2_READING, "104"), Map.entry(Subject.KS2_MATHS, "99"),
                Map.entry(Subject.KS2_WRITING, "GDS"));
    }

    @Test
    void thePhonicsMarkAndWhetherTheStandardWasMetGoTogether() {
        Map<Subject, String> values = new LinkedHashMap<>();
        Map<Subject, String> problems = ResultsRules.check(Assessment.PHONICS, Map.of(Subject.PHONICS_MARK, "33"),
                Nation.ENGLAND, values);
        assertThat(problems).containsOnlyKeys(Subject.PHONICS_STANDARD);
        assertThat(problems.get(Subject.PHONICS_STANDARD)).startsWith("enter this too (yes (met) or no (not met))");
        // Recorded as told: no threshold is held to second-guess the school with.
        assertThat(ResultsRules.check(Assessment.PHONICS, Map.of(Subject.PHONICS_MARK, "12",
                Subject.PHONICS_STANDARD, "yes"), Nation.ENGLAND, values)).isEmpty();
        assertThat(values).containsEntry(Subject.PHONICS_MARK, "12").containsEntry(Subject.PHONICS_STANDARD, "met");
    }

    @Test
    void aSubjectOfAnotherAssessmentIsRefused() {
        Map<Subject, String> problems = ResultsRules.check(Assessment.GCSE, Map.of(Subject.KS2_READING, "100"),
                Nation.ENGLAND, new LinkedHashMap<>());
        assertThat(problems).containsEntry(Subject.KS2_READING, "Reading (scaled score) is not part of GCSE results");
    }

    @Test
    void aWelshGradeForAChildOfAnEnglishAuthorityIsRefusedNamingTheEnglishScale() {
        Map<Subject, String> problems = ResultsRules.check(Assessment.GCSE, Map.of(Subject.GCSE_MATHS, "B",
                Subject.GCSE_HISTORY, "7"), Nation.ENGLAND, new LinkedHashMap<>());
        assertThat(problems).containsOnlyKeys(Subject.GCSE_MATHS);
        assertThat(problems.get(Subject.GCSE_MATHS)).isEqualTo("'B' is on Wales's GCSE scale, not England's: use 9 "
                + "(highest) to 1, or U");
    }
}
