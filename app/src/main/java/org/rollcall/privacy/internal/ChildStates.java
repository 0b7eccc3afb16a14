package org.rollcall.privacy.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.privacy.ChildFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Children as data protection sees them: in the service or left (LeftService) and erased or not. Read-only queries
 * over the directory's child and placement tables (the documented first step of ADR 0034).
 */
@Component
public class ChildStates {

    /** A child's state: {@code leftOn} empty while in the service (or never placed). */
    public record State(UUID id, UUID authorityId, String authority, String name, String upn, LocalDate dateOfBirth,
                        int placements, boolean anyCurrent, LocalDate latestEnd, boolean erased) {

        public Optional<LocalDate> leftOn(LocalDate today) {
            return LeftService.leftOn(placements, anyCurrent, latestEnd, today);
        }

        public ChildFound found(LocalDate today) {
            return new ChildFound(id, name, upn, dateOfBirth, authority, placements > 0 && leftOn(today).isEmpty(),
                    leftOn(today).orElse(null), erased);
        }
    }

    private static final String STATE = """
            SELECT c.id, c.authority_id, a.name AS authority, c.first_name || ' ' || c.last_name AS name, c.upn,
                   c.date_of_birth, count(p.id) AS placements,
                   coalesce(bool_or(p.ends_on IS NULL OR p.ends_on >= :today), false) AS any_current,
                   max(p.ends_on) AS latest_end,
                   EXISTS (SELECT 1 FROM privacy_erasure e WHERE e.reference = c.id) AS erased
            FROM child c JOIN authority a ON a.id = c.authority_id LEFT JOIN placement p ON p.child_id = c.id
            """;

    private final JdbcClient jdbc;

    ChildStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<State> of(UUID child, LocalDate today) {
        return jdbc.sql(STATE + " WHERE c.id = :child GROUP BY c.id, a.name").param("child", child)
                .param("today", today).query(ChildStates::state).optional();
    }

    /** Children whose name or UPN contain every word of the text, at most {@code limit}, by name. */
    public List<State> search(String text, LocalDate today, int limit) {
        String pattern = "%" + text.strip().replaceAll("[\\\\%_]", "\\\\$0").replaceAll("\\s+", "%") + "%";
        return jdbc.sql(STATE + """
                         WHERE (c.first_name || ' ' || c.last_name ILIKE :pattern OR c.upn ILIKE :pattern)
                         GROUP BY c.id, a.name ORDER BY c.last_name, c.first_name LIMIT :limit""")
                .param("pattern", pattern).param("today", today).param("limit", limit)
                .query(ChildStates::state).list();
    }

    /** Every child not yet erased with placements, for the retention job. */
    public List<State> notErased(LocalDate today) {
        return jdbc.sql(STATE + """
                         WHERE NOT EXISTS (SELECT 1 FROM privacy_erasure e WHERE e.reference = c.id)
                         GROUP BY c.id, a.name HAVING count(p.id) > 0""")
                .param("today", today).query(ChildStates::state).list();
    }

    private static State state(ResultSet rs, int n) throws SQLException {
        Date end = rs.getDate("latest_end");
        return new State(rs.getObject("id", UUID.class), rs.getObject("authority_id", UUID.class),
                rs.getString("authority"), rs.getString("name"), rs.getString("upn"),
                rs.getDate("date_of_birth").toLocalDate(), rs.getInt("placements"), rs.getBoolean("any_current"),
                end == null ? null : end.toLocalDate(), rs.getBoolean("erased"));
    }
}
