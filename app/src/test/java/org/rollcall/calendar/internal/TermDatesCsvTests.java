package org.rollcall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.Term;

/** The term-date CSV: good rows become terms; a file with any bad row is refused listing every one by line. */
class TermDatesCsvTests {

    private static final Set<String> KNOWN = Set.of("201", "202");

    @Test
    void readsTermsWithAndWithoutAHalfTerm() {
        List<TermDatesCsv.Row> rows = parse("""
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                201,Autumn 2026,2026-09-03,2026-12-18,2026-10-26,2026-10-30

                201,"Spring 2027, first half only",2027-01-05,2027-02-12,,
                202,Summer 2027,2027-04-12,2027-07-21,2027-05-31,2027-06-04
                """);
        assertThat(rows).extracting(TermDatesCsv.Row::line, TermDatesCsv.Row::laCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "201"), org.assertj.core.groups.Tuple.tuple(4, "201"),
                org.assertj.core.groups.Tuple.tuple(5, "202"));
        assertThat(rows.getFirst().term()).isEqualTo(new Term("Autumn 2026", LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 12, 18), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)));
        assertThat(rows.get(1).term().name()).isEqualTo("Spring 2027, first half only");
        assertThat(rows.get(1).term().halfTermStartsOn()).isNull();
    }

    @Test
    void acceptsColumnsInAnyOrderAndCaseWithAByteOrderMarkAndWindowsLineEnds() {
        List<TermDatesCsv.Row> rows = parse("\uFEFFTERM,La_Code,ends_on,starts_on,half_term_ends_on,"
                + "half_term_starts_on\r\nAutumn 2026,201,2026-12-18,2026-09-03,,\r\n");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.laCode()).isEqualTo("201");
            assertThat(r.term().startsOn()).isEqualTo(LocalDate.of(2026, 9, 3));
        });
    }

    @Test
    void listsEveryBadRowWithItsLineNumber() {
        assertThatThrownBy(() -> parse("""
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                999,Autumn 2026,2026-09-03,2026-12-18,,
                201,Autumn 2026,2026-09-03,18/12/2026,,
                201,Backwards,2027-04-12,2027-01-05,,
                201,Half outside,2027-04-12,2027-07-21,2027-07-20,2027-07-28
                201,Half backwards,2027-09-02,2027-12-17,2027-10-29,2027-10-25
                201,Half without end,2028-01-04,2028-03-31,2028-02-14,
                ,No authority,2028-04-18,,,
                202,Autumn 2026,2026-09-03,2026-12-18,2026-10-26,2026-10-30
                202,Overlapping,2026-12-01,2027-01-10,,
                202,Inside,2026-11-01,2026-11-02,,
                """)).isInstanceOfSatisfying(CalendarInputException.class, e -> assertThat(e.problems())
                .containsExactly(
                        "line 2: no authority with LA code '999': give the three-digit LA number of an authority "
                                + "set up in Rollcall",
                        "line 3: ends_on '18/12/2026' is not a date: use YYYY-MM-DD, for example 2026-09-03",
                        "line 4: term 'Backwards' ends on 2027-01-05, before it starts on 2027-04-12: give a last "
                                + "day on or after the first",
                        "line 5: the half-term of 'Half outside' (2027-07-20 to 2027-07-28) is not inside the term "
                                + "(2027-04-12 to 2027-07-21): give half-term dates within the term",
                        "line 6: the half-term of 'Half backwards' ends on 2027-10-25, before it starts on "
                                + "2027-10-29: give a last day on or after the first",
                        "line 7: term 'Half without end' has a half-term start (2028-02-14) but no end: give both "
                                + "half-term dates, or neither for a term without a half-term",
                        "line 8: la_code is empty: give the authority's three-digit LA number, for example 201",
                        "line 8: ends_on is empty: give a date as YYYY-MM-DD, for example 2026-09-03",
                        "lines 9 and 10: terms 'Autumn 2026' (2026-09-03 to 2026-12-18) and 'Overlapping' "
                                + "(2026-12-01 to 2027-01-10) of LA 202 overlap: a day can be in one term only",
                        "lines 9 and 11: terms 'Autumn 2026' (2026-09-03 to 2026-12-18) and 'Inside' "
                                + "(2026-11-01 to 2026-11-02) of LA 202 overlap: a day can be in one term only"));
    }

    @Test
    void refusesAHeaderWithoutEveryColumn() {
        assertThatThrownBy(() -> parse("la_code,term,start,ends_on\n201,Autumn,2026-09-03,2026-12-18\n"))
                .isInstanceOf(CalendarInputException.class)
                .hasMessageStartingWith("the header has no column starts_on, half_term_starts_on, half_term_ends_on "
                        + "(it has la_code,term,start,ends_on): expected la_code,term,starts_on,ends_on,"
                        + "half_term_starts_on,half_term_ends_on");
    }

    @Test
    void refusesAnEmptyFileAFileWithoutTermsAndBrokenCsv() {
        assertThatThrownBy(() -> parse("")).hasMessageStartingWith("the file is empty");
        assertThatThrownBy(() -> parse(TermDatesCsv.HEADER + "\n")).hasMessageStartingWith("the file has no terms");
        assertThatThrownBy(() -> parse(TermDatesCsv.HEADER + "\n201,\"Autumn,2026-09-03,2026-12-18,,\n"))
                .hasMessageStartingWith("the file is not valid CSV");
    }

    private static List<TermDatesCsv.Row> parse(String csv) {
        return TermDatesCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), KNOWN);
    }
}
