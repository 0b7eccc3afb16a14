package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Another node's change to an operator's call reaches this node's screens of that operator, and no others; while
 * this node holds a screen of an operator, the database says so for the diallers (ADR 0051).
 */
@RollcallIntegrationTest
class OtherNodesIntegrationTests {

    @Autowired WorkspaceBroadcaster broadcaster;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @Test
    void anotherNodesNoticeRefreshesThisNodesScreensOfThatOperatorOnly() {
        UserId operator = operator();
        UserId someoneElse = operator();
        List<Object> told = new CopyOnWriteArrayList<>();
        List<Object> toldElse = new CopyOnWriteArrayList<>();
        Runnable unregister = broadcaster.register(operator, () -> told.add(operator));
        Runnable unregisterElse = broadcaster.register(someoneElse, () -> toldElse.add(someoneElse));
        try {
            // What another node's dialler sends in its offer's transaction.
            jdbc.sql("SELECT pg_notify('rollcall_nodes', ?)").param("another-node operator " + operator.value())
                    .query(String.class).optional();
            await().atMost(Duration.ofSeconds(10)).until(() -> !told.isEmpty());
            assertThat(toldElse).isEmpty();
        } finally {
            unregister.run();
            unregisterElse.run();
        }
    }

    @Test
    void aNodeHoldsAnOperatorForTheDiallerFromTheirFirstScreenToTheirLast() {
        UserId operator = operator();
        Runnable first = broadcaster.register(operator, () -> { });
        Runnable second = broadcaster.register(operator, () -> { });
        assertThat(screenRows(operator)).isEqualTo(1);
        first.run();
        first.run(); // a second unregistering of the same screen changes nothing
        assertThat(screenRows(operator)).isEqualTo(1);
        second.run();
        assertThat(screenRows(operator)).isZero();
    }

    private long screenRows(UserId operator) {
        return jdbc.sql("SELECT count(*) FROM operator_screen WHERE user_id = ?").param(operator.value())
                .query(Long.class).single();
    }

    private UserId operator() {
        String name = "other-nodes-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createUser(name, "Operator " + name, name + "-password-1", Role.OPERATOR, null);
    }
}
