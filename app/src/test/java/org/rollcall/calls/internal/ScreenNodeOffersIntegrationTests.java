package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.OperatorScreens;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.OperatorCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Each node's dialler offers calls to the operators whose screens it holds (ADR 0051). Another node is played by a
 * connection carrying a node's name, as a node's listening connection does, and a screen row of that node; the
 * dialler's ticks are hourly here (the context of {@link DiallerWakeIntegrationTests}), so every offer is a nudge's
 * or the test's own round.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.calls.plan-interval=1h", "rollcall.calls.dialler-interval=1h"})
class ScreenNodeOffersIntegrationTests {

    private static final String OTHER_NODE = "rollcall-node-test-other";
    private static final Duration PROMPTLY = Duration.ofSeconds(15);

    @Autowired CallPlanner planner;
    @Autowired Dialler dialler;
    @Autowired DirectoryAdmin directory;
    @Autowired OperatorDesk desk;
    @Autowired OperatorScreens screens;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    @Test
    void anOperatorWhoseScreenAnotherLiveNodeHoldsIsLeftToThatNodeUntilItGoes() throws SQLException {
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // the schedule's first round has passed
        dueSchools(3);
        Connection otherNode = dataSource.getConnection();
        try (Statement named = otherNode.createStatement()) {
            named.execute("SET application_name = '" + OTHER_NODE + "'");
        }
        UserId theirs = operator("screen-node-theirs");
        UserId mine = operator("screen-node-mine");
        try {
            jdbc.sql("INSERT INTO operator_screen (user_id, node, opened_at) VALUES (?, ?, now())")
                    .params(theirs.value(), OTHER_NODE).update();
            desk.ready(theirs, "screen-node-theirs", "screen-node-theirs");
            dialler.offerNext();
            assertThat(desk.currentCall(theirs)).as("the other node's operator, offered by this node").isEmpty();

            // Ready later than theirs, but this node holds the screen: the nudge's round offers to mine.
            screens.opened(mine);
            desk.ready(mine, "screen-node-mine", "screen-node-mine");
            offered(mine);
            assertThat(desk.status(theirs)).isEqualTo(OperatorStatus.READY);

            // The other node goes (its connection closes, as a crashed node's does): its operators are anyone's.
            otherNode.abort(Runnable::run);
            await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(200)).until(() -> {
                dialler.offerNext();
                return desk.currentCall(theirs).isPresent();
            });
        } finally {
            otherNode.abort(Runnable::run); // again if the test failed first: never back into the pool named
            OperatorCalls.goOffline(desk, theirs);
            OperatorCalls.goOffline(desk, mine);
            screens.closed(mine);
        }
    }

    @Test
    void anotherNodesNoticeAboutAnOperatorThisNodeHoldsRunsARoundHere() {
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        dueSchools(1);
        UserId mine = operator("screen-node-freed");
        screens.opened(mine);
        try {
            // Freed by another node (say a webhook landed there): that node's round would leave them to this one.
            jdbc.sql("""
                            INSERT INTO operator_status (user_id, username, endpoint, status, since)
                            VALUES (?, 'screen-node-freed', 'screen-node-freed', 'READY', now())""")
                    .param(mine.value()).update();
            jdbc.sql("SELECT pg_notify('rollcall_nodes', ?)").param("another-node operator " + mine.value())
                    .query(String.class).optional();
            offered(mine);
        } finally {
            OperatorCalls.goOffline(desk, mine);
            screens.closed(mine);
        }
    }

    private void dueSchools(int count) {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Screen Node Vale " + count, Nation.ENGLAND,
                count == 1 ? "762" : "760");
        for (int i = 1; i <= count; i++) {
            var school = directory.createProvision(new NewProvision("Screen Node School " + count + i, null,
                    ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 9607" + count + i),
                    "Ms Node", null, Frequency.DAILY, null, openNow(clock)));
            directory.place(directory.createChild(new NewChild(authority, null, "Nia" + count + i, "Node",
                    today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE)), school, PlacementKind.ON_ROLL,
                    today.minusDays(10));
        }
        planner.planToday();
    }

    private UserId operator(String name) {
        return accounts.createUser(name, "Operator " + name, name + "-password-1", Role.OPERATOR, null);
    }

    private CallSummary offered(UserId operator) {
        return await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED),
                        Optional::isPresent).orElseThrow();
    }
}
