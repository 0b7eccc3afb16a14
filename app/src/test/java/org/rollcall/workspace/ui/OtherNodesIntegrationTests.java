package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.UserId;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Another node's change to an operator's call reaches this node's screens of that operator, and no others. */
@RollcallIntegrationTest
class OtherNodesIntegrationTests {

    @Autowired WorkspaceBroadcaster broadcaster;
    @Autowired JdbcClient jdbc;

    @Test
    void anotherNodesNoticeRefreshesThisNodesScreensOfThatOperatorOnly() {
        UserId operator = new UserId(UUID.randomUUID());
        UserId someoneElse = new UserId(UUID.randomUUID());
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
}
