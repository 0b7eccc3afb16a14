package org.rollcall.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.MarkWeeksCheck;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SentStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What saving a call's marks costs in statements (ADR 0050): the school, its roll, the authority's rules and the
 * school's codes are read once for the call, so each further child adds only its own reads and writes. Counted from
 * the driver's trace on this thread, with the authority's history-reading rules switched on.
 */
@RollcallIntegrationTest
class MarkSaveStatementsIntegrationTests {

    /**
     * A child's own: its history for the rules. Its two sessions' current marks are read with the others', its new
     * marks inserted with the others' (ADR 0054: 3 before). Before that, each child also re-read the school four times
     * and refolded its week on its own (16), and then still cost one publication record for each of the three modules
     * listening for a mark, which now hear a save's marks as one event (ADR 0052: 6).
     */
    private static final int PER_CHILD = 1;

    @Autowired DirectoryAdmin directory;
    @Autowired Challenges challenges;
    @Autowired ChallengeRules rules;
    @Autowired Attendance attendance;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void eachFurtherChildOnACallCostsOnlyItsOwnStatements() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Statement Borough", Nation.ENGLAND, "761");
        rules.set(authority, RuleKind.RARE_CODE, true, null, null, "test");
        rules.set(authority, RuleKind.CONSECUTIVE_ILLNESS, true, null, null, "test");
        save(school(authority, "Warm-up Primary", "01632 960761", 1, today), today); // code sets read once a node

        int forOne = save(school(authority, "Single Primary", "01632 960762", 1, today), today);
        School four = school(authority, "Quadruple Primary", "01632 960763", 4, today);
        int forFour = save(four, today);

        System.out.printf("Statements to save a call's marks: one child %d, four children %d (%.1f a further child)%n",
                forOne, forFour, (forFour - forOne) / 3.0);
        assertThat(forFour - forOne).as("statements for three further children").isLessThanOrEqualTo(3 * PER_CHILD);

        // The weeks are refolded once for the batch: a mark replaced and two sessions added in one save all show.
        UUID call = UUID.randomUUID();
        challenges.recordWithOutcomes(List.of(
                new RecordMark(four.children().get(0), four.id(), today, Session.AM, "L", null, call, null, "op"),
                new RecordMark(four.children().get(0), four.id(), today, Session.PM, "\\", null, call, null, "op"),
                new RecordMark(four.children().get(1), four.id(), today, Session.PM, "\\", null, call, null, "op")),
                List.of());
        MarkWeeksCheck.assertFolded(jdbc, authority);
    }

    private int save(School school, LocalDate today) {
        UUID call = UUID.randomUUID();
        // Both sessions, as a call usually takes them.
        List<RecordMark> marks = school.children().stream().flatMap(c -> Stream.of(Session.AM, Session.PM)
                .map(s -> new RecordMark(c, school.id(), today, s, s == Session.AM ? "/" : "\\", null, call, null,
                        "op-statements"))).toList();
        int sent = SentStatements.during(() -> challenges.recordWithOutcomes(marks, List.of()));
        assertThat(attendance.marksForCall(call)).hasSize(marks.size());
        return sent;
    }

    private record School(ProvisionId id, List<ChildId> children) {
    }

    private School school(AuthorityId authority, String name, String phone, int children, LocalDate today) {
        // A window long gone by the test clock: no call to this school is offered to another test's operator.
        ProvisionId id = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Register", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(6, 0), LocalTime.of(6, 30)))));
        List<ChildId> on = IntStream.range(0, children).mapToObj(i -> {
            ChildId child = directory.createChild(new NewChild(authority, null, "Pupil" + (char) ('A' + i), name,
                    today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
            directory.place(child, id, PlacementKind.ON_ROLL, today.minusDays(30));
            return child;
        }).toList();
        return new School(id, on);
    }
}
