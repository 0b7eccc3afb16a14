package org.rollcall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calendar.Term;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;

/**
 * The day rules on fixed dates (autumn 2026 to spring 2027): weekends, bank holidays per nation, terms and
 * half-terms, closures by session, the fallback without term dates, the next school day and possible sessions.
 */
class DayRulesTests {

    private static final AuthorityId TERMS = AuthorityId.random();
    private static final AuthorityId NO_TERMS = AuthorityId.random();
    private static final ProvisionId IN_TERMS = ProvisionId.random();
    private static final ProvisionId NO_AUTHORITY = ProvisionId.random();
    private static final ProvisionId WELSH = ProvisionId.random();
    private static final ProvisionId CLOSED_SOMETIMES = ProvisionId.random();
    private static final ProvisionId AUTHORITY_WITHOUT_TERMS = ProvisionId.random();

    private static final CalendarData DATA = new CalendarData(
            Map.of(Nation.ENGLAND, Map.of(d(2026, 12, 25), "Christmas Day", d(2026, 12, 28), "Boxing Day"),
                    // A Welsh-only day, as the nations may one day diverge.
                    Nation.WALES, Map.of(d(2026, 12, 25), "Christmas Day", d(2026, 12, 28), "Boxing Day",
                            d(2027, 3, 1), "St David’s Day")),
            Map.of(TERMS, List.of(
                    new Term("Spring 2027", d(2027, 1, 5), d(2027, 3, 26), d(2027, 2, 15), d(2027, 2, 19)),
                    new Term("Autumn 2026", d(2026, 9, 3), d(2026, 12, 18), d(2026, 10, 26), d(2026, 10, 30)))),
            Map.of(CLOSED_SOMETIMES, List.of(
                    span(d(2026, 11, 11), d(2026, 11, 11), ClosedSessions.AM),
                    span(d(2026, 11, 12), d(2026, 11, 13), ClosedSessions.BOTH),
                    span(d(2026, 11, 16), d(2026, 11, 16), ClosedSessions.PM))));

    private final MemorySnapshot calendar = MemorySnapshot.build(d(2026, 9, 1), d(2027, 4, 30), List.of(
            new ProvisionPlace(IN_TERMS, Nation.ENGLAND, TERMS),
            new ProvisionPlace(NO_AUTHORITY, Nation.ENGLAND, null),
            new ProvisionPlace(WELSH, Nation.WALES, null),
            new ProvisionPlace(CLOSED_SOMETIMES, Nation.ENGLAND, TERMS),
            new ProvisionPlace(AUTHORITY_WITHOUT_TERMS, Nation.ENGLAND, NO_TERMS)), DATA);

    @Test
    void weekendsAreClosedEverywhere() {
        for (ProvisionId p : List.of(IN_TERMS, NO_AUTHORITY, WELSH, AUTHORITY_WITHOUT_TERMS)) {
            assertThat(calendar.open(p, d(2026, 11, 28))).as("Saturday").isEqualTo(OpenSessions.NONE);
            assertThat(calendar.open(p, d(2026, 11, 29))).as("Sunday").isEqualTo(OpenSessions.NONE);
            assertThat(calendar.open(p, d(2026, 11, 27))).as("Friday").isEqualTo(OpenSessions.BOTH);
        }
    }

    @Test
    void bankHolidaysAreThoseOfTheProvisionsNation() {
        assertThat(calendar.isSchoolDay(NO_AUTHORITY, d(2026, 12, 25))).isFalse();
        assertThat(calendar.isSchoolDay(WELSH, d(2026, 12, 28))).isFalse();
        assertThat(calendar.isSchoolDay(WELSH, d(2027, 3, 1))).as("Welsh-only holiday in Wales").isFalse();
        assertThat(calendar.isSchoolDay(NO_AUTHORITY, d(2027, 3, 1))).as("not in England").isTrue();
        assertThat(DATA.base(Nation.WALES, null).closedBecause(d(2027, 3, 1)))
                .contains("bank holiday: St David’s Day");
    }

    @Test
    void termDaysAreOpenAndHalfTermsAndHolidaysBetweenTermsAreClosed() {
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 9, 3))).as("first day of term").isTrue();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 10, 23))).as("Friday before half-term").isTrue();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 10, 26))).as("half-term Monday").isFalse();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 10, 30))).as("half-term Friday").isFalse();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 11, 2))).as("back after half-term").isTrue();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 12, 18))).as("last day of term").isTrue();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 12, 21))).as("Christmas holidays").isFalse();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2027, 1, 4))).as("the day before spring term").isFalse();
        BaseCalendar base = DATA.base(Nation.ENGLAND, TERMS);
        assertThat(base.closedBecause(d(2026, 10, 27))).contains("half-term of Autumn 2026");
        assertThat(base.closedBecause(d(2026, 12, 21)))
                .contains("outside term: a school holiday in the local authority's term dates");
        assertThat(base.closedBecause(d(2026, 12, 25))).contains("bank holiday: Christmas Day");
    }

    @Test
    void withoutTermDatesEveryWeekdayThatIsNotABankHolidayIsASchoolDay() {
        for (ProvisionId p : List.of(NO_AUTHORITY, AUTHORITY_WITHOUT_TERMS)) {
            assertThat(calendar.isSchoolDay(p, d(2026, 10, 27))).as("a half-term elsewhere").isTrue();
            assertThat(calendar.isSchoolDay(p, d(2026, 12, 21))).isTrue();
            assertThat(calendar.isSchoolDay(p, d(2026, 12, 25))).isFalse();
        }
        // Past the last loaded term the same fallback applies, so calls never stop for want of next year's dates.
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2027, 4, 12))).isTrue();
        assertThat(calendar.isSchoolDay(IN_TERMS, d(2026, 9, 2))).as("before the first loaded term").isTrue();
    }

    @Test
    void closuresCloseTheirSessionsOnly() {
        assertThat(calendar.open(CLOSED_SOMETIMES, d(2026, 11, 10))).isEqualTo(OpenSessions.BOTH);
        assertThat(calendar.open(CLOSED_SOMETIMES, d(2026, 11, 11))).isEqualTo(OpenSessions.PM_ONLY);
        assertThat(calendar.open(CLOSED_SOMETIMES, d(2026, 11, 12))).isEqualTo(OpenSessions.NONE);
        assertThat(calendar.open(CLOSED_SOMETIMES, d(2026, 11, 13))).isEqualTo(OpenSessions.NONE);
        assertThat(calendar.open(CLOSED_SOMETIMES, d(2026, 11, 16))).isEqualTo(OpenSessions.AM_ONLY);
        assertThat(calendar.isSchoolDay(CLOSED_SOMETIMES, d(2026, 11, 11))).as("open in the afternoon").isTrue();
        assertThat(calendar.open(IN_TERMS, d(2026, 11, 12))).as("another provision, same authority")
                .isEqualTo(OpenSessions.BOTH);
    }

    @Test
    void theNextSchoolDaySkipsWeekendsHalfTermsHolidaysAndClosures() {
        assertThat(calendar.nextSchoolDay(IN_TERMS, d(2026, 10, 24))).contains(d(2026, 11, 2));
        assertThat(calendar.nextSchoolDay(IN_TERMS, d(2026, 12, 19))).contains(d(2027, 1, 5));
        assertThat(calendar.nextSchoolDay(IN_TERMS, d(2026, 11, 2))).as("on or after").contains(d(2026, 11, 2));
        assertThat(calendar.nextSchoolDay(CLOSED_SOMETIMES, d(2026, 11, 12))).contains(d(2026, 11, 16));
        assertThat(calendar.nextSchoolDay(IN_TERMS, d(2027, 4, 30))).as("a Friday, last day of the snapshot")
                .contains(d(2027, 4, 30));
        MemorySnapshot weekend = MemorySnapshot.build(d(2026, 11, 28), d(2026, 11, 29),
                List.of(new ProvisionPlace(IN_TERMS, Nation.ENGLAND, TERMS)), DATA);
        assertThat(weekend.nextSchoolDay(IN_TERMS, d(2026, 11, 28))).as("none within the range").isEmpty();
    }

    @Test
    void possibleSessionsCountOpenSessions() {
        // Three weeks with a half-term week between: ten school days.
        assertThat(calendar.possibleSessions(IN_TERMS, d(2026, 10, 19), d(2026, 11, 6))).isEqualTo(20);
        // Mon 2, Tue 2, Wed PM only 1, Thu and Fri closed.
        assertThat(calendar.possibleSessions(CLOSED_SOMETIMES, d(2026, 11, 9), d(2026, 11, 13))).isEqualTo(5);
        assertThat(calendar.possibleSessions(NO_AUTHORITY, d(2026, 12, 21), d(2027, 1, 1))).as("no terms: "
                + "weekdays less Christmas and Boxing Day").isEqualTo(2 * 8);
    }

    @Test
    void anUnknownProvisionIsClosedAndADayOutsideTheSnapshotIsRefused() {
        ProvisionId unknown = ProvisionId.random();
        assertThat(calendar.open(unknown, d(2026, 11, 10))).isEqualTo(OpenSessions.NONE);
        assertThat(calendar.nextSchoolDay(unknown, d(2026, 11, 10))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.open(IN_TERMS, d(2027, 5, 3)))
                .withMessage("2027-05-03 is outside this calendar snapshot (2026-09-01 to 2027-04-30): take a "
                        + "snapshot that covers it");
    }

    private static CalendarData.Span span(LocalDate first, LocalDate last, ClosedSessions sessions) {
        return new CalendarData.Span(ClosureId.random(), first, last, sessions, "Closed: INSET day");
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
