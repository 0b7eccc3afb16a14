package org.rollcall.qa.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a call's challenges, changes heard and corrected marks from the read-only view qa_call_event. */
@Service
public class CallEvents {

    private final JdbcClient jdbc;

    CallEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<CallEvent> of(UUID callId) {
        return jdbc.sql("SELECT * FROM qa_call_event WHERE call_id = ? ORDER BY at").param(callId).query((rs, n) ->
                new CallEvent(CallEvent.Kind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(),
                        rs.getObject("child_id", UUID.class), rs.getString("session"), rs.getString("what"),
                        rs.getString("detail"), rs.getString("code_before"), rs.getString("code_after"),
                        rs.getString("by_whom"))).list();
    }
}
