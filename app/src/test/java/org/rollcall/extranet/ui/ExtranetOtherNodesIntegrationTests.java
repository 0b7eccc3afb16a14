package org.rollcall.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.AuthorityId;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Marks saved on another app node reach this node's extranet screens of that authority, and no others. */
@RollcallIntegrationTest
class ExtranetOtherNodesIntegrationTests {

    @Autowired ExtranetBroadcaster broadcaster;
    @Autowired JdbcClient jdbc;

    @Test
    void anotherNodesMarksRefreshThisNodesScreensOfThatAuthorityOnly() {
        AuthorityId authority = new AuthorityId(UUID.randomUUID());
        AuthorityId another = new AuthorityId(UUID.randomUUID());
        List<AuthorityId> told = new CopyOnWriteArrayList<>();
        Runnable unregister = broadcaster.register(authority, () -> told.add(authority));
        Runnable unregisterOther = broadcaster.register(another, () -> told.add(another));
        try {
            // What another node's mark save sends as it commits.
            jdbc.sql("SELECT pg_notify('rollcall_nodes', ?)").param("another-node marks " + authority.value())
                    .query(String.class).optional();
            await().atMost(Duration.ofSeconds(10)).until(() -> !told.isEmpty());
            assertThat(told).containsOnly(authority);
        } finally {
            unregister.run();
            unregisterOther.run();
        }
    }
}
