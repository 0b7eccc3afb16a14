package org.rollcall.apattendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.apattendance.ApAbsence;
import org.rollcall.apattendance.ApAbsenceId;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.apattendance.ApReason;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The absences that flag an on-roll school's B: read for screens, closed on the school's next call. */
abstract class ApAbsenceRows implements ApAttendance {

    private static final String SELECT = """
            SELECT a.id, a.child_id, c.first_name || ' ' || c.last_name AS child_name, f.school_id, v.name AS ap_name,
                   a.on_date, a.session, a.reason, a.reason_text, a.unauthorised, f.state, f.corrected_code,
                   a.recorded_at
            FROM ap_absence_flag f JOIN ap_attendance a ON a.id = f.attendance_id JOIN child c ON c.id = a.child_id
            JOIN provision v ON v.id = a.ap_provision_id
            WHERE f.state <> 'WITHDRAWN'""";

    protected final JdbcClient jdbc;
    private final Clock clock;
    private final Attendance attendance;

    ApAbsenceRows(JdbcClient jdbc, Clock clock, Attendance attendance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attendance = attendance;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApAbsence> outstandingFor(ProvisionId school) {
        return jdbc.sql(SELECT + " AND f.school_id = ? AND f.state = 'OPEN' ORDER BY a.on_date, a.session")
                .param(school.value()).query(ApAbsenceRows::absence).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApAbsence> forAuthority(AuthorityId authority, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " AND f.authority_id = ? AND f.on_date BETWEEN ? AND ? "
                        + "ORDER BY a.on_date DESC, a.session DESC")
                .params(authority.value(), from, to).query(ApAbsenceRows::absence).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApAbsence> forChild(ChildId child) {
        return jdbc.sql(SELECT + " AND a.child_id = ? ORDER BY a.on_date DESC, a.session DESC")
                .param(child.value()).query(ApAbsenceRows::absence).list();
    }

    @Override
    @Transactional
    public void schoolKeepsB(ApAbsenceId absence, UUID callId, String who) {
        lockOpen(absence);
        close(absence, "SCHOOL_KEEPS_B", "B", callId, who);
    }

    @Override
    @Transactional
    public void corrected(ApAbsenceId absence, String code, String reason, UUID callId, String who) {
        ApAbsence open = lockOpen(absence);
        String typed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.UK);
        if (typed.equals("B")) {
            close(absence, "SCHOOL_KEEPS_B", "B", callId, who);
            return;
        }
        // Validated like any mark, with the session's own date; a refusal rolls back and leaves the flag open.
        attendance.record(new RecordMark(open.child(), open.school(), open.date(), Session.valueOf(open.half().name()),
                typed, reason, callId, null, who));
        close(absence, "CORRECTED", typed, callId, who);
    }

    private ApAbsence lockOpen(ApAbsenceId absence) {
        jdbc.sql("SELECT 1 FROM ap_absence_flag WHERE attendance_id = ? FOR UPDATE").param(absence.value())
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no absence at an alternative provision with id "
                        + absence));
        ApAbsence found = jdbc.sql(SELECT + " AND a.id = ?").param(absence.value()).query(ApAbsenceRows::absence)
                .single();
        if (!found.open()) {
            throw new IllegalArgumentException(found.sentence() + ": this was already " + found.closedHow()
                    + "; nothing changed.");
        }
        return found;
    }

    private void close(ApAbsenceId absence, String state, String code, UUID callId, String who) {
        jdbc.sql("UPDATE ap_absence_flag SET state = ?, corrected_code = ?, closed_by = ?, closed_at = ?, "
                        + "closed_on_call = ? WHERE attendance_id = ?")
                .params(state, code, who, Timestamp.from(clock.instant()), callId, absence.value()).update();
    }

    private static ApAbsence absence(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason_text") == null ? ApReason.valueOf(rs.getString("reason")).label()
                : "other: " + rs.getString("reason_text");
        String state = rs.getString("state");
        String closedHow = switch (state) {
            case "CORRECTED" -> "corrected to " + rs.getString("corrected_code");
            case "SCHOOL_KEEPS_B" -> "confirmed: the school keeps B";
            default -> null;
        };
        return new ApAbsence(new ApAbsenceId(rs.getObject("id", UUID.class)),
                new ChildId(rs.getObject("child_id", UUID.class)), rs.getString("child_name"),
                new ProvisionId(rs.getObject("school_id", UUID.class)), rs.getString("ap_name"),
                rs.getObject("on_date", LocalDate.class), HalfDay.valueOf(rs.getString("session")), reason,
                rs.getBoolean("unauthorised"), "OPEN".equals(state), closedHow,
                rs.getTimestamp("recorded_at").toInstant());
    }
}
