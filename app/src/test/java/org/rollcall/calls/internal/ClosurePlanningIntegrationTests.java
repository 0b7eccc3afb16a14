package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.NewClosure;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
import org.rollcall.directory.AuthorityId;
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
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** A closure for today cancels the day's planned call at once, not at the next planning round an hour later. */
@RollcallIntegrationTest
// The dialler ticks hourly here, so DiallerWakeIntegrationTests sees offers made only because an operator was free.
@TestPropertySource(properties = {"rollcall.calls.plan-interval=1h", "rollcall.calls.dialler-interval=1h"})
class ClosurePlanningIntegrationTests {

    @Autowired CallPlanner planner;
    @Autowired CallLog calls;
    @Autowired DirectoryAdmin directory;
    @Autowired CalendarAdmin calendar;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Clock clock;

    @Test
    void aClosureHeardOfTodayCancelsTheCallAndItsWithdrawalBringsItBack() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-closure", "Operator", "closure-password-1", Role.OPERATOR, null);
        SignIn.as(users, contexts, "op-closure");
        AuthorityId authority = directory.createAuthority("Snowfall", Nation.ENGLAND, "846");
        ProvisionId school = directory.createProvision(new NewProvision("Snowfall Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960846"), "Mrs Flake", null,
                Frequency.DAILY, null, openNow(clock)));
        directory.place(directory.createChild(new NewChild(authority, null, "Sky", "Flake", today.minusYears(7), 2,
                Cohort.LAC, true, SenStatus.NONE)), school, PlacementKind.ON_ROLL, today.minusDays(3));
        planner.planToday();
        assertThat(status(school, today)).isEqualTo(CallStatus.DUE);

        var snow = calendar.recordClosure(new NewClosure(school, today, today, ClosedSessions.BOTH,
                ClosureReason.SEVERE_WEATHER, "Snow"), "op-closure");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(school, today) == CallStatus.CANCELLED);

        calendar.withdrawClosure(snow.id(), "op-closure");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(school, today) == CallStatus.DUE);
    }

    private CallStatus status(ProvisionId school, LocalDate day) {
        return calls.onDate(day).stream().filter(c -> c.provisionId().equals(school)).findFirst().orElseThrow()
                .status();
    }
}
