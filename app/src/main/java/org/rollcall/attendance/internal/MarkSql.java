package org.rollcall.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/** How a mark is read: its row with its code's category, and the row as a {@link Mark}. */
final class MarkSql {

    static final String ALL = """
            SELECT m.*, c.category FROM mark m
            JOIN attendance_code c ON c.code_set_id = m.code_set_id AND c.code = m.code""";
    static final String CURRENT = ALL + " WHERE m.superseded_at IS NULL";

    private MarkSql() {
    }

    static Mark mark(ResultSet rs, int n) throws SQLException {
        var heard = rs.getTimestamp("heard_at");
        return new Mark(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                new AuthorityId(rs.getObject("authority_id", UUID.class)),
                new ProvisionId(rs.getObject("provision_id", UUID.class)), rs.getObject("on_date", LocalDate.class),
                Session.valueOf(rs.getString("session")), rs.getString("code_set_id"), rs.getString("code"),
                CodeCategory.valueOf(rs.getString("category")), rs.getString("reason"),
                rs.getObject("call_id", UUID.class), rs.getObject("offset_seconds", Integer.class),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                heard == null ? null : heard.toInstant(), rs.getBoolean("excluded"),
                MarkSource.valueOf(rs.getString("source")), rs.getString("confirmed_by"));
    }
}
