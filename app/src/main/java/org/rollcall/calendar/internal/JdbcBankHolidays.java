package org.rollcall.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.calendar.BankHoliday;
import org.rollcall.calendar.BankHolidayVersion;
import org.rollcall.calendar.BankHolidays;
import org.rollcall.directory.Nation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Versions of the bank holidays: each upload is a new, numbered version; the highest number is in force. */
@Component
class JdbcBankHolidays {

    private static final String VERSIONS = """
            SELECT v.version, v.source, v.imported_by, v.imported_at,
                   count(*) FILTER (WHERE h.nation = 'ENGLAND') AS england,
                   count(*) FILTER (WHERE h.nation = 'WALES') AS wales
            FROM bank_holiday_version v LEFT JOIN bank_holiday h ON h.version = v.version
            GROUP BY v.version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcBankHolidays(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new version; call in a transaction. Concurrent uploads (or nodes starting) take turns. */
    BankHolidayVersion store(ParsedBankHolidays parsed, String source, String importedBy) {
        lock();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM bank_holiday_version")
                .query(Integer.class).single();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO bank_holiday_version (version, source, imported_by, imported_at) VALUES (?, ?, ?, ?)")
                .params(version, source, importedBy, Timestamp.from(now)).update();
        parsed.holidays().forEach((nation, holidays) -> holidays.forEach(h -> jdbc.sql(
                        "INSERT INTO bank_holiday (version, nation, on_date, title) VALUES (?, ?, ?, ?)")
                .params(version, nation.name(), h.date(), h.title()).update()));
        return version(version).orElseThrow();
    }

    /** Whether any version exists; takes the same lock as {@link #store}, so call in a transaction. */
    boolean anyVersion() {
        lock();
        return jdbc.sql("SELECT count(*) FROM bank_holiday_version").query(Long.class).single() > 0;
    }

    Optional<BankHolidayVersion> version(int version) {
        return jdbc.sql(VERSIONS + " HAVING v.version = ?").param(version).query(JdbcBankHolidays::version)
                .optional();
    }

    List<BankHolidayVersion> versions() {
        return jdbc.sql(VERSIONS + " ORDER BY v.version DESC").query(JdbcBankHolidays::version).list();
    }

    /** The version in force and its dates; empty before the first version is loaded. */
    Optional<BankHolidays> inForce() {
        return versions().stream().findFirst().map(v -> {
            Map<Nation, List<BankHoliday>> dates = new EnumMap<>(Nation.class);
            for (Nation nation : Nation.values()) {
                dates.put(nation, new ArrayList<>());
            }
            jdbc.sql("SELECT nation, on_date, title FROM bank_holiday WHERE version = ? ORDER BY on_date")
                    .param(v.number())
                    .query(rs -> {
                        dates.get(Nation.valueOf(rs.getString(1)))
                                .add(new BankHoliday(rs.getObject(2, LocalDate.class), rs.getString(3)));
                    });
            return new BankHolidays(v, dates);
        });
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('rollcall.calendar.bank_holiday_version'))")
                .query((rs, n) -> 1).single();
    }

    private static BankHolidayVersion version(ResultSet rs, int n) throws SQLException {
        return new BankHolidayVersion(rs.getInt("version"), rs.getString("source"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(),
                Map.of(Nation.ENGLAND, rs.getInt("england"), Nation.WALES, rs.getInt("wales")));
    }
}
