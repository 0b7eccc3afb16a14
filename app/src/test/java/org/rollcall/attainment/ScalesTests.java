package org.rollcall.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.directory.Nation;

/** Every scale at and just beyond its edges, blank, and the other nation's GCSE grades. */
class ScalesTests {

    @Test
    void ks2ScaledScoresRunFrom80To120() {
        assertThat(ScaledScore.parse("80").value()).isEqualTo(80);
        assertThat(ScaledScore.parse(" 120 ").value()).isEqualTo(120);
        assertThatIllegalArgumentException().isThrownBy(() -> ScaledScore.parse("79"))
                .withMessage("79 is not a KS2 scaled score: use a whole number from 80 to 120");
        assertThatIllegalArgumentException().isThrownBy(() -> ScaledScore.parse("121"))
                .withMessage("121 is not a KS2 scaled score: use a whole number from 80 to 120");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScaledScore(121)).withMessageContaining("80 to 120");
        assertThatIllegalArgumentException().isThrownBy(() -> ScaledScore.parse("104.5"))
                .withMessage("'104.5' is not a KS2 scaled score: use a whole number from 80 to 120");
        assertThatIllegalArgumentException().isThrownBy(() -> ScaledScore.parse(" "))
                .withMessage("enter the KS2 scaled score: a whole number from 80 to 120");
        assertThatIllegalArgumentException().isThrownBy(() -> ScaledScore.parse("-90"))
                .withMessageContaining("use a whole number from 80 to 120");
    }

    @Test
    void theMultiplicationTablesCheckRunsFrom0To25() {
        assertThat(TablesCheckScore.parse("0").value()).isZero();
        assertThat(TablesCheckScore.parse("25").value()).isEqualTo(25);
        assertThatIllegalArgumentException().isThrownBy(() -> TablesCheckScore.parse("26"))
                .withMessage("26 is not a multiplication tables check score: use a whole number from 0 to 25");
        assertThatIllegalArgumentException().isThrownBy(() -> TablesCheckScore.parse(""))
                .withMessage("enter the multiplication tables check score: a whole number from 0 to 25");
        assertThatIllegalArgumentException().isThrownBy(() -> TablesCheckScore.parse("twenty"))
                .withMessageContaining("a whole number from 0 to 25");
    }

    @Test
    void thePhonicsCheckMarkRunsFrom0To40AndTheStandardIsYesOrNo() {
        assertThat(PhonicsMark.parse("0").value()).isZero();
        assertThat(PhonicsMark.parse("40").value()).isEqualTo(40);
        assertThatIllegalArgumentException().isThrownBy(() -> PhonicsMark.parse("41"))
                .withMessage("41 is not a phonics check mark: use a whole number from 0 to 40");
        assertThatIllegalArgumentException().isThrownBy(() -> PhonicsMark.parse(null))
                .withMessageContaining("0 to 40");
        assertThat(StandardMet.parse("Yes").met()).isTrue();
        assertThat(StandardMet.parse("wa").met()).isTrue();
        assertThat(StandardMet.parse("not met").met()).isFalse();
        assertThat(StandardMet.parse("N").label()).isEqualTo("not met");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardMet.parse("maybe"))
                .withMessage("'maybe' does not say whether the standard was met: use yes (met) or no (not met)");
        assertThatIllegalArgumentException().isThrownBy(() -> StandardMet.parse(""))
                .withMessageContaining("yes (met) or no (not met)");
    }

    @Test
    void teacherAssessmentsAreWorkingTowardsExpectedOrGreaterDepth() {
        assertThat(Standard.parse("wts")).isEqualTo(Standard.WORKING_TOWARDS);
        assertThat(Standard.parse("Expected")).isEqualTo(Standard.EXPECTED);
        assertThat(Standard.parse("greater depth")).isEqualTo(Standard.GREATER_DEPTH);
        assertThat(Standard.parse("Working at the expected standard")).isEqualTo(Standard.EXPECTED);
        assertThatIllegalArgumentException().isThrownBy(() -> Standard.parse("PK6"))
                .withMessage("'PK6' is a pre-key stage or 'has not met' code, which Rollcall does not record: use "
                        + "WTS (working towards), EXS (expected) or GDS (greater depth)");
        assertThatIllegalArgumentException().isThrownBy(() -> Standard.parse("excellent"))
                .withMessage("'excellent' is not a teacher assessment: use WTS (working towards), EXS (expected) "
                        + "or GDS (greater depth)");
        assertThatIllegalArgumentException().isThrownBy(() -> Standard.parse("  "))
                .withMessageContaining("WTS (working towards)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "1", "u", "4"})
    void gcseGradesInEnglandAre9To1AndU(String grade) {
        assertThat(new GcseGrade(Nation.ENGLAND, grade).grade()).isEqualTo(grade.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A*", "a*", "A", "G", "U"})
    void gcseGradesInWalesAreAStarToGAndU(String grade) {
        assertThat(new GcseGrade(Nation.WALES, grade).grade()).isEqualTo(grade.toUpperCase());
    }

    @Test
    void aGradeOfTheOtherNationIsRefusedNamingTheScaleThatApplies() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GcseGrade(Nation.ENGLAND, "A*"))
                .withMessage("'A*' is on Wales's GCSE scale, not England's: use 9 (highest) to 1, or U");
        assertThatIllegalArgumentException().isThrownBy(() -> new GcseGrade(Nation.WALES, "9"))
                .withMessage("'9' is on England's GCSE scale, not Wales's: use A* (highest), A, B, C, D, E, F, G "
                        + "or U");
        assertThatIllegalArgumentException().isThrownBy(() -> new GcseGrade(Nation.ENGLAND, "10"))
                .withMessage("'10' is not a GCSE grade in England: use 9 (highest) to 1, or U");
        assertThatIllegalArgumentException().isThrownBy(() -> new GcseGrade(Nation.WALES, "10"))
                .withMessage("'10' is not a GCSE grade in Wales: use A* (highest), A, B, C, D, E, F, G or U");
        assertThatIllegalArgumentException().isThrownBy(() -> new GcseGrade(Nation.ENGLAND, "0"))
                .withMessageContaining("9 (highest) to 1, or U");
        assertThatIllegalArgumentException().isThrownBy(() -> new GcseGrade(Nation.ENGLAND, ""))
                .withMessage("enter the grade: 9 (highest) to 1, or U");
    }

    @Test
    void eachSubjectChecksAgainstItsOwnScaleAndShowsItsValueInWords() {
        assertThat(Subject.KS2_READING.check("104", Nation.ENGLAND)).isEqualTo("104");
        assertThat(Subject.KS2_WRITING.check("expected", Nation.ENGLAND)).isEqualTo("EXS");
        assertThat(Subject.KS2_WRITING.show("EXS")).isEqualTo("Working at the expected standard (EXS)");
        assertThat(Subject.PHONICS_MARK.show("32")).isEqualTo("32 out of 40");
        assertThat(Subject.GCSE_MATHS.check("a*", Nation.WALES)).isEqualTo("A*");
        assertThat(Subject.GCSE_MATHS.accepted(Nation.ENGLAND)).isEqualTo("9 (highest) to 1, or U");
        assertThatIllegalArgumentException().isThrownBy(() -> Subject.KS2_MATHS.check("121", Nation.ENGLAND))
                .withMessageContaining("80 to 120");
    }

    @Test
    void assessmentsFitTheChildsYearGroupAndNation() {
        assertThat(Assessment.fitting(1, Nation.ENGLAND)).containsExactly(Assessment.PHONICS,
                Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.fitting(2, Nation.ENGLAND)).containsExactly(Assessment.PHONICS,
                Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.fitting(4, Nation.ENGLAND)).containsExactly(Assessment.TABLES,
                Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.fitting(6, Nation.ENGLAND)).containsExactly(Assessment.KS2,
                Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.fitting(6, Nation.WALES)).containsExactly(Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.fitting(11, Nation.WALES)).containsExactly(Assessment.GCSE,
                Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.fitting(3, Nation.ENGLAND)).containsExactly(Assessment.TEACHER_ASSESSMENT);
        assertThat(Assessment.GCSE.subjects()).contains(Subject.GCSE_MATHS).doesNotContain(Subject.KS2_MATHS);
    }

    @Test
    void resultsAreFiledUnderTheAcademicYearAndTermTheyAreHeardIn() {
        assertThat(AcademicTerm.of(LocalDate.of(2026, 12, 2)).label()).isEqualTo("autumn term 2026/27");
        assertThat(AcademicTerm.of(LocalDate.of(2026, 9, 1)).label()).isEqualTo("autumn term 2026/27");
        assertThat(AcademicTerm.of(LocalDate.of(2026, 8, 31)).label()).isEqualTo("summer term 2025/26");
        assertThat(AcademicTerm.of(LocalDate.of(2027, 3, 31)).label()).isEqualTo("spring term 2026/27");
        assertThat(AcademicTerm.of(LocalDate.of(2099, 4, 1)).label()).isEqualTo("summer term 2098/99");
        assertThat(AcademicTerm.of(LocalDate.of(2099, 9, 1)).academicYear()).isEqualTo("2099/00");
    }
}
