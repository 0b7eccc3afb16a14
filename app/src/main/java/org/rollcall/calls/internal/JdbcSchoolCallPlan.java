package org.rollcall.calls.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.PlannedSchoolCall;
import org.rollcall.calls.SchoolCallPlan;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The day's planned first school attempts from {@code call}, or the planner's dry run for a day not yet planned. */
@Component
class JdbcSchoolCallPlan implements SchoolCallPlan {

    private static final Comparator<PlannedSchoolCall> BY_OPENING = Comparator.comparing(PlannedSchoolCall::opens)
            .thenComparing(PlannedSchoolCall::closes).thenComparing(c -> c.provision().value());

    private final JdbcClient jdbc;
    private final CallPlanner planner;
    private final Clock clock;

    JdbcSchoolCallPlan(JdbcClient jdbc, CallPlanner planner, Clock clock) {
        this.jdbc = jdbc;
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public List<PlannedSchoolCall> schoolCalls(LocalDate day) {
        List<PlannedSchoolCall> planned = jdbc.sql("""
                        SELECT provision_id, purpose, due_at, window_closes FROM call
                        WHERE call_date = ? AND purpose IN ('MORNING', 'AFTERNOON') AND attempt = 1
                          AND follows_call IS NULL AND status <> 'CANCELLED'""")
                .param(day)
                .query((rs, n) -> new PlannedSchoolCall(new ProvisionId(rs.getObject(1, UUID.class)),
                        CallPurpose.valueOf(rs.getString(2)),
                        rs.getObject(3, Timestamp.class).toInstant().atZone(clock.getZone()).toLocalTime(),
                        rs.getObject(4, Timestamp.class).toInstant().atZone(clock.getZone()).toLocalTime()))
                .list();
        if (planned.isEmpty()) {
            planned = planner.wouldPlan(day).stream().map(p -> new PlannedSchoolCall(p.provision().provision(),
                    p.call().purpose(), p.call().window().opensAt(), p.call().window().closesAt())).toList();
        }
        return planned.stream().sorted(BY_OPENING).toList();
    }
}
