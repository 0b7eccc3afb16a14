package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.OnRollPlacement;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionCard;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.directory.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.TimetabledSession;

@Service
@Transactional(readOnly = true)
class JdbcDirectory implements Directory {

    /**
     * A placement counts on a day unless it is an alternative one with a known timetable that has no session on
     * that weekday (ADR 0028); the parameter is the weekday, 1 (Monday) to 7. An unknown timetable (no rows) keeps
     * the child expected every school day.
     */
    static final String TIMETABLED = """
            (p.kind <> 'ALTERNATIVE' OR NOT EXISTS (SELECT 1 FROM placement_session s WHERE s.placement_id = p.id)
             OR EXISTS (SELECT 1 FROM placement_session s WHERE s.placement_id = p.id AND s.weekday = ?))""";

    private final JdbcClient jdbc;
    private final PasswordCipher cipher;
    private final Clock clock;

    JdbcDirectory(JdbcClient jdbc, PasswordCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public ProvisionCard provisionCard(ProvisionId id) {
        // The provision with its windows in one statement (every screen pop reads a card): a row per window.
        List<CallWindow> windows = new ArrayList<>();
        ProvisionCard[] card = new ProvisionCard[1];
        jdbc.sql("""
                        SELECT p.*, w.id AS window_id, w.opens_at, w.closes_at, w.part FROM provision p
                        LEFT JOIN call_window w ON w.provision_id = p.id WHERE p.id = ? ORDER BY w.opens_at""")
                .param(id.value())
                .query(rs -> {
                    if (card[0] == null) {
                        card[0] = new ProvisionCard(id, rs.getString("name"),
                                rs.getString("urn") == null ? null : new Urn(rs.getString("urn")),
                                ProvisionType.valueOf(rs.getString("type")), Nation.valueOf(rs.getString("nation")),
                                new UkPhoneNumber(rs.getString("phone")), rs.getString("contact_name"),
                                rs.getString("password_encrypted") == null ? null
                                        : cipher.decrypt(rs.getString("password_encrypted")),
                                Frequency.valueOf(rs.getString("frequency")), windows);
                    }
                    if (rs.getObject("window_id") != null) {
                        windows.add(new CallWindow(rs.getObject("window_id", UUID.class),
                                rs.getObject("opens_at", java.time.LocalTime.class),
                                rs.getObject("closes_at", java.time.LocalTime.class),
                                org.rollcall.directory.WindowPart.valueOf(rs.getString("part"))));
                    }
                });
        if (card[0] == null) {
            throw new IllegalArgumentException("no provision with id " + id);
        }
        return card[0];
    }

    @Override
    public List<ExpectedChild> childrenExpected(ProvisionId id, LocalDate day) {
        return jdbc.sql("""
                        SELECT c.*, p.kind FROM placement p JOIN child c ON c.id = p.child_id
                        WHERE p.provision_id = ? AND p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?)
                          AND """ + TIMETABLED + " ORDER BY c.last_name, c.first_name")
                .params(id.value(), day, day, day.getDayOfWeek().getValue())
                .query((rs, n) -> new ExpectedChild(new ChildId(rs.getObject("id", UUID.class)),
                        new AuthorityId(rs.getObject("authority_id", UUID.class)), upn(rs),
                        rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getInt("year_group"),
                        PlacementKind.valueOf(rs.getString("kind"))))
                .list();
    }

    @Override
    public boolean attendsAlternativeProvision(ChildId child, LocalDate day) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM placement WHERE child_id = ? AND kind = 'ALTERNATIVE'
                                       AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?))""")
                .params(child.value(), day, day).query(Boolean.class).single();
    }

    @Override
    public SortedSet<TimetabledSession> timetable(ChildId child, ProvisionId alternativeProvision, LocalDate day) {
        var sessions = new TreeSet<TimetabledSession>();
        jdbc.sql("""
                        SELECT s.weekday, s.session FROM placement p JOIN placement_session s ON s.placement_id = p.id
                        WHERE p.child_id = ? AND p.provision_id = ? AND p.kind = 'ALTERNATIVE' AND p.starts_on <= ?
                          AND (p.ends_on IS NULL OR p.ends_on >= ?)""")
                .params(child.value(), alternativeProvision.value(), day, day)
                .query(rs -> {
                    sessions.add(new TimetabledSession(DayOfWeek.of(rs.getInt(1)),
                            HalfDay.valueOf(rs.getString(2))));
                });
        return sessions;
    }

    @Override
    public AuthoritySummary authority(AuthorityId id) {
        return jdbc.sql("SELECT * FROM authority WHERE id = ?").param(id.value()).query(JdbcDirectory::authority)
                .optional().orElseThrow(() -> new IllegalArgumentException("no authority with id " + id));
    }

    @Override
    public List<AuthoritySummary> authorities() {
        return jdbc.sql("SELECT * FROM authority ORDER BY name").query(JdbcDirectory::authority).list();
    }

    @Override
    public List<AuthoritySummary> authorities(Collection<AuthorityId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM authority WHERE id = ANY(?) ORDER BY name")
                .param(ids.stream().map(AuthorityId::value).distinct().toArray(UUID[]::new))
                .query(JdbcDirectory::authority).list();
    }

    @Override
    public Optional<AuthoritySummary> authorityNamed(String idOrLaCode) {
        String key = idOrLaCode == null ? "" : idOrLaCode.strip();
        return jdbc.sql("SELECT * FROM authority WHERE la_code = ? OR id::text = lower(?)").params(key, key)
                .query(JdbcDirectory::authority).optional();
    }

    @Override
    public Optional<ChildRecord> childRecord(ChildId id) {
        var placements = jdbc.sql("""
                        SELECT p.provision_id, v.name, p.kind, p.starts_on, p.ends_on FROM placement p
                        JOIN provision v ON v.id = p.provision_id WHERE p.child_id = ? ORDER BY p.starts_on DESC""")
                .param(id.value())
                .query((rs, n) -> new ChildRecord.Placement(new ProvisionId(rs.getObject(1, UUID.class)),
                        rs.getString(2), PlacementKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
        // The child's own contacts and the designated teachers of the provisions the child attends now.
        var contacts = jdbc.sql("""
                        SELECT role, name, phone, email, id FROM contact WHERE child_id = ?
                           OR provision_id IN (SELECT provision_id FROM placement WHERE child_id = ?
                                               AND (ends_on IS NULL OR ends_on >= ?))
                        ORDER BY role, name""")
                .params(id.value(), id.value(), LocalDate.now(clock))
                .query((rs, n) -> new ChildRecord.Contact(new org.rollcall.directory.ContactId(
                        rs.getObject(5, UUID.class)), ContactRole.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
        return jdbc.sql("SELECT * FROM child WHERE id = ?").param(id.value())
                .query((rs, n) -> new ChildRecord(id, new AuthorityId(rs.getObject("authority_id", UUID.class)),
                        upn(rs), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getInt("year_group"),
                        Cohort.valueOf(rs.getString("cohort")), rs.getBoolean("in_borough"),
                        SenStatus.valueOf(rs.getString("sen_status")), placements, contacts))
                .optional();
    }

    @Override
    public Map<ChildId, ChildLabel> childLabels(Collection<ChildId> ids) {
        Map<ChildId, ChildLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, first_name, last_name, upn FROM child WHERE id = ANY(?)")
                    .param(ids.stream().map(ChildId::value).toArray(UUID[]::new))
                    .query(rs -> {
                        labels.put(new ChildId(rs.getObject(1, UUID.class)),
                                new ChildLabel(rs.getString(2) + " " + rs.getString(3), rs.getString(4)));
                    });
        }
        return labels;
    }

    @Override
    public Map<ChildId, ChildLabel> searchChildren(String text, int limit) {
        Map<ChildId, ChildLabel> found = new java.util.LinkedHashMap<>();
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty() || limit <= 0) {
            return found;
        }
        String like = "%" + wanted.toLowerCase(java.util.Locale.UK).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        jdbc.sql("""
                        SELECT id, first_name, last_name, upn FROM child
                        WHERE upn = ? OR lower(first_name || ' ' || last_name) LIKE ?
                        ORDER BY last_name, first_name LIMIT ?""")
                .params(wanted.toUpperCase(java.util.Locale.ROOT), like, limit)
                .query(rs -> {
                    found.put(new ChildId(rs.getObject(1, UUID.class)),
                            new ChildLabel(rs.getString(2) + " " + rs.getString(3), rs.getString(4)));
                });
        return found;
    }

    @Override
    public Map<ProvisionId, String> provisionNames(Collection<ProvisionId> ids) {
        Map<ProvisionId, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM provision WHERE id = ANY(?)")
                    .param(ids.stream().map(ProvisionId::value).toArray(UUID[]::new))
                    .query(rs -> {
                        names.put(new ProvisionId(rs.getObject(1, UUID.class)), rs.getString(2));
                    });
        }
        return names;
    }

    @Override
    public List<ProvisionPlace> provisionPlaces() {
        return jdbc.sql("SELECT id, nation, local_authority_id FROM provision").query(JdbcDirectory::place).list();
    }

    @Override
    public List<ProvisionPlace> provisionPlaces(Collection<ProvisionId> ids) {
        return jdbc.sql("SELECT id, nation, local_authority_id FROM provision WHERE id = ANY(?)")
                .param(ids.stream().map(ProvisionId::value).distinct().toArray(UUID[]::new))
                .query(JdbcDirectory::place).list();
    }

    @Override
    public Optional<ProvisionPlace> provisionPlace(ProvisionId id) {
        return jdbc.sql("SELECT id, nation, local_authority_id FROM provision WHERE id = ?").param(id.value())
                .query(JdbcDirectory::place).optional();
    }

    private static ProvisionPlace place(ResultSet rs, int n) throws SQLException {
        UUID authority = rs.getObject(3, UUID.class);
        return new ProvisionPlace(new ProvisionId(rs.getObject(1, UUID.class)), Nation.valueOf(rs.getString(2)),
                authority == null ? null : new AuthorityId(authority));
    }

    private static Upn upn(ResultSet rs) throws SQLException {
        String upn = rs.getString("upn");
        return upn == null ? null : new Upn(upn);
    }

    private static AuthoritySummary authority(ResultSet rs, int n) throws SQLException {
        return new AuthoritySummary(new AuthorityId(rs.getObject("id", UUID.class)), rs.getString("name"),
                Nation.valueOf(rs.getString("nation")), rs.getString("la_code"),
                rs.getInt("recording_retention_months"));
    }

    // Alternative provision (issue 12): search, town and open days, placements with their timetables.

    @Override
    public List<org.rollcall.directory.ProvisionMatch> searchProvisions(String text, java.util.Set<ProvisionType> types,
                                                                        int limit) {
        return ProvisionSearch.search(jdbc, text, types, limit);
    }

    @Override
    public Optional<org.rollcall.directory.ProvisionMatch> provisionMatch(ProvisionId id) {
        return ProvisionSearch.byId(jdbc, id);
    }

    @Override
    public Optional<org.rollcall.directory.ProvisionMatch> provisionWithUrn(Urn urn) {
        return ProvisionSearch.byUrn(jdbc, urn);
    }

    @Override
    public List<org.rollcall.directory.AlternativePlacement> alternativePlacements(ChildId child, LocalDate from) {
        return ProvisionSearch.alternativePlacements(jdbc, child, from);
    }

    private static final String ON_ROLL = """
            SELECT c.id AS child_id, c.first_name, c.last_name, c.upn, c.cohort, c.in_borough, p.provision_id,
                   v.name AS provision_name, v.nation, p.starts_on, p.ends_on
            FROM placement p JOIN child c ON c.id = p.child_id JOIN provision v ON v.id = p.provision_id
            WHERE p.kind = 'ON_ROLL' AND p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?)""";

    @Override
    public List<OnRollPlacement> onRollPlacements(AuthorityId authority, LocalDate from,
                                                                         LocalDate to) {
        return jdbc.sql(ON_ROLL + " AND c.authority_id = ? ORDER BY c.id, p.starts_on")
                .params(to, from, authority.value()).query(JdbcDirectory::onRoll).list();
    }

    @Override
    public List<OnRollPlacement> onRollPlacements(ChildId child, LocalDate from,
                                                                         LocalDate to) {
        return jdbc.sql(ON_ROLL + " AND c.id = ? ORDER BY p.starts_on").params(to, from, child.value())
                .query(JdbcDirectory::onRoll).list();
    }

    private static OnRollPlacement onRoll(ResultSet rs, int n) throws SQLException {
        return new OnRollPlacement(new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("upn"),
                Cohort.valueOf(rs.getString("cohort")), rs.getBoolean("in_borough"),
                new ProvisionId(rs.getObject("provision_id", UUID.class)), rs.getString("provision_name"),
                Nation.valueOf(rs.getString("nation")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
