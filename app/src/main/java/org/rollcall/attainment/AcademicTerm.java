package org.rollcall.attainment;

import java.time.LocalDate;

/**
 * The academic year (1 September to 31 August, "2026/27") and term a result is recorded in: autumn from September to
 * December, spring from January to March, summer from April to August. By month, not by the authority's term dates:
 * a result is filed under the term it was heard in, and Easter moving the spring term's end by a few weeks does not
 * change which year's results they are.
 */
public record AcademicTerm(String academicYear, Term term) {

    public enum Term {
        AUTUMN("autumn term"), SPRING("spring term"), SUMMER("summer term");

        private final String label;

        Term(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AcademicTerm {
        if (academicYear == null || !academicYear.matches("[0-9]{4}/[0-9]{2}")) {
            throw new IllegalArgumentException("an academic year is written 2026/27, not " + academicYear);
        }
    }

    public static AcademicTerm of(LocalDate day) {
        int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        Term term = day.getMonthValue() >= 9 ? Term.AUTUMN : day.getMonthValue() <= 3 ? Term.SPRING : Term.SUMMER;
        return new AcademicTerm(first + "/" + String.format("%02d", (first + 1) % 100), term);
    }

    /** "autumn term 2026/27". */
    public String label() {
        return term.label() + " " + academicYear;
    }
}
