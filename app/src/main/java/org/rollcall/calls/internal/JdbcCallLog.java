package org.rollcall.calls.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcCallLog implements CallLog {

    private final JdbcClient jdbc;
    private final CallRows rows;

    private final CallCollections collections;

    JdbcCallLog(JdbcClient jdbc, CallRows rows, CallCollections collections) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.collections = collections;
    }

    @Override
    public Optional<CallSummary> find(CallId id) {
        return rows.find(id);
    }

    @Override
    public List<CallSummary> onDate(LocalDate date) {
        // A call offered again after an operator's phone failed keeps its due time and attempt: offered order next.
        return jdbc.sql("SELECT * FROM call WHERE call_date = ? ORDER BY due_at, attempt, offered_at NULLS LAST")
                .param(date).query(CallRows::summary).list();
    }

    @Override
    public List<CallSummary> onDate(LocalDate date, java.util.Collection<org.rollcall.directory.ProvisionId> provisions) {
        if (provisions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM call WHERE call_date = ? AND provision_id = ANY(?) "
                        + "ORDER BY due_at, attempt, offered_at NULLS LAST")
                .params(date, provisions.stream().map(p -> p.value()).distinct().toArray(java.util.UUID[]::new))
                .query(CallRows::summary).list();
    }

    @Override
    public List<CallSummary> byOperator(UserId operator, LocalDate date) {
        return jdbc.sql("SELECT * FROM call WHERE call_date = ? AND operator_id = ? ORDER BY offered_at, due_at")
                .params(date, operator.value()).query(CallRows::summary).list();
    }

    @Override
    public List<ChildToCollect> toCollect(CallId id) {
        return toCollect(rows.find(id).orElseThrow(() -> new IllegalArgumentException("no call with id " + id)));
    }

    @Override
    public List<ChildToCollect> toCollect(CallSummary call) {
        return collections.of(call);
    }
}
