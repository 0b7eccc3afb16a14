package org.rollcall.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.AttendanceReports;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.attendance.SessionCounts;
import org.rollcall.attendance.WeekMarks;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    private final CodeSets codeSets;

    JdbcAttendanceReports(JdbcClient jdbc, CodeSets codeSets) {
        this.jdbc = jdbc;
        this.codeSets = codeSets;
    }

    @Override
    public List<Mark> marks(AuthorityId authority, LocalDate from, LocalDate to, Set<CodeCategory> categories,
                            int offset, int limit) {
        return jdbc.sql(MarkSql.ALL + PERIOD + IN_CATEGORIES
                        + " ORDER BY m.on_date, m.child_id, m.session OFFSET ? LIMIT ?")
                .params(authority.value(), from, to, names(categories), offset, limit)
                .query(MarkSql::mark).list();
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

    // V72's mark_week: kept with every mark, a fifth of the rows of the marks themselves. The code's category and
    // meaning come from the code sets in memory: moving the meaning's text with every row was most of the read.
    private static final String WEEK_MARKS = """
            SELECT w.child_id, w.monday, w.code_set_id, w.code, w.sessions FROM mark_week w
            WHERE w.monday BETWEEN ? AND ? AND %s""";

    @Override
    public List<WeekMarks> weekMarks(AuthorityId authority, LocalDate from, LocalDate to) {
        return weekMarks("w.authority_id = ?", authority.value(), from, to);
    }

    @Override
    public List<WeekMarks> weekMarks(ChildId child, LocalDate from, LocalDate to) {
        return weekMarks("w.child_id = ?", child.value(), from, to);
    }

    private List<WeekMarks> weekMarks(String whose, UUID id, LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int first = inRange(firstMonday, from, to);
        int last = inRange(lastMonday, from, to);
        List<WeekMarks> weeks = new ArrayList<>();
        Map<UUID, ChildId> children = new HashMap<>();
        jdbc.sql(WEEK_MARKS.formatted(whose)).params(firstMonday, to, id).query((RowCallbackHandler) rs -> {
            LocalDate monday = rs.getObject(2, LocalDate.class);
            // The first and last weeks may stick out of the range: keep only the sessions inside it.
            int sessions = rs.getInt(5) & (monday.equals(firstMonday) ? first : WeekMarks.WEEK)
                    & (monday.equals(lastMonday) ? last : WeekMarks.WEEK);
            if (sessions != 0) {
                String set = rs.getString(3);
                String code = rs.getString(4);
                AttendanceCode meaning = codeSets.code(set, code).orElseThrow(() -> new IllegalStateException(
                        "code " + code + " of set " + set + " is in marks but not in the code sets"));
                weeks.add(new WeekMarks(children.computeIfAbsent(rs.getObject(1, UUID.class), ChildId::new), monday,
                        meaning.code(), meaning.category(), meaning.description(), sessions));
            }
        });
        return weeks;
    }

    /** The sessions of the week starting {@code monday} that fall from {@code from} to {@code to}. */
    private static int inRange(LocalDate monday, LocalDate from, LocalDate to) {
        int bits = 0;
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                bits |= WeekMarks.bit(day, Session.AM) | WeekMarks.bit(day, Session.PM);
            }
        }
        return bits;
    }
}
