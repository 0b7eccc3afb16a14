package org.rollcall.capacity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.capacity.Roster;
import org.rollcall.capacity.RosteredShift;
import org.rollcall.capacity.Rosters;
import org.rollcall.capacity.Shift;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters in {@code roster_shift}. Overlaps are refused by the day model's {@link Roster} over the operator's shifts
 * that day, under a transaction-scoped advisory lock per operator and day so two supervisors adding at once cannot
 * both pass the check.
 */
@Component
class JdbcRosters implements Rosters {

    static final String SUBJECT = "roster_shift";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcRosters(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<RosteredShift> shifts(LocalDate day) {
        Map<UserId, String> names = operatorNames();
        return jdbc.sql("SELECT id, operator_id, starts, ends FROM roster_shift WHERE day = ? ORDER BY starts, ends")
                .param(day)
                .query((rs, n) -> {
                    UserId operator = new UserId(rs.getObject(2, UUID.class));
                    return new RosteredShift(rs.getObject(1, UUID.class), operator,
                            names.getOrDefault(operator, "a former operator"), day,
                            rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class));
                }).list().stream()
                .sorted(java.util.Comparator.comparing(RosteredShift::starts).thenComparing(RosteredShift::operatorName))
                .toList();
    }

    @Override
    public List<Shift> roster(LocalDate day) {
        return shifts(day).stream().map(RosteredShift::asShift).toList();
    }

    @Override
    @Transactional
    public RosteredShift add(LocalDate day, UserId operator, LocalTime starts, LocalTime ends, String by) {
        if (day == null || operator == null || starts == null || ends == null) {
            throw new IllegalArgumentException("a shift needs a day, an operator, a start and an end time");
        }
        String name = Optional.ofNullable(operatorNames().get(operator)).orElseThrow(() ->
                new IllegalArgumentException("only an operator can be rostered: that user is unknown or does not "
                        + "have the operator role; choose one of the operators listed"));
        lock(operator, day);
        List<Shift> theirs = new ArrayList<>();
        jdbc.sql("SELECT starts, ends FROM roster_shift WHERE operator_id = ? AND day = ?")
                .params(operator.value(), day)
                .query(rs -> {
                    theirs.add(new Shift(name, rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)));
                });
        // Both refuse with the operator's name and the times: an end before the start, or an overlap.
        theirs.add(new Shift(name, starts, ends));
        new Roster(theirs);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO roster_shift (id, operator_id, day, starts, ends, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, operator.value(), day, starts, ends, by, java.sql.Timestamp.from(clock.instant()))
                .update();
        RosteredShift added = new RosteredShift(id, operator, name, day, starts, ends);
        audit.record(by, "ROSTER_SHIFT_ADD", SUBJECT, id.toString(), "before: none; after: " + describe(added));
        return added;
    }

    @Override
    @Transactional
    public boolean remove(UUID shift, String by) {
        Map<UserId, String> names = operatorNames();
        Optional<RosteredShift> found = jdbc.sql("DELETE FROM roster_shift WHERE id = ? "
                        + "RETURNING operator_id, day, starts, ends")
                .param(shift)
                .query((rs, n) -> {
                    UserId operator = new UserId(rs.getObject(1, UUID.class));
                    return new RosteredShift(shift, operator, names.getOrDefault(operator, "a former operator"),
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class),
                            rs.getObject(4, LocalTime.class));
                }).optional();
        found.ifPresent(s -> audit.record(by, "ROSTER_SHIFT_REMOVE", SUBJECT, shift.toString(),
                "before: " + describe(s) + "; after: none"));
        return found.isPresent();
    }

    @Override
    @Transactional
    public int copy(LocalDate from, LocalDate to, String by) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("choose a different day to copy the roster to");
        }
        int copied = 0;
        for (RosteredShift shift : shifts(from)) {
            try {
                add(to, shift.operator(), shift.starts(), shift.ends(), by);
                copied++;
            } catch (IllegalArgumentException overlapsOrNoLongerOperator) {
                // Already rostered then, or no longer an operator: the day keeps what it has.
            }
        }
        return copied;
    }

    @Override
    public List<Operator> operators() {
        return accounts.usersWithRole(Role.OPERATOR).stream()
                .map(c -> new Operator(c.userId(), c.name()))
                .sorted(java.util.Comparator.comparing(Operator::name)).toList();
    }

    private Map<UserId, String> operatorNames() {
        return operators().stream().collect(Collectors.toMap(Operator::id, Operator::name, (a, b) -> a));
    }

    private void lock(UserId operator, LocalDate day) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("roster:" + operator + ":" + day)
                .query((rs, n) -> 1).list();
    }

    static String describe(RosteredShift shift) {
        return shift.operatorName() + " on " + shift.day() + " from " + shift.starts() + " to " + shift.ends();
    }
}
