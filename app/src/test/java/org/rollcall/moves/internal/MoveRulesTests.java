package org.rollcall.moves.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Session;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.moves.BackdateEntry;
import org.rollcall.moves.MoveField;
import org.rollcall.moves.MoveTo;
import org.rollcall.moves.NewMove;
import org.rollcall.moves.NewSchool;

/** The move's and the backdated marks' checks, field by field and cell by cell, with fixed dates. */
class MoveRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, Month.DECEMBER, 2); // a Wednesday
    static final ChildId CHILD = new ChildId(UUID.randomUUID());
    static final MoveRules.Facts FACTS = new MoveRules.Facts(TODAY, LocalDate.of(2026, 9, 3), "Ash Primary");

    private static NewMove move(LocalDate startsOn, MoveTo to) {
        return new NewMove(CHILD, startsOn, to, null);
    }

    @Test
    void aSchoolFromTheDirectoryOrAWellFormedNewOneIsTaken() {
        assertThat(MoveRules.check(move(TODAY, MoveTo.existing(ProvisionId.random(), null)), FACTS).problems())
                .isEmpty();
        var outcome = MoveRules.check(move(TODAY.minusDays(10), MoveTo.created(new NewSchool(" Oakfield Primary ",
                "123456", "01632 960123", "Mrs Patel"), "office@oakfield.example.org")), FACTS);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.checked().name()).isEqualTo("Oakfield Primary");
        assertThat(outcome.checked().urn().value()).isEqualTo("123456");
        assertThat(outcome.checked().phone().e164()).isEqualTo("+441632960123");
        assertThat(MoveRules.check(move(TODAY, MoveTo.created(new NewSchool("Oakfield", " ", "01632 960123",
                "Mrs Patel"), null)), FACTS).checked().urn()).as("a URN is optional").isNull();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var problems = MoveRules.check(move(null, MoveTo.created(new NewSchool(" ", "12345", "0909 123456", ""),
                "office at oakfield")), FACTS).problems();
        assertThat(problems).containsOnlyKeys(MoveField.DATE, MoveField.NAME, MoveField.URN, MoveField.PHONE,
                MoveField.CONTACT, MoveField.EMAIL);
        assertThat(problems.get(MoveField.URN)).contains("expected six digits", "leave it empty if not known");
        assertThat(problems.get(MoveField.PHONE)).contains("not a valid UK telephone number");
        assertThat(problems.get(MoveField.DATE)).contains("enter the day the child starts", "from 4 September 2026");
        assertThat(MoveRules.check(move(TODAY, new MoveTo(null, null, null)), FACTS).problems())
                .containsOnlyKeys(MoveField.SCHOOL);
        assertThat(MoveRules.check(move(TODAY, new MoveTo(ProvisionId.random(), new NewSchool("A", null,
                "01632 960123", "B"), null)), FACTS).problems()).as("one or the other, not both")
                .containsOnlyKeys(MoveField.SCHOOL);
    }

    @Test
    void theStartIsAfterTheCurrentPlacementStartedAndAtMostATermAhead() {
        MoveTo to = MoveTo.existing(ProvisionId.random(), null);
        assertThat(MoveRules.check(move(LocalDate.of(2026, 9, 4), to), FACTS).problems()).isEmpty();
        assertThat(MoveRules.check(move(LocalDate.of(2026, 9, 3), to), FACTS).problems().get(MoveField.DATE))
                .contains("is not after the child's placement at Ash Primary started");
        assertThat(MoveRules.check(move(TODAY.plusMonths(4), to), FACTS).problems()).isEmpty();
        assertThat(MoveRules.check(move(TODAY.plusMonths(4).plusDays(1), to), FACTS).problems().get(MoveField.DATE))
                .contains("more than a term ahead", "up to 2 April 2027");
        assertThat(MoveRules.check(move(LocalDate.of(2020, 1, 6), to), new MoveRules.Facts(TODAY, null, null))
                .problems()).as("on roll nowhere: any day up to a term ahead").isEmpty();
    }

    @Test
    void aBackdatedMarkGoesOnASchoolSessionFromTheStartToToday() {
        LocalDate start = LocalDate.of(2026, 11, 26); // Thursday; Friday 27 a bank holiday in this test
        LocalDate holiday = LocalDate.of(2026, 11, 27);
        var problems = BackdateRules.check(List.of(
                new BackdateEntry(start, Session.AM, "/", null),
                new BackdateEntry(start.minusDays(1), Session.AM, "/", null),
                new BackdateEntry(TODAY.plusDays(1), Session.PM, "\\", null),
                new BackdateEntry(holiday, Session.AM, "/", null),
                new BackdateEntry(LocalDate.of(2026, 11, 28), Session.PM, "\\", null),
                new BackdateEntry(TODAY, Session.AM, "/", null)),
                "Ella Evans", "Oakfield Primary", start, TODAY,
                (day, session) -> day.getDayOfWeek().getValue() < 6 && !day.equals(holiday));
        assertThat(problems).containsOnlyKeys(new BackdateEntry.Slot(start.minusDays(1), Session.AM),
                new BackdateEntry.Slot(TODAY.plusDays(1), Session.PM), new BackdateEntry.Slot(holiday, Session.AM),
                new BackdateEntry.Slot(LocalDate.of(2026, 11, 28), Session.PM));
        assertThat(problems.get(new BackdateEntry.Slot(start.minusDays(1), Session.AM))).isEqualTo(
                "Wednesday 25 November 2026 is before Ella Evans started at Oakfield Primary on Thursday 26 November "
                        + "2026: enter marks from that day on");
        assertThat(problems.get(new BackdateEntry.Slot(TODAY.plusDays(1), Session.PM))).contains("is after today");
        assertThat(problems.get(new BackdateEntry.Slot(holiday, Session.AM))).isEqualTo(
                "Friday 27 November 2026 morning was not a school session at Oakfield Primary (a weekend, a bank "
                        + "holiday, outside term or a closure): leave it empty");
    }
}
