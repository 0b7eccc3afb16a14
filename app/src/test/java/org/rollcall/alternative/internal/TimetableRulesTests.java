package org.rollcall.alternative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rollcall.alternative.CaptureField;
import org.rollcall.alternative.NewAlternative;
import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.TimetabledSession;

/** The timetable's and a new provision's rules on plain values: each problem under its own field, in words. */
class TimetableRulesTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Set<DayOfWeek> MON_TO_THU = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    private static final ProvisionMatch BRIDGE = new ProvisionMatch(ProvisionId.random(), "Bridge Skills Centre",
            "Leeds", null, ProvisionType.ALTERNATIVE_PROVISION, MON_TO_THU);

    @Test
    void sessionsOnTheDaysTheProvisionIsOpenFromTheDayOfTheMarkAreAccepted() {
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM), s(DayOfWeek.THURSDAY,
                HalfDay.PM)), false, MONDAY, MONDAY.plusWeeks(6), List.of()))).isEmpty();
        assertThat(TimetableRules.check(facts(Set.of(), true, MONDAY, null, List.of()))).isEmpty();
    }

    @Test
    void aSessionOnADayTheProvisionIsClosedIsRefusedNamingItsOpenDays() {
        Map<CaptureField, String> problems = TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM),
                s(DayOfWeek.FRIDAY, HalfDay.PM)), false, MONDAY, null, List.of()));
        assertThat(problems).containsOnlyKeys(CaptureField.SESSIONS);
        assertThat(problems.get(CaptureField.SESSIONS)).isEqualTo("Bridge Skills Centre is open Monday to Thursday: "
                + "Friday afternoon is not possible");
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.FRIDAY, HalfDay.AM), s(DayOfWeek.FRIDAY,
                HalfDay.PM)), false, MONDAY, null, List.of())).get(CaptureField.SESSIONS))
                .endsWith("Friday morning and Friday afternoon are not possible");
    }

    @Test
    void openDaysAreSaidAsPeopleSayThem() {
        assertThat(TimetableRules.openDays(MON_TO_THU)).isEqualTo("Monday to Thursday");
        assertThat(TimetableRules.openDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)))
                .isEqualTo("Monday, Wednesday and Friday");
        assertThat(TimetableRules.openDays(EnumSet.of(DayOfWeek.TUESDAY))).isEqualTo("on Tuesday only");
    }

    @Test
    void neitherSessionsNorNotKnownOrBothIsRefused() {
        assertThat(TimetableRules.check(facts(Set.of(), false, MONDAY, null, List.of())).get(CaptureField.SESSIONS))
                .startsWith("tick the sessions Ella Evans attends there").contains("Timetable not known");
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), true, MONDAY, null,
                List.of())).get(CaptureField.SESSIONS)).contains("not both");
    }

    @Test
    void aFromDateBeforeTheOnRollPlacementOrAToDateBeforeTheFromDateIsRefusedBesideItsField() {
        Map<CaptureField, String> early = TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), false,
                LocalDate.of(2026, 8, 31), null, List.of()));
        assertThat(early).containsOnlyKeys(CaptureField.FROM);
        assertThat(early.get(CaptureField.FROM)).isEqualTo("Ella Evans has been on roll at Oakfield School since "
                + "Tuesday 1 September 2026: give a from date on or after that");
        Map<CaptureField, String> backwards = TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)),
                false, MONDAY, MONDAY.minusDays(1), List.of()));
        assertThat(backwards).containsOnlyKeys(CaptureField.TO);
        assertThat(backwards.get(CaptureField.TO)).contains("Sunday 29 November 2026 is before the from date "
                + "Monday 30 November 2026", "leave it empty");
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), false, null, null,
                List.of()))).containsOnlyKeys(CaptureField.FROM);
    }

    @Test
    void aPlacementOverlappingAnotherAtTheSameProvisionIsRefusedAndOneAfterItEndsIsNot() {
        var open = new AlternativePlacement(BRIDGE, MONDAY.minusWeeks(2), null, new java.util.TreeSet<>());
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), false, MONDAY, null,
                List.of(open))).get(CaptureField.PROVISION)).isEqualTo("Ella Evans already has a placement at "
                + "Bridge Skills Centre from Monday 16 November 2026 with no end date: update that one instead "
                + "(Change), or give dates that do not overlap it");
        var ended = new AlternativePlacement(BRIDGE, MONDAY.minusWeeks(4), MONDAY.minusDays(1),
                new java.util.TreeSet<>());
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), false, MONDAY, null,
                List.of(ended)))).isEmpty();
        var later = new AlternativePlacement(BRIDGE, MONDAY.plusWeeks(4), null, new java.util.TreeSet<>());
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), false, MONDAY,
                MONDAY.plusWeeks(4), List.of(later)))).containsOnlyKeys(CaptureField.PROVISION);
        assertThat(TimetableRules.check(facts(Set.of(s(DayOfWeek.MONDAY, HalfDay.AM)), false, MONDAY,
                MONDAY.plusWeeks(3), List.of(later)))).isEmpty();
    }

    @Test
    void aNewProvisionNeedsANameAPhoneAContactAndAWindowThatClosesAfterItOpens() {
        Map<CaptureField, String> problems = NewAlternativeRules.check(new NewAlternative(" ", "", null,
                LocalTime.of(10, 30), LocalTime.of(10, 0), "12345", "Leeds", Set.of()));
        assertThat(problems).containsOnlyKeys(CaptureField.NAME, CaptureField.PHONE, CaptureField.CONTACT,
                CaptureField.CLOSES, CaptureField.URN, CaptureField.OPEN_DAYS);
        assertThat(problems.get(CaptureField.PHONE)).startsWith("an alternative provision needs a phone number");
        assertThat(problems.get(CaptureField.CLOSES)).contains("not after it opens at 10:30");
        assertThat(problems.get(CaptureField.URN)).contains("expected six digits", "or leave it empty");
        assertThat(NewAlternativeRules.check(new NewAlternative("Bridge", "0909 123456", "Sam", LocalTime.of(10, 0),
                LocalTime.of(10, 30), null, null, NewAlternative.weekdays())).get(CaptureField.PHONE))
                .contains("not a valid UK telephone number");
        assertThat(NewAlternativeRules.check(new NewAlternative("Bridge Skills Centre", "0113 496 0000",
                "Sam Taylor", LocalTime.of(10, 0), LocalTime.of(10, 30), "", "", NewAlternative.weekdays())))
                .isEmpty();
    }

    private static TimetableRules.Facts facts(Set<TimetabledSession> sessions, boolean notKnown, LocalDate from,
                                              LocalDate to, List<AlternativePlacement> samePlace) {
        return new TimetableRules.Facts("Ella Evans", "Bridge Skills Centre", MON_TO_THU, "Oakfield School",
                LocalDate.of(2026, 9, 1), samePlace, sessions, notKnown, from, to);
    }

    private static TimetabledSession s(DayOfWeek day, HalfDay half) {
        return new TimetabledSession(day, half);
    }
}
