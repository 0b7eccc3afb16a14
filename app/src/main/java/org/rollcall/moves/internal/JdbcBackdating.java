package org.rollcall.moves.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.moves.BackdateEntry;
import org.rollcall.moves.BackdateRefusedException;
import org.rollcall.moves.BackdateSheet;
import org.rollcall.moves.Backdating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcBackdating implements Backdating {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final SchoolCalendar calendar;
    private final Attendance attendance;
    private final Clock clock;

    JdbcBackdating(JdbcClient jdbc, Directory directory, SchoolCalendar calendar, Attendance attendance,
                   Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
        this.attendance = attendance;
        this.clock = clock;
    }

    private record Open(UUID move, ChildId child, ProvisionId school, LocalDate from) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Due> dueAt(ProvisionId school) {
        List<Open> open = jdbc.sql("SELECT move_id, child_id, provision_id, from_date FROM backdate "
                        + "WHERE provision_id = ? AND closed_at IS NULL ORDER BY from_date, move_id")
                .param(school.value()).query((rs, n) -> new Open(rs.getObject(1, UUID.class),
                        new ChildId(rs.getObject(2, UUID.class)), new ProvisionId(rs.getObject(3, UUID.class)),
                        rs.getObject(4, LocalDate.class)))
                .list();
        List<Due> due = new ArrayList<>();
        for (Open o : open) {
            BackdateSheet sheet = sheet(o);
            if (sheet.missing() > 0) {
                due.add(new Due(o.move(), sheet.childName(), o.from(), sheet.missing()));
            }
        }
        return due;
    }

    @Override
    @Transactional(readOnly = true)
    public BackdateSheet sheet(UUID move) {
        return sheet(find(move, false));
    }

    // Entered on an operator's call screen (or by a robot operator), as marks are: no method security of its own.
    @Override
    @Transactional
    public BackdateSheet save(UUID move, List<BackdateEntry> entries, UUID callId, String who) {
        Open o = find(move, true);
        LocalDate today = LocalDate.now(clock);
        String child = childName(o.child());
        String school = schoolName(o.school());
        Map<LocalDate, OpenSessions> days = new HashMap<>();
        Map<BackdateEntry.Slot, String> problems = BackdateRules.check(entries, child, school, o.from(), today,
                (day, session) -> {
                    OpenSessions open = days.computeIfAbsent(day, d -> calendar.open(o.school(), d));
                    return session == Session.AM ? open.am() : open.pm();
                });
        if (!problems.isEmpty()) {
            throw new BackdateRefusedException(problems);
        }
        Map<BackdateEntry.Slot, Mark> current = new HashMap<>();
        attendance.currentMarks(o.child(), o.from(), today).forEach(m -> current.put(
                new BackdateEntry.Slot(m.date(), m.session()), m));
        List<RecordMark> marks = new ArrayList<>();
        Map<RecordMark, BackdateEntry.Slot> slots = new LinkedHashMap<>();
        for (BackdateEntry e : entries) {
            if (e.code() == null || e.code().isBlank()) {
                continue; // left empty: still to ask
            }
            Mark now = current.get(e.slot());
            if (now != null && now.code().equals(e.code().strip()) && Objects.equals(blankToNull(now.reason()),
                    blankToNull(e.reason()))) {
                continue; // already on record as typed
            }
            RecordMark mark = new RecordMark(o.child(), o.school(), e.date(), e.session(), e.code().strip(),
                    e.reason(), callId, null, who);
            marks.add(mark);
            slots.put(mark, e.slot());
        }
        try {
            attendance.recordAll(marks);
        } catch (MarkRejectedException e) {
            BackdateEntry.Slot slot = e.mark().map(slots::get).orElse(null);
            if (slot == null) {
                throw e;
            }
            String prefix = child + ", " + slot.session() + ": "; // the batch's "which", said by the grid
            throw new BackdateRefusedException(Map.of(slot, e.getMessage().startsWith(prefix)
                    ? e.getMessage().substring(prefix.length()) : e.getMessage()));
        }
        BackdateSheet sheet = sheet(o);
        if (sheet.missing() == 0) {
            jdbc.sql("UPDATE backdate SET closed_at = ?, closed_by = ? WHERE move_id = ?")
                    .params(Timestamp.from(clock.instant()), who, move).update();
        }
        return sheet;
    }

    private Open find(UUID move, boolean lock) {
        return jdbc.sql("SELECT move_id, child_id, provision_id, from_date FROM backdate WHERE move_id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(move).query((rs, n) -> new Open(rs.getObject(1, UUID.class),
                        new ChildId(rs.getObject(2, UUID.class)), new ProvisionId(rs.getObject(3, UUID.class)),
                        rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> new IllegalArgumentException("no backdating for that move: refresh"));
    }

    /** The school days from the start to the day before today, with the marks current for them. */
    private BackdateSheet sheet(Open o) {
        LocalDate today = LocalDate.now(clock);
        Map<BackdateEntry.Slot, Mark> current = new HashMap<>();
        if (o.from().isBefore(today)) {
            attendance.currentMarks(o.child(), o.from(), today.minusDays(1)).forEach(m -> current.put(
                    new BackdateEntry.Slot(m.date(), m.session()), m));
        }
        List<BackdateSheet.Day> days = new ArrayList<>();
        for (LocalDate d = o.from(); d.isBefore(today); d = d.plusDays(1)) {
            OpenSessions open = calendar.open(o.school(), d);
            if (open.any()) {
                Mark am = current.get(new BackdateEntry.Slot(d, Session.AM));
                Mark pm = current.get(new BackdateEntry.Slot(d, Session.PM));
                days.add(new BackdateSheet.Day(d, open.am(), open.pm(), am == null ? null : am.code(),
                        am == null ? null : am.reason(), pm == null ? null : pm.code(),
                        pm == null ? null : pm.reason()));
            }
        }
        return new BackdateSheet(o.move(), o.child(), childName(o.child()), o.school(), schoolName(o.school()),
                o.from(), days);
    }

    private String childName(ChildId child) {
        var label = directory.childLabels(List.of(child)).get(child);
        return label == null ? "the child" : label.name();
    }

    private String schoolName(ProvisionId school) {
        return directory.provisionNames(List.of(school)).getOrDefault(school, "the school");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
