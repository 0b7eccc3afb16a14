package org.rollcall.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRoster;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcChildRoster implements ChildRoster {

    private final JdbcClient jdbc;

    JdbcChildRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RosterChild> children(AuthorityId authority, LocalDate day, int offset, int limit) {
        // One on-roll placement a day is the rule; LATERAL keeps a stray overlap from doubling a child.
        return jdbc.sql("""
                        SELECT c.id, c.first_name, c.last_name, c.upn, p.id AS school_id, p.name AS school,
                               coalesce(p.nation, a.nation) AS nation
                        FROM child c JOIN authority a ON a.id = c.authority_id
                        LEFT JOIN LATERAL (
                            SELECT pr.id, pr.name, pr.nation FROM placement pl JOIN provision pr ON pr.id = pl.provision_id
                            WHERE pl.child_id = c.id AND pl.kind = 'ON_ROLL' AND pl.starts_on <= ?
                              AND (pl.ends_on IS NULL OR pl.ends_on >= ?)
                            ORDER BY pl.starts_on DESC LIMIT 1) p ON true
                        WHERE c.authority_id = ?
                        ORDER BY c.last_name, c.first_name, c.id OFFSET ? LIMIT ?""")
                .params(day, day, authority.value(), offset, limit)
                .query((rs, n) -> {
                    UUID school = rs.getObject("school_id", UUID.class);
                    return new RosterChild(new ChildId(rs.getObject("id", UUID.class)),
                            rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("upn"),
                            school == null ? null : new ProvisionId(school), rs.getString("school"),
                            Nation.valueOf(rs.getString("nation")));
                }).list();
    }

    @Override
    public long countChildren(AuthorityId authority) {
        return jdbc.sql("SELECT count(*) FROM child WHERE authority_id = ?").param(authority.value())
                .query(Long.class).single();
    }
}
