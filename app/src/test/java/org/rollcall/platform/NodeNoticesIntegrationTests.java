package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes on one database: what one node commits, the other hears once, after the commit; a rolled-back
 * change is never heard; a node does not hear itself.
 */
@RollcallIntegrationTest
class NodeNoticesIntegrationTests {

    @Autowired NodeNotices thisNode;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    private final String topic = "test-" + UUID.randomUUID();
    private final List<String> heardHere = new CopyOnWriteArrayList<>();
    private final List<String> heardThere = new CopyOnWriteArrayList<>();
    private NodeNotices otherNode;
    private Runnable stopHearingHere;

    @BeforeEach
    void secondNode() {
        otherNode = new NodeNotices(jdbc, dataSource);
        otherNode.start();
        otherNode.listen(topic, heardThere::add);
        stopHearingHere = thisNode.listen(topic, heardHere::add);
        otherNodeListens();
    }

    /** The other node listens once its thread has a connection: until then notices pass it by. */
    private void otherNodeListens() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            thisNode.send(topic, "listening?");
            return heardThere.contains("listening?");
        });
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        heardThere.clear();
    }

    @Test
    void aNodeStoppedAndStartedAgainListensAgain() {
        // As when a paused test context, or a node's lifecycle, restarts: the new thread must not end at once.
        for (int restart = 0; restart < 20; restart++) {
            otherNode.stop();
            otherNode.start();
            otherNodeListens();
        }
        assertThat(otherNode.isRunning()).isTrue();
    }

    @Test
    void aNodeIsAliveForTheOthersWhileItListensAndNotOnceItStops() {
        // The dialler's test of another node's screens (ADR 0051): its listening connection, by its name.
        assertThat(liveNodes()).contains(thisNode.name(), otherNode.name());
        otherNode.stop();
        // Its connection went back to the pool, which keeps it open: the name must go, or the node lives on.
        await().atMost(Duration.ofSeconds(10)).until(() -> !liveNodes().contains(otherNode.name()));
        assertThat(liveNodes()).contains(thisNode.name());
        otherNode.start();
        otherNodeListens();
        assertThat(liveNodes()).contains(otherNode.name());
    }

    private List<String> liveNodes() {
        return jdbc.sql(NodeNotices.LIVE_NODES).query(String.class).list();
    }

    @AfterEach
    void stopSecondNode() {
        otherNode.stop();
        stopHearingHere.run();
    }

    @Test
    void aTransactionsNoticesReachTheOtherNodeOnceEachAtCommitAndNeverOnRollback() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int mark = 0; mark < 12; mark++) {
                thisNode.send(topic, "authority-a");
            }
            thisNode.send(topic, "authority-b");
            // The inner transaction commits on its own, whatever the outer one does.
            TransactionTemplate inner = new TransactionTemplate(transactions);
            inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            inner.executeWithoutResult(s -> thisNode.send(topic, "inner"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heardThere.contains("inner"));
            assertThat(heardThere).containsExactly("inner");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> heardThere.size() == 3);
        assertThat(heardThere).containsExactly("inner", "authority-a", "authority-b");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            thisNode.send(topic, "rolled-back");
            status.setRollbackOnly();
        });
        thisNode.send(topic, "without-a-transaction");
        await().atMost(Duration.ofSeconds(10)).until(() -> heardThere.contains("without-a-transaction"));
        assertThat(heardThere).doesNotContain("rolled-back");
        // Notices arrive in commit order: the last one came, so this node's own would have too.
        assertThat(heardHere).isEmpty();
    }
}
