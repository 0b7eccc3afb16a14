package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.DayPart;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;

/** What the wrap-up question names: each child's sessions with no mark saved on the call, by day. */
class MissingMarksTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final ExpectedChild ali = child("Ali", "Khan");
    private final ExpectedChild bea = child("Bea", "Jones");

    @Test
    void namesEachChildsUnsavedSessionsByDay() {
        var children = List.of(new ChildToCollect(ali, CallFrequency.DAILY, List.of(slot(MONDAY, DayPart.AM),
                slot(MONDAY, DayPart.PM))), new ChildToCollect(bea, CallFrequency.WEEKLY, List.of(
                slot(MONDAY.minusDays(4), DayPart.AM), slot(MONDAY.minusDays(4), DayPart.PM),
                slot(MONDAY, DayPart.AM), slot(MONDAY, DayPart.PM))));
        var saved = List.of(mark(ali, MONDAY, Session.AM), mark(bea, MONDAY, Session.AM),
                mark(bea, MONDAY, Session.PM));

        assertThat(MissingMarks.of(children, saved)).containsExactly("Ali Khan: PM of Monday 30 November",
                "Bea Jones: AM and PM of Thursday 26 November");
    }

    @Test
    void nothingMissingOnceEverySessionIsSavedAndEverythingWithNoMarks() {
        var children = List.of(new ChildToCollect(ali, CallFrequency.DAILY, List.of(slot(MONDAY, DayPart.AM))));
        assertThat(MissingMarks.of(children, List.of(mark(ali, MONDAY, Session.AM)))).isEmpty();
        assertThat(MissingMarks.of(children, List.of())).containsExactly("Ali Khan: AM of Monday 30 November");
        // Another child's mark (or another day's) does not count for this one.
        assertThat(MissingMarks.of(children, List.of(mark(bea, MONDAY, Session.AM), mark(ali, MONDAY.minusDays(1),
                Session.AM)))).containsExactly("Ali Khan: AM of Monday 30 November");
    }

    private static SessionSlot slot(LocalDate day, DayPart part) {
        return new SessionSlot(day, part);
    }

    private static ExpectedChild child(String first, String last) {
        return new ExpectedChild(ChildId.random(), new AuthorityId(UUID.randomUUID()), null, first, last,
                LocalDate.of(2018, 3, 12), 3, PlacementKind.ON_ROLL);
    }

    private static Mark mark(ExpectedChild child, LocalDate day, Session session) {
        return new Mark(UUID.randomUUID(), child.id(), child.authorityId(), ProvisionId.random(), day, session,
                "ENGLAND-2024", "/", CodeCategory.PRESENT, null, UUID.randomUUID(), 3, "op", Instant.EPOCH, null,
                false);
    }
}
