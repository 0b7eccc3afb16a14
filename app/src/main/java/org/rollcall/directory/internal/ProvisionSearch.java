package org.rollcall.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.directory.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's reads and writes for alternative provision (issue 12): searching provisions by name, town or URN,
 * their town and open days, and a child's alternative placements with end dates and timetables. Kept apart from
 * {@link JdbcDirectory} and {@link JdbcDirectoryAdmin}, which call it in one line each.
 */
final class ProvisionSearch {

    static final int MAX_LIMIT = 50;
    /** The expression {@code provision_search_idx} (V38) indexes with trigrams; the query must repeat it exactly. */
    private static final String SEARCHED = "lower(name || ' ' || coalesce(town, '') || ' ' || coalesce(urn, ''))";
    private static final String COLUMNS = "id, name, town, urn, type, open_weekdays";

    private ProvisionSearch() {
    }

    static List<ProvisionMatch> search(JdbcClient jdbc, String text, Set<ProvisionType> types, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a search lists 1 to " + MAX_LIMIT + " provisions, not " + limit);
        }
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<String> words = typed.isEmpty() ? List.of() : List.of(typed.split("\\s+"));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM provision WHERE type = ANY(?)");
        List<Object> params = new ArrayList<>();
        params.add((types.isEmpty() ? EnumSet.allOf(ProvisionType.class) : types).stream().map(Enum::name)
                .toArray(String[]::new));
        for (String word : words) {
            sql.append(" AND ").append(SEARCHED).append(" LIKE ?");
            params.add("%" + escape(word) + "%");
        }
        sql.append(" ORDER BY (lower(name) LIKE ?) DESC, name, town, id LIMIT ?");
        params.add(escape(typed) + "%");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(ProvisionSearch::match).list();
    }

    static Optional<ProvisionMatch> byId(JdbcClient jdbc, ProvisionId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provision WHERE id = ?").param(id.value())
                .query(ProvisionSearch::match).optional();
    }

    static Optional<ProvisionMatch> byUrn(JdbcClient jdbc, Urn urn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provision WHERE urn = ?").param(urn.value())
                .query(ProvisionSearch::match).optional();
    }

    static List<AlternativePlacement> alternativePlacements(JdbcClient jdbc, ChildId child, LocalDate from) {
        record Row(UUID placement, ProvisionMatch provision, LocalDate startsOn, LocalDate endsOn) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT p.id AS placement_id, p.starts_on, p.ends_on, v.id, v.name, v.town, v.urn, v.type,
                               v.open_weekdays
                        FROM placement p JOIN provision v ON v.id = p.provision_id
                        WHERE p.child_id = ? AND p.kind = 'ALTERNATIVE' AND (p.ends_on IS NULL OR p.ends_on >= ?)
                        ORDER BY p.starts_on, v.name""")
                .params(child.value(), from)
                .query((rs, n) -> new Row(rs.getObject("placement_id", UUID.class), match(rs, n),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .list();
        List<AlternativePlacement> placements = new ArrayList<>();
        for (Row row : rows) {
            var sessions = new TreeSet<TimetabledSession>();
            jdbc.sql("SELECT weekday, session FROM placement_session WHERE placement_id = ?").param(row.placement())
                    .query(rs -> {
                        sessions.add(new TimetabledSession(DayOfWeek.of(rs.getInt(1)),
                                HalfDay.valueOf(rs.getString(2))));
                    });
            placements.add(new AlternativePlacement(row.provision(), row.startsOn(), row.endsOn(), sessions));
        }
        return placements;
    }

    static void setTownAndOpenDays(JdbcClient jdbc, ProvisionId provision, String town, Set<DayOfWeek> openDays) {
        if (openDays == null || openDays.isEmpty()) {
            throw new IllegalArgumentException("a provision is open on at least one weekday: tick Monday to Friday "
                    + "as it opens");
        }
        if (openDays.contains(DayOfWeek.SATURDAY) || openDays.contains(DayOfWeek.SUNDAY)) {
            throw new IllegalArgumentException("open days are weekdays, Monday to Friday: Rollcall calls on no "
                    + "weekend");
        }
        String place = town == null || town.isBlank() ? null
                : org.rollcall.platform.FreeText.checked(town.strip(), "the town", org.rollcall.platform.FreeText
                .MAX_NAME, false);
        int changed = jdbc.sql("UPDATE provision SET town = ?, open_weekdays = ? WHERE id = ?")
                .params(place, openDays.stream().map(DayOfWeek::getValue).sorted().toArray(Integer[]::new),
                        provision.value())
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("no provision with id " + provision + ": check the id");
        }
    }

    static void placeAlternative(JdbcClient jdbc, ChildId child, ProvisionId provision, LocalDate startsOn,
                                 LocalDate endsOn) {
        requireDates(startsOn, endsOn);
        ProvisionType type = byId(jdbc, provision).map(ProvisionMatch::type).orElseThrow(() ->
                new IllegalArgumentException("no provision with id " + provision + ": check the id"));
        if (type != ProvisionType.ALTERNATIVE_PROVISION && type != ProvisionType.PRU) {
            throw new IllegalArgumentException("a child attends an alternative provision or a pupil referral unit "
                    + "alongside their school, not a " + type.label().toLowerCase(Locale.UK));
        }
        jdbc.sql("""
                        INSERT INTO placement (id, child_id, provision_id, kind, starts_on, ends_on)
                        VALUES (?, ?, ?, 'ALTERNATIVE', ?, ?)""")
                .params(UUID.randomUUID(), child.value(), provision.value(), startsOn, endsOn).update();
    }

    static void reviseAlternative(JdbcClient jdbc, ChildId child, ProvisionId provision, LocalDate onDay,
                                  LocalDate startsOn, LocalDate endsOn) {
        requireDates(startsOn, endsOn);
        UUID placement = covering(jdbc, child, provision, onDay);
        jdbc.sql("UPDATE placement SET starts_on = ?, ends_on = ? WHERE id = ?")
                .params(startsOn, endsOn, placement).update();
    }

    static void setTimetable(JdbcClient jdbc, ChildId child, ProvisionId provision, LocalDate onDay,
                             Set<TimetabledSession> sessions) {
        UUID placement = covering(jdbc, child, provision, onDay);
        jdbc.sql("DELETE FROM placement_session WHERE placement_id = ?").param(placement).update();
        for (var session : sessions) {
            jdbc.sql("INSERT INTO placement_session (placement_id, weekday, session) VALUES (?, ?, ?)")
                    .params(placement, session.day().getValue(), session.half().name()).update();
        }
    }

    private static UUID covering(JdbcClient jdbc, ChildId child, ProvisionId provision, LocalDate onDay) {
        return jdbc.sql("""
                        SELECT id FROM placement WHERE child_id = ? AND provision_id = ? AND kind = 'ALTERNATIVE'
                        AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) ORDER BY starts_on DESC LIMIT 1
                        FOR UPDATE""")
                .params(child.value(), provision.value(), onDay, onDay).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("the child has no alternative-provision placement "
                        + "at that provision on " + onDay + ": place them there first"));
    }

    private static void requireDates(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            throw new IllegalArgumentException("a placement needs the date the child starts at the provision");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a placement starting on " + startsOn + " cannot end on " + endsOn
                    + ": give an end on or after the start, or none");
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ProvisionMatch match(ResultSet rs, int n) throws SQLException {
        Array days = rs.getArray("open_weekdays");
        Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
        for (Object day : (Object[]) days.getArray()) {
            open.add(DayOfWeek.of(((Number) day).intValue()));
        }
        String urn = rs.getString("urn");
        return new ProvisionMatch(new ProvisionId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("town"), urn == null ? null : new Urn(urn), ProvisionType.valueOf(rs.getString("type")),
                open);
    }
}
