package org.rollcall.calls.internal;

import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.OperatorBoard;
import org.rollcall.calls.OperatorNow;
import org.rollcall.calls.OperatorStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcOperatorBoard implements OperatorBoard {

    private final JdbcClient jdbc;
    private final CallRows rows;

    JdbcOperatorBoard(JdbcClient jdbc, CallRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OperatorNow> operatorsNow() {
        record Row(UserId id, String name, OperatorStatus status, java.time.Instant since, UUID call) {
        }
        List<Row> found = jdbc.sql("SELECT * FROM operator_status ORDER BY username")
                .query((rs, n) -> new Row(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("username"),
                        OperatorStatus.valueOf(rs.getString("status")), rs.getTimestamp("since").toInstant(),
                        rs.getObject("current_call_id", UUID.class)))
                .list();
        // A handful of operators: one read per current call keeps the call row's mapping in one place (CallRows).
        return found.stream().map(r -> new OperatorNow(r.id(), r.name(), r.status(), r.since(),
                r.call() == null ? null : rows.find(new CallId(r.call())).orElse(null))).toList();
    }
}
