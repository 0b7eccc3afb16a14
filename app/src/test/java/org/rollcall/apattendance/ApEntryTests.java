package org.rollcall.apattendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;

/** What an AP's answer for a session must hold, and which reasons count as unauthorised (ADR 0028). */
class ApEntryTests {

    private static final ChildId CHILD = new ChildId(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void anAbsenceNeedsAReasonAndOnlyOtherTakesWordsOfItsOwn() {
        assertThatThrownBy(() -> new ApEntry(CHILD, DAY, HalfDay.AM, false, null, null))
                .hasMessageStartingWith("choose why the child was absent: illness, medical appointment, refused to "
                        + "attend, not known or other");
        assertThatThrownBy(() -> new ApEntry(CHILD, DAY, HalfDay.AM, true, ApReason.ILLNESS, null))
                .hasMessage("an attended session has no reason for absence");
        assertThatThrownBy(() -> ApEntry.absent(CHILD, DAY, HalfDay.AM, ApReason.OTHER, "  "))
                .hasMessage("say what the other reason is");
        assertThatThrownBy(() -> ApEntry.absent(CHILD, DAY, HalfDay.AM, ApReason.ILLNESS, "flu"))
                .hasMessage("only an \u201cother\u201d reason takes words of its own");
        assertThatThrownBy(() -> ApEntry.absent(CHILD, DAY, HalfDay.AM, ApReason.OTHER, "x".repeat(501)))
                .hasMessage("the reason is 501 characters: at most 500 are kept");
        assertThat(ApEntry.absent(CHILD, DAY, HalfDay.PM, ApReason.OTHER, " a family funeral ").reasonText())
                .isEqualTo("other: a family funeral");
        assertThat(ApEntry.absent(CHILD, DAY, HalfDay.PM, ApReason.MEDICAL, null).reasonText())
                .isEqualTo("medical appointment");
        assertThat(ApEntry.attended(CHILD, DAY, HalfDay.AM).reasonText()).isNull();
    }

    @Test
    void refusedAndNotKnownAreUnauthorisedTheRestAreForTheSchoolToDecide() {
        assertThat(Arrays.stream(ApReason.values()).filter(ApReason::unauthorised))
                .containsExactly(ApReason.REFUSED, ApReason.NOT_KNOWN);
    }
}
