package org.rollcall.attendance.internal;

import java.util.EnumMap;
import java.util.Map;

import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Session;
import org.rollcall.directory.Nation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The code set in force for each nation, read once from the reference tables. */
@Component
class CodeSets {

    private final JdbcClient jdbc;
    private volatile Map<Nation, CodeSet> current;

    CodeSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CodeSet forNation(Nation nation) {
        if (current == null) {
            current = load();
        }
        return current.get(nation);
    }

    private Map<Nation, CodeSet> load() {
        Map<Nation, CodeSet> sets = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            String id = jdbc.sql("""
                            SELECT id FROM code_set WHERE nation = ? AND valid_from <= current_date
                            AND (valid_to IS NULL OR valid_to > current_date) ORDER BY valid_from DESC LIMIT 1""")
                    .param(nation.name()).query(String.class).single();
            var codes = jdbc.sql("SELECT code, description, category, sessions FROM attendance_code "
                            + "WHERE code_set_id = ? ORDER BY category, code")
                    .param(id)
                    .query((rs, n) -> new AttendanceCode(rs.getString(1), rs.getString(2),
                            CodeCategory.valueOf(rs.getString(3)),
                            "BOTH".equals(rs.getString(4)) ? null : Session.valueOf(rs.getString(4))))
                    .list();
            sets.put(nation, new CodeSet(id, nation, codes));
        }
        return sets;
    }
}
