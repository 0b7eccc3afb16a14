package org.rollcall.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rollcall.attendance.AttendanceReports;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.attendance.SessionCounts;
import org.rollcall.attendance.SessionMark;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcAttendanceReports implements AttendanceReports {

    private static final String PERIOD = " WHERE m.superseded_at IS NULL AND m.authority_id = ? AND m.on_date "
            + "BETWEEN ? AND ?";
    private static final String IN_CATEGORIES = " AND c.category = ANY(?)";
    private static final String FROM = " FROM mark m JOIN attendance_code c ON c.code_set_id = m.code_set_id "
            + "AND c.code = m.code";
    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE c.category = 'PRESENT') AS present,
                   count(*) FILTER (WHERE c.category = 'APPROVED_ACTIVITY') AS approved,
                   count(*) FILTER (WHERE c.category = 'AUTHORISED_ABSENCE') AS authorised,
                   count(*) FILTER (WHERE c.category = 'UNAUTHORISED_ABSENCE') AS unauthorised,
                   count(*) FILTER (WHERE c.category = 'NOT_POSSIBLE') AS not_possible,
                   count(*) FILTER (WHERE c.category = 'ADMINISTRATIVE') AS administrative""";

    private final JdbcClient jdbc;

    JdbcAttendanceReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Mark> marks(AuthorityId authority, LocalDate from, LocalDate to, Set<CodeCategory> categories,
                            int offset, int limit) {
        return jdbc.sql(JdbcAttendance.ALL + PERIOD + IN_CATEGORIES
                        + " ORDER BY m.on_date, m.child_id, m.session OFFSET ? LIMIT ?")
                .params(authority.value(), from, to, names(categories), offset, limit)
                .query(JdbcAttendance::mark).list();
    }

    @Override
    public long countMarks(AuthorityId authority, LocalDate from, LocalDate to, Set<CodeCategory> categories) {
        return jdbc.sql("SELECT count(*)" + FROM + PERIOD + IN_CATEGORIES)
                .params(authority.value(), from, to, names(categories)).query(Long.class).single();
    }

    @Override
    public List<SessionCounts> perChild(AuthorityId authority, LocalDate from, LocalDate to, int offset, int limit) {
        return jdbc.sql(COUNTS + ", m.child_id" + FROM + PERIOD
                        + " GROUP BY m.child_id ORDER BY m.child_id OFFSET ? LIMIT ?")
                .params(authority.value(), from, to, offset, limit)
                .query((rs, n) -> counts(rs, new ChildId(rs.getObject("child_id", UUID.class)))).list();
    }

    @Override
    public long countChildren(AuthorityId authority, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(DISTINCT m.child_id)" + FROM + PERIOD)
                .params(authority.value(), from, to).query(Long.class).single();
    }

    @Override
    public SessionCounts total(AuthorityId authority, LocalDate from, LocalDate to) {
        return jdbc.sql(COUNTS + FROM + PERIOD).params(authority.value(), from, to)
                .query((rs, n) -> counts(rs, null)).single();
    }

    private static SessionCounts counts(ResultSet rs, ChildId child) throws SQLException {
        return new SessionCounts(child, rs.getInt("present"), rs.getInt("approved"), rs.getInt("authorised"),
                rs.getInt("unauthorised"), rs.getInt("not_possible"), rs.getInt("administrative"));
    }

    private static String[] names(Set<CodeCategory> categories) {
        return categories.stream().map(CodeCategory::name).toArray(String[]::new);
    }

    private static final String SESSION_MARKS = """
            SELECT m.child_id, m.on_date, m.session, m.code, c.category, c.description FROM mark m
            JOIN attendance_code c ON c.code_set_id = m.code_set_id AND c.code = m.code
            WHERE m.superseded_at IS NULL AND m.on_date BETWEEN ? AND ?""";

    @Override
    public List<SessionMark> sessionMarks(AuthorityId authority, LocalDate from, LocalDate to) {
        // The partial (authority_id, on_date) index of current marks, covering with V54's INCLUDE columns.
        return jdbc.sql(SESSION_MARKS + " AND m.authority_id = ?").params(from, to, authority.value())
                .query(JdbcAttendanceReports::sessionMark).list();
    }

    @Override
    public List<SessionMark> sessionMarks(ChildId child, LocalDate from, LocalDate to) {
        return jdbc.sql(SESSION_MARKS + " AND m.child_id = ?").params(from, to, child.value())
                .query(JdbcAttendanceReports::sessionMark).list();
    }

    private static SessionMark sessionMark(ResultSet rs, int n) throws SQLException {
        return new SessionMark(new ChildId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class),
                Session.valueOf(rs.getString(3)), rs.getString(4), CodeCategory.valueOf(rs.getString(5)),
                rs.getString(6));
    }
}
