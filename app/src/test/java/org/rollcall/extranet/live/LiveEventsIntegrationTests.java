package org.rollcall.extranet.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.ApiTokens;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** Marks reach an authority's system over STOMP as they are recorded, and only that authority's. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class LiveEventsIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired ApiTokens tokens;
    @Autowired Attendance attendance;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void anAuthoritySystemHearsItsOwnMarksAndMayNotListenToAnothers() throws Exception {
        LocalDate today = LocalDate.now(clock);
        AuthorityId a = directory.createAuthority("Stomp Borough", Nation.ENGLAND, "822");
        AuthorityId b = directory.createAuthority("Other Stomp Borough", Nation.ENGLAND, "823");
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        ProvisionId school = directory.createProvision(new NewProvision("Stomp Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960822"), "Ms Stomp", null,
                Frequency.WEEKLY, otherDay, List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))),
                null, "not called on the test's day"));
        ChildId ours = child(a, school, today);
        ChildId theirs = child(b, school, today);

        BlockingQueue<Map<?, ?>> received = new LinkedBlockingQueue<>();
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        StompSession session = connect(tokens.issue(a, "stomp test"), errors);
        session.subscribe("/topic/authorities/" + a + "/marks", frames(received));

        Thread.sleep(300); // let the subscription register before publishing
        attendance.record(new RecordMark(theirs, school, today, Session.AM, "/", null, null, null, "op"));
        attendance.record(new RecordMark(ours, school, today, Session.AM, "I", "Illness", null, null, "op"));

        Map<?, ?> first = received.poll(10, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.get("childId")).hasToString(ours.toString());
        assertThat(first.get("code")).isEqualTo("I");
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).as("nothing of another authority").isNull();

        session.subscribe("/topic/authorities/" + b + "/marks", frames(received));
        assertThat(errors.poll(10, TimeUnit.SECONDS)).contains("may not subscribe");
    }

    @Test
    void aMarkRecordedOnAnotherNodeReachesThisNodesSubscribers() throws Exception {
        AuthorityId a = directory.createAuthority("Far Stomp Borough", Nation.ENGLAND, "824");
        BlockingQueue<Map<?, ?>> received = new LinkedBlockingQueue<>();
        StompSession session = connect(tokens.issue(a, "stomp test"), new LinkedBlockingQueue<>());
        session.subscribe("/topic/authorities/" + a + "/marks", frames(received));
        Thread.sleep(300); // let the subscription register before publishing

        // What another node's LiveEventsPublisher sends as the mark's transaction commits.
        jdbc.sql("SELECT pg_notify('rollcall_nodes', ?)").param("another-node live /topic/authorities/" + a
                + "/marks {\"markId\":\"m-1\",\"childId\":\"c-1\",\"authorityId\":\"" + a
                + "\",\"code\":\"B\",\"callId\":null}").query(String.class).optional();

        Map<?, ?> heard = received.poll(10, TimeUnit.SECONDS);
        assertThat(heard).isNotNull();
        assertThat(heard.get("markId")).isEqualTo("m-1");
        assertThat(heard.get("code")).isEqualTo("B");
        assertThat(heard.containsKey("callId")).isTrue();
    }

    private StompSession connect(String token, BlockingQueue<String> errors) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", "Bearer " + token);
        return client.connectAsync("ws://localhost:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {
            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                errors.add(String.valueOf(headers.getFirst("message")));
            }

            @Override
            public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                                        Throwable exception) {
                errors.add(exception.getMessage());
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private static StompSessionHandlerAdapter frames(BlockingQueue<Map<?, ?>> received) {
        return new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add((Map<?, ?>) payload);
            }
        };
    }

    private ChildId child(AuthorityId authority, ProvisionId school, LocalDate today) {
        ChildId id = directory.createChild(new NewChild(authority, null, "Stompy", "Child", today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, today.minusDays(2));
        return id;
    }
}
