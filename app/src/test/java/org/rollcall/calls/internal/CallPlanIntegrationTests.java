package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.DayPart;
import org.rollcall.calendar.NewClosure;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.MonitoringAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.ScopeMode;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.ServiceScope;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.WindowPart;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The planner on the real calendar and directory, for fixed days in the summer term of 2027 (never "today"): no
 * call on a bank holiday, in half term or on an INSET day; weekly calls on their day, moved to the next school day
 * when it is closed, collecting every school day since the last; two calls a day for children missing education;
 * and only the children an authority's service scope covers.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallPlanIntegrationTests {

    private static final LocalDate EARLY_MAY_BANK_HOLIDAY = LocalDate.of(2027, 5, 3);
    private static final LocalDate TUESDAY = LocalDate.of(2027, 5, 4);
    private static final LocalDate FRIDAY = LocalDate.of(2027, 5, 14);
    private static final LocalDate INSET_FRIDAY = LocalDate.of(2027, 5, 21);
    private static final LocalDate HALF_TERM_WEDNESDAY = LocalDate.of(2027, 6, 2);

    @Autowired CallPlanner planner;
    @Autowired CallLog calls;
    @Autowired DirectoryAdmin directory;
    @Autowired MonitoringAdmin monitoring;
    @Autowired CalendarAdmin calendar;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;

    private AuthorityId planshire;
    private ProvisionId primary;
    private ProvisionId sixthForm;
    private ProvisionId centre;
    private ProvisionId movedToWeekly;
    private ChildId student;

    @BeforeAll
    void aTermWithABankHolidayAHalfTermAndAnInsetDay() {
        accounts.createUser("admin-plan", "Planning admin", "plan-password-1", Role.ADMIN, null);
        signIn();
        planshire = directory.createAuthority("Planshire", Nation.ENGLAND, "921");
        calendar.importTermDates(new ByteArrayInputStream("""
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                921,Summer 2027,2027-04-19,2027-07-21,2027-05-31,2027-06-04
                """.getBytes(StandardCharsets.UTF_8)), "planshire.csv", "admin-plan");
        primary = school("Planshire Primary", Frequency.DAILY, null, null);
        child(planshire, primary, "Dana", 4, Cohort.LAC, true);
        sixthForm = school("Planshire Sixth Form", Frequency.DAILY, 5, null);
        student = child(planshire, sixthForm, "Sol", 12, Cohort.LAC, true); // Year 12: post-16, weekly
        centre = school("Planshire Learning Centre", Frequency.DAILY, null, new CallWindow(null, LocalTime.of(9, 20),
                LocalTime.of(10, 0), WindowPart.MORNING));
        child(planshire, centre, "Cai", 8, Cohort.CME, true);
        movedToWeekly = school("Objecting Academy", Frequency.DAILY, null, null);
        child(planshire, movedToWeekly, "Ola", 6, Cohort.LAC, true);
        monitoring.setCallFrequency(movedToWeekly, Frequency.WEEKLY, DayOfWeek.WEDNESDAY,
                "the head objects to daily calls");
        calendar.recordClosure(new NewClosure(sixthForm, INSET_FRIDAY, INSET_FRIDAY, ClosedSessions.BOTH,
                ClosureReason.INSET_DAY, null), "admin-plan");
        calendar.recordClosure(new NewClosure(primary, INSET_FRIDAY, INSET_FRIDAY, ClosedSessions.BOTH,
                ClosureReason.INSET_DAY, null), "admin-plan");
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "admin-plan");
    }

    @Test
    void noCallIsPlannedOnABankHolidayInHalfTermOrOnAnInsetDay() {
        assertThat(planned(TUESDAY, primary)).extracting(CallSummary::purpose).containsExactly(CallPurpose.AFTERNOON);
        assertThat(planned(EARLY_MAY_BANK_HOLIDAY, primary)).isEmpty();
        assertThat(planned(HALF_TERM_WEDNESDAY, primary)).isEmpty();
        assertThat(planned(INSET_FRIDAY, primary)).isEmpty();
        assertThat(planned(LocalDate.of(2027, 5, 8), primary)).as("a Saturday").isEmpty();
    }

    @Test
    void postSixteenLearnersAreCalledWeeklyForEverySchoolDaySinceTheLastCall() {
        assertThat(planned(TUESDAY, sixthForm)).as("not their weekly day").isEmpty();
        CallSummary weekly = planned(FRIDAY, sixthForm).getFirst();
        assertThat(weekly.collectFrom()).isEqualTo(LocalDate.of(2027, 5, 8));
        List<ChildToCollect> children = calls.toCollect(weekly.id());
        assertThat(children).extracting(c -> c.child().id()).containsExactly(student);
        assertThat(children.getFirst().slots()).hasSize(10).first()
                .isEqualTo(new SessionSlot(LocalDate.of(2027, 5, 10), DayPart.AM));
        assertThat(children.getFirst().slots()).last().isEqualTo(new SessionSlot(FRIDAY, DayPart.PM));
    }

    @Test
    void aWeeklyCallOnAnInsetDayMovesToTheNextSchoolDay() {
        assertThat(planned(INSET_FRIDAY, sixthForm)).isEmpty();
        CallSummary moved = planned(LocalDate.of(2027, 5, 24), sixthForm).getFirst();
        assertThat(moved.collectFrom()).isEqualTo(LocalDate.of(2027, 5, 15));
        // Monday to Thursday, not the INSET Friday, and the Monday of the call.
        assertThat(calls.toCollect(moved.id()).getFirst().slots()).extracting(SessionSlot::date).doesNotContain(
                INSET_FRIDAY).contains(LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 20),
                LocalDate.of(2027, 5, 24)).hasSize(10);
    }

    @Test
    void aSchoolMovedToWeeklyIsCalledOnItsDayOnly() {
        assertThat(planned(TUESDAY, movedToWeekly)).isEmpty();
        assertThat(planned(LocalDate.of(2027, 5, 5), movedToWeekly)).extracting(CallSummary::purpose)
                .containsExactly(CallPurpose.AFTERNOON);
    }

    @Test
    void childrenMissingEducationGetAMorningCallForAmAndAnAfternoonCallForPm() {
        List<CallSummary> day = planned(TUESDAY, centre);
        assertThat(day).extracting(CallSummary::purpose).containsExactlyInAnyOrder(CallPurpose.MORNING,
                CallPurpose.AFTERNOON);
        CallSummary morning = day.stream().filter(c -> c.purpose() == CallPurpose.MORNING).findFirst().orElseThrow();
        assertThat(morning.dueAt()).isEqualTo(TUESDAY.atTime(9, 20).atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant());
        assertThat(calls.toCollect(morning.id())).flatExtracting(ChildToCollect::slots)
                .containsExactly(new SessionSlot(TUESDAY, DayPart.AM));
        CallSummary afternoon = day.stream().filter(c -> c.purpose() == CallPurpose.AFTERNOON).findFirst()
                .orElseThrow();
        assertThat(calls.toCollect(afternoon.id())).flatExtracting(ChildToCollect::slots)
                .containsExactly(new SessionSlot(TUESDAY, DayPart.PM));
    }

    @Test
    void onlyTheChildrenInAnAuthoritysServiceScopeAreExpectedAndOnlyTheirSchoolsCalled() {
        AuthorityId scopeton = directory.createAuthority("Scopeton", Nation.ENGLAND, "922");
        monitoring.setServiceScope(scopeton, new ServiceScope(ScopeMode.IN_BOROUGH, EnumSet.of(Cohort.LAC)), null);
        ProvisionId local = school("Scopeton Primary", Frequency.DAILY, null, null);
        ProvisionId away = school("Far Away Primary", Frequency.DAILY, null, null);
        ChildId inScope = child(scopeton, local, "Ina", 3, Cohort.LAC, true);
        child(scopeton, local, "Yuri", 9, Cohort.YOT, true); // cohort not bought
        child(scopeton, away, "Otto", 5, Cohort.LAC, false); // out of borough
        CallSummary call = planned(TUESDAY, local).getFirst();
        assertThat(calls.toCollect(call.id())).extracting(c -> c.child().id()).containsExactly(inScope);
        assertThat(planned(TUESDAY, away)).as("no monitored child there: not called").isEmpty();

        monitoring.setServiceScope(scopeton, new ServiceScope(ScopeMode.PILOT, EnumSet.allOf(Cohort.class)),
                Set.of(inScope));
        planner.plan(TUESDAY);
        assertThat(calls.toCollect(call.id())).extracting(c -> c.child().id()).containsExactly(inScope);
        assertThat(planned(TUESDAY, away)).isEmpty();
    }

    @Test
    void aPlannedCallNoLongerNeededIsCancelledNotDialled() {
        LocalDate wednesday = LocalDate.of(2027, 5, 12);
        ProvisionId school = school("Snowy Primary", Frequency.DAILY, null, null);
        child(planshire, school, "Neve", 2, Cohort.LAC, true);
        assertThat(planned(wednesday, school)).extracting(CallSummary::status).containsExactly(
                org.rollcall.calls.CallStatus.DUE);
        var snow = calendar.recordClosure(new NewClosure(school, wednesday, wednesday, ClosedSessions.BOTH,
                ClosureReason.SEVERE_WEATHER, "snow"), "admin-plan");
        planner.plan(wednesday);
        assertThat(calls.onDate(wednesday)).filteredOn(c -> c.provisionId().equals(school))
                .extracting(CallSummary::status, CallSummary::endCause)
                .containsExactly(tuple(org.rollcall.calls.CallStatus.CANCELLED,
                        "no longer needed: the provision is closed, or no monitored child is expected there any more"));
        // The closure was entered in error: the call is due again, once.
        calendar.withdrawClosure(snow.id(), "admin-plan");
        assertThat(planned(wednesday, school)).extracting(CallSummary::status, CallSummary::endCause)
                .containsExactly(tuple(org.rollcall.calls.CallStatus.DUE, null));
    }

    /** Plans the day (again: it is idempotent) and returns the provision's calls that are still to be made. */
    private List<CallSummary> planned(LocalDate day, ProvisionId provision) {
        planner.plan(day);
        planner.plan(day);
        return calls.onDate(day).stream().filter(c -> c.provisionId().equals(provision)
                && c.status() != org.rollcall.calls.CallStatus.CANCELLED).toList();
    }

    private ProvisionId school(String name, Frequency frequency, Integer weeklyDay, CallWindow morning) {
        CallWindow afternoon = new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 15));
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse("01632 960921"), "Ms Plan", null, frequency, weeklyDay,
                morning == null ? List.of(afternoon) : List.of(morning, afternoon), planshire));
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String name, int year, Cohort cohort,
                          boolean inBorough) {
        ChildId child = directory.createChild(new NewChild(authority, null, name, "Planned",
                LocalDate.of(2027 - 5 - year, 3, 1), year, cohort, inBorough, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, LocalDate.of(2027, 1, 4));
        return child;
    }
}
