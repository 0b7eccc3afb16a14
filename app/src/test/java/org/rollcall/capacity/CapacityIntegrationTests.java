package org.rollcall.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rosters and the real day's plan on the real database: shifts added, refused (overlap, end before start, not an
 * operator, unknown user) with nothing saved, removed and copied, each change audited with before and after; and the
 * plan for today built from the calls the real planner planned (and for tomorrow from what it would plan), with the
 * right calls opening per half hour and the children counted per school.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityIntegrationTests {

    private static final LocalTime LATE = LocalTime.of(17, 0);

    @Autowired Rosters rosters;
    @Autowired DayCapacity capacity;
    @Autowired Accounts accounts;
    @Autowired AuditLog audit;
    @Autowired DirectoryAdmin directory;
    @Autowired CallLog calls;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private UserId ada;
    private UserId ben;
    private UserId supervisor;
    private LocalDate day;

    @BeforeAll
    void operators() {
        ada = accounts.createUser("cap-ada", "Ada Roster", "cap-password-1", Role.OPERATOR, null);
        ben = accounts.createUser("cap-ben", "Ben Roster", "cap-password-1", Role.OPERATOR, null);
        supervisor = accounts.createUser("cap-sup", "Sue Roster", "cap-password-1", Role.SUPERVISOR, null);
        day = LocalDate.now(clock).plusDays(20);
    }

    @Test
    void shiftsAreAddedRefusedRemovedAndCopiedWithEveryChangeAudited() {
        RosteredShift morning = rosters.add(day, ada, LocalTime.of(8, 30), LocalTime.of(12, 0), "cap-sup");
        rosters.add(day, ada, LocalTime.of(12, 0), LocalTime.of(15, 0), "cap-sup"); // back to back is fine
        rosters.add(day, ben, LocalTime.of(9, 0), LocalTime.of(15, 30), "cap-sup");
        assertThat(rosters.shifts(day)).extracting(RosteredShift::operatorName, RosteredShift::starts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cap-ada", LocalTime.of(8, 30)),
                        org.assertj.core.groups.Tuple.tuple("cap-ben", LocalTime.of(9, 0)),
                        org.assertj.core.groups.Tuple.tuple("cap-ada", LocalTime.of(12, 0)));
        assertThat(audit.entriesFor("roster_shift", morning.id().toString())).extracting(AuditEntry::detail)
                .containsExactly("before: none; after: cap-ada on " + day + " from 08:30 to 12:00");

        assertThatThrownBy(() -> rosters.add(day, ada, LocalTime.of(11, 0), LocalTime.of(13, 0), "cap-sup"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cap-ada has overlapping shifts: 08:30–12:00 and 11:00–13:00");
        assertThatThrownBy(() -> rosters.add(day, ben, LocalTime.of(17, 0), LocalTime.of(16, 0), "cap-sup"))
                .hasMessage("cap-ben's shift must end after it starts (17:00 to 16:00)");
        assertThatThrownBy(() -> rosters.add(day, supervisor, LocalTime.of(9, 0), LocalTime.of(10, 0), "cap-sup"))
                .hasMessageContaining("only an operator can be rostered");
        assertThatThrownBy(() -> rosters.add(day, new UserId(UUID.randomUUID()), LocalTime.of(9, 0),
                LocalTime.of(10, 0), "cap-sup")).hasMessageContaining("only an operator can be rostered");
        assertThat(rosters.shifts(day)).as("nothing half-saved").hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE subject_type = 'roster_shift' AND detail LIKE ?")
                .param("%on " + day + " %").query(Long.class).single()).as("refusals write nothing").isEqualTo(3);

        assertThat(rosters.remove(morning.id(), "cap-sup")).isTrue();
        assertThat(rosters.remove(morning.id(), "cap-sup")).as("already gone").isFalse();
        assertThat(audit.entriesFor("roster_shift", morning.id().toString())).extracting(AuditEntry::detail)
                .containsExactly("before: none; after: cap-ada on " + day + " from 08:30 to 12:00",
                        "before: cap-ada on " + day + " from 08:30 to 12:00; after: none");
        assertThat(rosters.roster(day)).hasSize(2);

        LocalDate nextWeek = day.plusWeeks(1);
        rosters.add(nextWeek, ben, LocalTime.of(14, 0), LocalTime.of(16, 0), "cap-sup");
        assertThat(rosters.copy(day, nextWeek, "cap-sup")).as("Ben's overlapping shift is left out").isEqualTo(1);
        assertThat(rosters.shifts(nextWeek)).extracting(RosteredShift::operatorName, RosteredShift::starts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cap-ada", LocalTime.of(12, 0)),
                        org.assertj.core.groups.Tuple.tuple("cap-ben", LocalTime.of(14, 0)));
    }

    @Test
    void theDaysPlanCountsThePlannedCallsOpeningEachHalfHourAndTheirChildren() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Capacity Borough", Nation.ENGLAND, "854");
        CapacityPlan.Slot before = slotAt(capacity.plan(today), LATE);
        ProvisionId big = school(authority, "Capacity Primary", "01632 960871", LocalTime.of(17, 0), 3);
        ProvisionId small = school(authority, "Capacity Academy", "01632 960872", LocalTime.of(17, 10), 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(today).stream()
                .filter(c -> c.provisionId().equals(big) || c.provisionId().equals(small)).count() == 2);

        DayCapacity.DayPlan plan = capacity.plan(today);
        CapacityPlan.Slot late = slotAt(plan, LATE);
        assertThat(late.callsOpening() - (before == null ? 0 : before.callsOpening())).isEqualTo(2);
        assertThat(plan.calls()).filteredOn(c -> c.call().provision().equals(big)).singleElement()
                .satisfies(c -> {
                    assertThat(c.school()).isEqualTo("Capacity Primary");
                    assertThat(c.children()).isEqualTo(3);
                    assertThat(c.call().purpose()).isEqualTo(CallPurpose.AFTERNOON);
                    assertThat(c.opens()).isEqualTo(LocalTime.of(17, 0));
                    assertThat(c.closes()).isEqualTo(LocalTime.of(17, 30));
                });
        assertThat(plan.calls()).filteredOn(c -> c.call().provision().equals(small)).singleElement()
                .satisfies(c -> assertThat(c.children()).isEqualTo(1));
        // Nobody rostered at 17:00 today: short, and the windows there are among those to move.
        assertThat(late.operatorsRostered()).isZero();
        assertThat(late.understaffed()).isTrue();

        // Rostered, the half hour is covered; tomorrow (not yet planned) shows what the planner would plan.
        rosters.add(today, ben, LocalTime.of(16, 30), LocalTime.of(18, 0), "cap-sup");
        assertThat(slotAt(capacity.plan(today), LATE).operatorsRostered()).isEqualTo(1);
        LocalDate tomorrow = today.plusDays(1);
        assertThat(calls.onDate(tomorrow)).isEmpty();
        DayCapacity.DayPlan ahead = capacity.plan(tomorrow);
        assertThat(ahead.calls()).filteredOn(c -> c.call().provision().equals(big)
                || c.call().provision().equals(small)).hasSize(2);
        assertThat(calls.onDate(tomorrow)).as("a day ahead is not written").isEmpty();
    }

    private ProvisionId school(AuthorityId authority, String name, String phone, LocalTime opens, int children) {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Plan", "heron", Frequency.DAILY, null,
                List.of(new CallWindow(null, opens, opens.plusMinutes(30)))));
        for (int i = 0; i < children; i++) {
            var child = directory.createChild(new NewChild(authority, null, "Cara", name.split(" ")[1] + (char) ('a' + i),
                    today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
            directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(5));
        }
        return school;
    }

    private static CapacityPlan.Slot slotAt(DayCapacity.DayPlan plan, LocalTime starts) {
        return plan.plan().slots().stream().filter(s -> s.starts().equals(starts)).findFirst().orElse(null);
    }
}
