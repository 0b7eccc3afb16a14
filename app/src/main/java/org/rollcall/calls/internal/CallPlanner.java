package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rollcall.calendar.CalendarSnapshot;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.calls.CallsProperties;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.ProvisionDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a day's call plan from who is monitored where ({@link Monitoring}) and which provisions are open
 * ({@link SchoolCalendar}), by {@link DayPlanRules}. Idempotent: run again, it adds what is new and cancels planned
 * calls that are no longer needed (a closure heard of, a child who left), never one already under way.
 */
@Component
class CallPlanner {

    private static final Logger log = LoggerFactory.getLogger(CallPlanner.class);

    private final Monitoring monitoring;
    private final SchoolCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CallsProperties properties;
    private final SchoolCoverage coverage;

    CallPlanner(Monitoring monitoring, SchoolCalendar calendar, JdbcClient jdbc, Clock clock,
                CallsProperties properties, SchoolCoverage coverage) {
        this.coverage = coverage;
        this.monitoring = monitoring;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public int planToday() {
        return plan(LocalDate.now(clock));
    }

    /** Plans the day; returns how many calls were added. */
    @Transactional
    public int plan(LocalDate day) {
        List<ProvisionDay> provisions = monitoring.provisionsToCall(day);
        CalendarSnapshot open = calendar.snapshot(day.minusDays(DayPlanRules.LOOK_BACK_DAYS), day);
        Map<UUID, LocalDate> lastWeekly = lastWeeklyCollected(day);
        CallWindow morning = properties.morningWindow();
        Map<PlanKey, DayCall> existing = existing(day);
        Rows rows = new Rows(day, clock.getZone());
        Set<PlanKey> planned = new HashSet<>();
        Set<PlanKey> covered = new HashSet<>();
        SchoolCoverage.Day schoolMarks = coverage.on(day);
        for (ProvisionDay provision : provisions) {
            for (var call : DayPlanRules.plan(day, provision, open, lastWeekly.get(provision.provision().value()),
                    morning, properties.weeklyDay())) {
                PlanKey key = new PlanKey(provision.provision().value(), call.purpose().name());
                if (schoolMarks.covers(provision.provision(), call.purpose(), call.collectFrom())) {
                    // Every child's sessions are in from the school itself (ADR 0044): the call is written and
                    // cancelled below, so the supervisor's day plan says why it is not made.
                    covered.add(key);
                } else {
                    planned.add(key);
                }
                if (!existing.containsKey(key)) {
                    rows.add(provision, call);
                }
            }
        }
        int added = rows.size() == 0 ? 0 : rows.insert(jdbc);
        UUID[] unneeded = existing.entrySet().stream().filter(e -> !planned.contains(e.getKey())
                        && !covered.contains(e.getKey()))
                .flatMap(e -> e.getValue().waiting().stream()).toArray(UUID[]::new);
        int cancelled = (unneeded.length == 0 ? 0 : cancel(unneeded)) + (covered.isEmpty() ? 0
                : cancelCovered(day, covered));
        // Needed again (a closure withdrawn): a call cancelled before anyone dialled it is due once more.
        UUID[] neededAgain = existing.entrySet().stream().filter(e -> planned.contains(e.getKey())
                && e.getValue().onlyCancelled()).flatMap(e -> e.getValue().cancelled().stream()).toArray(UUID[]::new);
        int reinstated = neededAgain.length == 0 ? 0 : reinstate(neededAgain);
        if (added > 0 || cancelled > 0 || reinstated > 0) {
            log.info("Call plan for {}: {} calls added, {} no longer needed, {} needed again ({} calls in the plan)",
                    day, added, cancelled, reinstated, planned.size());
        }
        return added;
    }

    /**
     * What {@link #plan} would plan for the day, without writing anything: the capacity plan's view of a day ahead.
     */
    List<Planned> wouldPlan(LocalDate day) {
        CalendarSnapshot open = calendar.snapshot(day.minusDays(DayPlanRules.LOOK_BACK_DAYS), day);
        Map<UUID, LocalDate> lastWeekly = lastWeeklyCollected(day);
        List<Planned> planned = new ArrayList<>();
        for (ProvisionDay provision : monitoring.provisionsToCall(day)) {
            for (var call : DayPlanRules.plan(day, provision, open, lastWeekly.get(provision.provision().value()),
                    properties.morningWindow(), properties.weeklyDay())) {
                planned.add(new Planned(provision, call));
            }
        }
        return planned;
    }

    record Planned(ProvisionDay provision, DayPlanRules.PlannedCall call) {
    }

    /** The day's calls so far, by provision and purpose, with those still waiting to be dialled (retries too). */
    private Map<PlanKey, DayCall> existing(LocalDate day) {
        Map<PlanKey, DayCall> calls = new HashMap<>();
        // Carer and social-worker calls are not the plan's: queued by escalations, never cancelled or added by it.
        jdbc.sql("SELECT id, provision_id, purpose, status FROM call WHERE call_date = ? "
                + "AND purpose IN ('MORNING', 'AFTERNOON')")
                .param(day).query(rs -> {
            DayCall call = calls.computeIfAbsent(new PlanKey(rs.getObject(2, UUID.class), rs.getString(3)),
                    k -> new DayCall(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            UUID id = rs.getObject(1, UUID.class);
            switch (rs.getString(4)) {
                case "DUE" -> call.waiting().add(id);
                case "CANCELLED" -> call.cancelled().add(id);
                default -> call.other().add(id);
            }
        });
        return calls;
    }

    /** Calls still waiting to be dialled that the plan no longer has: a closure heard of, a child who left. */
    private int cancel(UUID[] calls) {
        return jdbc.sql("""
                        UPDATE call SET status = 'CANCELLED', end_cause = 'no longer needed: the provision is closed, '
                            || 'or no monitored child is expected there any more'
                        WHERE id = ANY(?) AND status = 'DUE'""")
                .param(calls).update();
    }

    /**
     * The day's calls still waiting (just written, or planned earlier and not yet offered) whose every session the
     * school's own marks now cover: not made (ADR 0044). One statement for all of them.
     */
    private int cancelCovered(LocalDate day, Set<PlanKey> covered) {
        return jdbc.sql("""
                        UPDATE call c SET status = 'CANCELLED', end_cause = ?
                        FROM unnest(?::uuid[], ?::text[]) AS k(provision_id, purpose)
                        WHERE c.call_date = ? AND c.provision_id = k.provision_id AND c.purpose = k.purpose
                          AND c.status = 'DUE'""")
                .params(COVERED, covered.stream().map(PlanKey::provision).toArray(UUID[]::new),
                        covered.stream().map(PlanKey::purpose).toArray(String[]::new), day)
                .update();
    }

    private static final String COVERED = org.rollcall.calls.CallSummary.COVERED_BY_SCHOOL;

    private record PlanKey(UUID provision, String purpose) {
    }

    private int reinstate(UUID[] calls) {
        return jdbc.sql("UPDATE call SET status = 'DUE', end_cause = NULL WHERE id = ANY(?) AND status = 'CANCELLED'")
                .param(calls).update();
    }

    /** One provision's calls of one purpose on the day, by where they are. */
    private record DayCall(List<UUID> waiting, List<UUID> cancelled, List<UUID> other) {

        boolean onlyCancelled() {
            return waiting.isEmpty() && other.isEmpty() && !cancelled.isEmpty();
        }
    }

    /** The last day each provision's weekly children were collected on a completed call, within the catch-up. */
    private Map<UUID, LocalDate> lastWeeklyCollected(LocalDate day) {
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                        SELECT provision_id, max(call_date) FROM call
                        WHERE collect_from IS NOT NULL AND outcome = 'COMPLETED' AND call_date < ? AND call_date >= ?
                        GROUP BY provision_id""")
                .params(day, day.minusDays(DayPlanRules.MAX_CATCH_UP_DAYS))
                .query(rs -> {
                    last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return last;
    }

    /** The planned calls as columns, written in one statement each way. */
    private static final class Rows {

        private final LocalDate day;
        private final ZoneId zone;
        private final List<UUID> ids = new ArrayList<>();
        private final List<UUID> provisions = new ArrayList<>();
        private final List<UUID> windows = new ArrayList<>();
        private final List<String> dueAt = new ArrayList<>();
        private final List<String> closesAt = new ArrayList<>();
        private final List<String> purposes = new ArrayList<>();
        private final List<String> collectFrom = new ArrayList<>();

        Rows(LocalDate day, ZoneId zone) {
            this.day = day;
            this.zone = zone;
        }

        void add(ProvisionDay provision, DayPlanRules.PlannedCall call) {
            ids.add(UUID.randomUUID());
            provisions.add(provision.provision().value());
            windows.add(call.window().id());
            // On a daylight-saving day a local time in the gap moves forward; the instants stay right.
            dueAt.add(day.atTime(call.window().opensAt()).atZone(zone).toInstant().toString());
            closesAt.add(day.atTime(call.window().closesAt()).atZone(zone).toInstant().toString());
            purposes.add(call.purpose().name());
            collectFrom.add(call.collectFrom() == null ? null : call.collectFrom().toString());
        }

        int size() {
            return ids.size();
        }

        int insert(JdbcClient jdbc) {
            return jdbc.sql("""
                            INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt,
                                              status, purpose, collect_from)
                            SELECT t.id, t.provision_id, ?, t.window_id, t.closes::timestamptz, t.due::timestamptz, 1,
                                   'DUE', t.purpose, t.collect_from::date
                            FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                                 AS t(id, provision_id, window_id, closes, due, purpose, collect_from)
                            ON CONFLICT (provision_id, call_date, purpose, attempt)
                            WHERE follows_call IS NULL AND purpose IN ('MORNING', 'AFTERNOON') DO NOTHING""")
                    .params(day, ids.toArray(UUID[]::new), provisions.toArray(UUID[]::new),
                            windows.toArray(UUID[]::new), closesAt.toArray(String[]::new),
                            dueAt.toArray(String[]::new), purposes.toArray(String[]::new),
                            collectFrom.toArray(String[]::new))
                    .update();
        }
    }
}
