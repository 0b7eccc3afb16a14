package org.rollcall.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.Term;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the day rules need, for every provision or for one, in three queries: bank holidays of the version in
 * force within the range, terms (all of them: the first and last decide how far the term dates reach), and live
 * closures that touch the range.
 */
@Component
class CalendarReads {

    private static final String HOLIDAYS = """
            SELECT nation, on_date, title FROM bank_holiday
            WHERE version = (SELECT max(version) FROM bank_holiday_version) AND on_date BETWEEN ? AND ?""";
    private static final String TERMS = """
            SELECT authority_id, name, starts_on, ends_on, half_term_starts_on, half_term_ends_on FROM term""";
    private static final String CLOSURES = """
            SELECT id, provision_id, first_day, last_day, sessions, reason, note FROM closure
            WHERE withdrawn_at IS NULL AND first_day <= ? AND last_day >= ?""";

    private final JdbcClient jdbc;

    CalendarReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CalendarData all(LocalDate from, LocalDate to) {
        return new CalendarData(holidays(jdbc.sql(HOLIDAYS).params(from, to)), allTerms(),
                closures(jdbc.sql(CLOSURES).params(to, from)));
    }

    /** The same for these provisions only: their closures, all terms and holidays (both small). */
    CalendarData some(java.util.Collection<ProvisionId> provisions, LocalDate from, LocalDate to) {
        UUID[] ids = provisions.stream().map(ProvisionId::value).distinct().toArray(UUID[]::new);
        return new CalendarData(holidays(jdbc.sql(HOLIDAYS).params(from, to)), allTerms(),
                closures(jdbc.sql(CLOSURES + " AND provision_id = ANY(?)").params(to, from, ids)));
    }

    CalendarData none() {
        return new CalendarData(Map.of(), Map.of(), Map.of());
    }

    private Map<AuthorityId, List<Term>> allTerms() {
        Map<AuthorityId, List<Term>> terms = new HashMap<>();
        jdbc.sql(TERMS).query(rs -> {
            terms.computeIfAbsent(new AuthorityId(rs.getObject(1, UUID.class)), a -> new ArrayList<>()).add(term(rs));
        });
        return terms;
    }

    /** The same for one provision of this nation and local authority (null when not known). */
    CalendarData one(ProvisionId provision, Nation nation, AuthorityId authority, LocalDate from, LocalDate to) {
        Map<AuthorityId, List<Term>> terms = authority == null ? Map.of() : Map.of(authority,
                jdbc.sql(TERMS + " WHERE authority_id = ?").param(authority.value())
                        .query((rs, n) -> term(rs)).list());
        return new CalendarData(holidays(jdbc.sql(HOLIDAYS + " AND nation = ?").params(from, to, nation.name())),
                terms, closures(jdbc.sql(CLOSURES + " AND provision_id = ?").params(to, from, provision.value())));
    }

    /** Terms of one authority, oldest first. */
    List<Term> terms(AuthorityId authority) {
        return jdbc.sql(TERMS + " WHERE authority_id = ? ORDER BY starts_on").param(authority.value())
                .query((rs, n) -> term(rs)).list();
    }

    private static Map<Nation, Map<LocalDate, String>> holidays(JdbcClient.StatementSpec query) {
        Map<Nation, Map<LocalDate, String>> holidays = new EnumMap<>(Nation.class);
        query.query(rs -> {
            holidays.computeIfAbsent(Nation.valueOf(rs.getString(1)), n -> new HashMap<>())
                    .put(rs.getObject(2, LocalDate.class), rs.getString(3));
        });
        return holidays;
    }

    private static Map<ProvisionId, List<CalendarData.Span>> closures(JdbcClient.StatementSpec query) {
        Map<ProvisionId, List<CalendarData.Span>> closures = new HashMap<>();
        query.query(rs -> {
            closures.computeIfAbsent(new ProvisionId(rs.getObject(2, UUID.class)), p -> new ArrayList<>())
                    .add(new CalendarData.Span(new ClosureId(rs.getObject(1, UUID.class)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            ClosedSessions.valueOf(rs.getString(5)),
                            Closure.describe(ClosureReason.valueOf(rs.getString(6)), rs.getString(7))));
        });
        return closures;
    }

    private static Term term(ResultSet rs) throws SQLException {
        return new Term(rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getObject("half_term_starts_on", LocalDate.class),
                rs.getObject("half_term_ends_on", LocalDate.class));
    }
}
