package org.rollcall.attendance.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.Session;
import org.rollcall.directory.Nation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The code sets of both nations with the dates they are in force, read once from the reference tables (they change
 * by migration only). A mark is checked against the set in force on the mark's own date, so a late correction for a
 * day under an older set uses that set's codes.
 */
@Component
class CodeSets {

    private record Dated(CodeSet set, LocalDate from, LocalDate to) {

        boolean inForceOn(Nation nation, LocalDate day) {
            return set.nation() == nation && !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    private final JdbcClient jdbc;
    private volatile List<Dated> sets;

    CodeSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CodeSet forNation(Nation nation, LocalDate day) {
        if (sets == null) {
            sets = load();
        }
        return sets.stream().filter(d -> d.inForceOn(nation, day))
                .max(Comparator.comparing(Dated::from)).map(Dated::set)
                .orElseThrow(() -> new MarkRejectedException("no " + nation.name()
                        .toLowerCase() + " attendance code set is in force on " + day
                        + ": marks can be taken from the start of the oldest code set onwards"));
    }

    /** A code of the set with that id, for reading marks back; empty for a code the set never had. */
    java.util.Optional<AttendanceCode> code(String setId, String code) {
        if (sets == null) {
            sets = load();
        }
        return sets.stream().filter(d -> d.set().id().equals(setId)).findFirst().flatMap(d -> d.set().find(code));
    }

    private List<Dated> load() {
        record Row(String id, Nation nation, LocalDate from, LocalDate to) {
        }
        List<Row> rows = jdbc.sql("SELECT id, nation, valid_from, valid_to FROM code_set")
                .query((rs, n) -> new Row(rs.getString("id"), Nation.valueOf(rs.getString("nation")),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
        return rows.stream().map(r -> new Dated(new CodeSet(r.id(), r.nation(), codes(r.id())), r.from(), r.to()))
                .toList();
    }

    private List<AttendanceCode> codes(String setId) {
        return jdbc.sql("SELECT code, description, category, sessions FROM attendance_code "
                        + "WHERE code_set_id = ? ORDER BY category, code")
                .param(setId)
                .query((rs, n) -> new AttendanceCode(rs.getString(1), rs.getString(2),
                        CodeCategory.valueOf(rs.getString(3)),
                        "BOTH".equals(rs.getString(4)) ? null : Session.valueOf(rs.getString(4))))
                .list();
    }
}
