package org.rollcall.attendance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.MarksRecorded;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.ClosedDay;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.DayPart;
import org.rollcall.calendar.ProvisionClosed;
import org.rollcall.calendar.ProvisionClosureWithdrawn;
import org.rollcall.calendar.ProvisionClosureWithdrawn.StillClosed;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks the sessions of a closure {@code #} (planned whole-school closure) for every child expected at the provision
 * on each closed school day, and withdraws those marks when the closure is withdrawn. A session that already has a
 * current mark keeps it. Runs after the calendar's commit, in its own transaction; the event registry replays it
 * after a crash, and replaying does no harm (a session marked once is not marked again).
 */
@Component
class ClosureMarks {

    static final String CLOSED = "#";
    private static final Logger log = LoggerFactory.getLogger(ClosureMarks.class);

    private record Target(ChildId child, AuthorityId authority, ProvisionId provision, LocalDate date,
                          Session session) {
    }

    private final JdbcClient jdbc;
    private final Directory directory;
    private final CalendarAdmin calendar;
    private final CodeSets codeSets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MarkWeeks markWeeks;

    ClosureMarks(JdbcClient jdbc, Directory directory, CalendarAdmin calendar, CodeSets codeSets,
                 ApplicationEventPublisher events, Clock clock, MarkWeeks markWeeks) {
        this.jdbc = jdbc;
        this.markWeeks = markWeeks;
        this.directory = directory;
        this.calendar = calendar;
        this.codeSets = codeSets;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProvisionClosed closed) {
        takeTurns(closed.closureId());
        // Withdrawn before we got to it (the two events may be handled in either order): nothing to mark.
        if (calendar.closure(closed.closureId()).filter(Closure::live).isEmpty()) {
            log.info("Closure {} was withdrawn before its sessions were marked: no # marks made", closed.closureId());
            return;
        }
        Nation nation = nation(closed.provisionId());
        Set<MarkWeeks.ChildDay> weeks = new HashSet<>();
        List<MarkRecorded> recorded = new ArrayList<>();
        int kept = 0;
        for (ClosedDay day : closed.days()) {
            for (ExpectedChild child : directory.childrenExpected(closed.provisionId(), day.date())) {
                for (DayPart part : day.sessions()) {
                    Target target = new Target(child.id(), child.authorityId(), closed.provisionId(), day.date(),
                            Session.valueOf(part.name()));
                    MarkRecorded mark = mark(target, nation, closed.closureId(), closed.description(),
                            closed.recordedBy());
                    if (mark != null) {
                        weeks.add(new MarkWeeks.ChildDay(target.child(), target.date()));
                        recorded.add(mark);
                    } else {
                        kept++;
                        log.info("Closure {}: {} {} of child {} already has a current mark, which is kept",
                                closed.closureId(), day.date(), part, child.id());
                    }
                }
            }
        }
        // Once for the closure, which for a school's week is hundreds of marks (ADRs 0050, 0052).
        markWeeks.refresh(weeks);
        announce(recorded);
        log.info("Closure {} of provision {}: {} sessions marked #, {} kept their current mark", closed.closureId(),
                closed.provisionId(), recorded.size(), kept);
    }

    @ApplicationModuleListener
    void on(ProvisionClosureWithdrawn withdrawn) {
        takeTurns(withdrawn.closureId());
        Map<String, StillClosed> stillClosed = new HashMap<>();
        withdrawn.stillClosed().forEach(s -> stillClosed.put(s.date() + " " + s.session(), s));
        record Current(UUID id, Target target) {
        }
        List<Current> marks = jdbc.sql("""
                        SELECT id, child_id, authority_id, provision_id, on_date, session FROM mark
                        WHERE closure_id = ? AND superseded_at IS NULL FOR UPDATE""")
                .param(withdrawn.closureId().value())
                .query((rs, n) -> new Current(rs.getObject(1, UUID.class), new Target(
                        new ChildId(rs.getObject(2, UUID.class)), new AuthorityId(rs.getObject(3, UUID.class)),
                        new ProvisionId(rs.getObject(4, UUID.class)), rs.getObject(5, LocalDate.class),
                        Session.valueOf(rs.getString(6)))))
                .list();
        Nation nation = nation(withdrawn.provisionId());
        Timestamp now = Timestamp.from(clock.instant());
        Set<MarkWeeks.ChildDay> weeks = new HashSet<>();
        List<MarkRecorded> passedOn = new ArrayList<>();
        for (Current mark : marks) {
            jdbc.sql("UPDATE mark SET superseded_at = ? WHERE id = ?").params(now, mark.id()).update();
            StillClosed other = stillClosed.get(mark.target().date() + " " + mark.target().session());
            if (other != null) {
                MarkRecorded replacement = mark(mark.target(), nation, other.closureId(), other.description(),
                        withdrawn.withdrawnBy());
                jdbc.sql("UPDATE mark SET superseded_by = ? WHERE id = ?").params(replacement.markId(), mark.id())
                        .update();
                passedOn.add(replacement);
            }
            weeks.add(new MarkWeeks.ChildDay(mark.target().child(), mark.target().date()));
        }
        markWeeks.refresh(weeks);
        announce(passedOn);
        log.info("Closure {} withdrawn by {}: {} # marks withdrawn (kept in history), {} of them passed to another "
                + "closure of the same days", withdrawn.closureId(), withdrawn.withdrawnBy(), marks.size(),
                passedOn.size());
    }

    /**
     * Records a {@code #} mark unless the session has a current mark; returns what was recorded, or null when kept.
     * The caller refolds the weeks of the marks it made and announces them, once for all of them.
     */
    private MarkRecorded mark(Target t, Nation nation, ClosureId closure, String description, String recordedBy) {
        CodeSet set = codeSets.forNation(nation, t.date());
        AttendanceCode code = set.find(CLOSED).orElseThrow(() -> new IllegalStateException("code set " + set.id()
                + " has no " + CLOSED + " code for a planned closure"));
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO mark (id, child_id, authority_id, provision_id, on_date, session, code_set_id,
                                          code, reason, recorded_by, recorded_at, closure_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (child_id, on_date, session) WHERE superseded_at IS NULL DO NOTHING""")
                .params(id, t.child().value(), t.authority().value(), t.provision().value(), t.date(),
                        t.session().name(), set.id(), code.code(), description, recordedBy,
                        Timestamp.from(clock.instant()), closure.value())
                .update();
        if (inserted == 0) {
            return null;
        }
        MarkRecorded recorded = new MarkRecorded(id, t.child(), t.authority(), t.date(), t.session(), code.code(),
                code.category(), null);
        events.publishEvent(recorded);
        return recorded;
    }

    private void announce(List<MarkRecorded> recorded) {
        if (!recorded.isEmpty()) {
            events.publishEvent(new MarksRecorded(recorded));
        }
    }

    private Nation nation(ProvisionId provision) {
        return directory.provisionPlace(provision).map(ProvisionPlace::nation).orElseThrow(
                () -> new IllegalStateException("no provision with id " + provision));
    }

    /** Marking and unmarking the same closure never run at once (two nodes, or a replay after a crash). */
    private void takeTurns(ClosureId closure) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("rollcall.closure." + closure.value())
                .query((rs, n) -> 1).single();
    }
}
