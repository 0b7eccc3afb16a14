package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryImport;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.ImportedChild;
import org.rollcall.directory.ImportedContact;
import org.rollcall.directory.ImportedProvision;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.rollcall.platform.EmailAddress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk reads by key arrays ({@code = ANY(?)}, in chunks) and batched writes, for files of tens of thousands of rows.
 * MANDATORY: an import writes a whole file in the caller's one transaction, never row by row on its own.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class JdbcDirectoryImport implements DirectoryImport {

    private static final int CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcDirectoryImport(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, AuthoritySummary> authoritiesByLaCode() {
        Map<String, AuthoritySummary> byCode = new HashMap<>();
        jdbc.sql("SELECT id, name, nation, la_code, recording_retention_months FROM authority")
                .query((rs, n) -> new AuthoritySummary(new AuthorityId(rs.getObject(1, UUID.class)), rs.getString(2),
                        Nation.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5)))
                .list().forEach(a -> byCode.put(a.laCode(), a));
        return byCode;
    }

    private static final String PROVISION = """
            SELECT p.id, coalesce(p.urn, p.rollcall_reference), p.urn, p.name, p.type, p.nation, p.local_authority_id,
                   p.phone, p.contact_name, p.contact_email, p.frequency, p.weekly_day, p.weekly_reason,
                   (SELECT string_agg(to_char(w.opens_at, 'HH24:MI') || '-' || to_char(w.closes_at, 'HH24:MI')
                                      || '-' || w.part, ';' ORDER BY w.opens_at)
                      FROM call_window w WHERE w.provision_id = p.id),
                   dt.id, dt.name, dt.phone, dt.email
              FROM provision p
              LEFT JOIN LATERAL (SELECT c.id, c.name, c.phone, c.email FROM contact c
                                  WHERE c.provision_id = p.id AND c.role = 'DESIGNATED_TEACHER'
                                  ORDER BY c.id LIMIT 1) dt ON true
            """;

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, HeldProvision> provisionsByKey(Collection<String> keys) {
        Map<String, HeldProvision> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            String[] array = chunk.toArray(String[]::new);
            jdbc.sql(PROVISION + " WHERE p.urn = ANY(?::bpchar[]) OR p.rollcall_reference = ANY(?::bpchar[])")
                    .params(array, array).query(this::provision).list().forEach(p -> found.put(p.key(), p));
        }
        return found;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, List<HeldProvision>> provisionsWithoutUrnByNameAndPhone(Collection<String> namePhones) {
        Map<String, List<HeldProvision>> found = new HashMap<>();
        for (List<String> chunk : chunks(namePhones)) {
            jdbc.sql(PROVISION + " WHERE p.urn IS NULL AND (p.name || '|' || p.phone) = ANY(?::text[])")
                    .param(chunk.toArray(String[]::new)).query(this::provision).list()
                    .forEach(p -> found.computeIfAbsent(p.values() == null ? "" : p.values().name() + "|"
                            + p.values().phone().e164(), k -> new ArrayList<>()).add(p));
        }
        return found;
    }

    private HeldProvision provision(ResultSet rs, int n) throws SQLException {
        UUID teacher = rs.getObject(15, UUID.class);
        ImportedContact designated = teacher == null ? null
                : safely(() -> contact(rs, 16));
        String urn = rs.getString(3);
        UUID authority = rs.getObject(7, UUID.class);
        String windows = rs.getString(14);
        String contactEmail = rs.getString(10);
        Integer weeklyDay = (Integer) rs.getObject(12);
        ImportedProvision values = safely(() -> new ImportedProvision(urn == null ? null : new Urn(urn),
                rs.getString(4), ProvisionType.valueOf(rs.getString(5)), Nation.valueOf(rs.getString(6)),
                authority == null ? null : new AuthorityId(authority), new UkPhoneNumber(rs.getString(8)),
                rs.getString(9), contactEmail == null ? null : new EmailAddress(contactEmail), windows(windows),
                Frequency.valueOf(rs.getString(11)), weeklyDay, rs.getString(13), designated));
        return new HeldProvision(new ProvisionId(rs.getObject(1, UUID.class)), rs.getString(2).strip(), values,
                teacher);
    }

    private static List<CallWindow> windows(String text) {
        List<CallWindow> windows = new ArrayList<>();
        if (text != null) {
            for (String w : text.split(";")) {
                String[] parts = w.split("-");
                windows.add(new CallWindow(null, LocalTime.parse(parts[0]), LocalTime.parse(parts[1]),
                        WindowPart.valueOf(parts[2])));
            }
        }
        return windows;
    }

    private static ImportedContact contact(ResultSet rs, int from) throws SQLException {
        String phone = rs.getString(from + 1);
        String email = rs.getString(from + 2);
        return new ImportedContact(rs.getString(from), phone == null ? null : new UkPhoneNumber(phone),
                email == null ? null : new EmailAddress(email));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, ProvisionId> provisionIds(Collection<String> keys) {
        Map<String, ProvisionId> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            String[] array = chunk.toArray(String[]::new);
            jdbc.sql("SELECT coalesce(urn, rollcall_reference), id FROM provision "
                            + "WHERE urn = ANY(?::bpchar[]) OR rollcall_reference = ANY(?::bpchar[])")
                    .params(array, array).query((rs, n) -> Map.entry(rs.getString(1).strip(),
                            new ProvisionId(rs.getObject(2, UUID.class))))
                    .list().forEach(e -> found.put(e.getKey(), e.getValue()));
            // A provision with a URN may also be named by a Rollcall reference it had before its URN was known.
            jdbc.sql("SELECT rollcall_reference, id FROM provision WHERE urn IS NOT NULL "
                            + "AND rollcall_reference = ANY(?::bpchar[])")
                    .param(array).query((rs, n) -> Map.entry(rs.getString(1).strip(),
                            new ProvisionId(rs.getObject(2, UUID.class))))
                    .list().forEach(e -> found.putIfAbsent(e.getKey(), e.getValue()));
        }
        return found;
    }

    private static final String CHILD = """
            SELECT c.id, c.authority_id, c.local_reference, c.upn, c.first_name, c.last_name, c.date_of_birth,
                   c.year_group, c.cohort, c.in_borough, c.sen_status, pl.id, pl.provision_id, pl.starts_on,
                   ca.id, ca.name, ca.phone, ca.email, sw.id, sw.name, sw.phone, sw.email
              FROM child c
              LEFT JOIN LATERAL (SELECT p.id, p.provision_id, p.starts_on FROM placement p
                                  WHERE p.child_id = c.id AND p.kind = 'ON_ROLL' AND p.ends_on IS NULL
                                  ORDER BY p.starts_on DESC LIMIT 1) pl ON true
              LEFT JOIN LATERAL (SELECT k.id, k.name, k.phone, k.email FROM contact k
                                  WHERE k.child_id = c.id AND k.role = 'CARER' ORDER BY k.id LIMIT 1) ca ON true
              LEFT JOIN LATERAL (SELECT k.id, k.name, k.phone, k.email FROM contact k
                                  WHERE k.child_id = c.id AND k.role = 'SOCIAL_WORKER' ORDER BY k.id LIMIT 1) sw
                ON true
            """;

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, HeldChild> childrenByUpn(Collection<String> upns) {
        Map<String, HeldChild> found = new HashMap<>();
        for (List<String> chunk : chunks(upns)) {
            jdbc.sql(CHILD + " WHERE c.upn = ANY(?::bpchar[])").param(chunk.toArray(String[]::new))
                    .query(this::child).list().forEach(c -> found.put(c.values().upn().value(), c));
        }
        return found;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, HeldChild> childrenByLocalReference(AuthorityId authority, Collection<String> references) {
        Map<String, HeldChild> found = new HashMap<>();
        for (List<String> chunk : chunks(references)) {
            jdbc.sql(CHILD + " WHERE c.authority_id = ? AND c.local_reference = ANY(?::text[])")
                    .params(authority.value(), chunk.toArray(String[]::new))
                    .query(this::child).list().forEach(c -> found.put(c.values().localReference(), c));
        }
        return found;
    }

    private HeldChild child(ResultSet rs, int n) throws SQLException {
        String upn = rs.getString(4);
        UUID school = rs.getObject(13, UUID.class);
        ImportedContact carer = rs.getObject(15) == null ? null : safely(() -> contact(rs, 16));
        ImportedContact worker = rs.getObject(19) == null ? null : safely(() -> contact(rs, 20));
        ImportedChild values = new ImportedChild(new AuthorityId(rs.getObject(2, UUID.class)), rs.getString(3),
                upn == null ? null : new Upn(upn.strip()), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getInt(8), Cohort.valueOf(rs.getString(9)), rs.getBoolean(10),
                SenStatus.valueOf(rs.getString(11)), school == null ? null : new ProvisionId(school),
                rs.getObject(14, LocalDate.class), carer, worker);
        return new HeldChild(new ChildId(rs.getObject(1, UUID.class)), values, rs.getObject(12, UUID.class),
                rs.getObject(15, UUID.class), rs.getObject(19, UUID.class));
    }

    @Override
    public List<ProvisionId> createProvisions(List<ImportedProvision> provisions) {
        List<ProvisionId> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> windows = new ArrayList<>();
        List<Object[]> teachers = new ArrayList<>();
        for (ImportedProvision p : provisions) {
            ProvisionId id = ProvisionId.random();
            ids.add(id);
            rows.add(new Object[] {id.value(), p.urn() == null ? null : p.urn().value(), p.name(), p.type().name(),
                    p.nation().name(), p.phone().e164(), p.contactName(), text(p.contactEmail()),
                    p.frequency().name(), p.weeklyDay(), uuid(p.localAuthority()), p.weeklyReason()});
            for (CallWindow w : p.windows()) {
                windows.add(new Object[] {UUID.randomUUID(), id.value(), w.opensAt(), w.closesAt(), w.part().name()});
            }
            if (p.designatedTeacher() != null) {
                teachers.add(contactRow(UUID.randomUUID(), null, id.value(), "DESIGNATED_TEACHER",
                        p.designatedTeacher()));
            }
        }
        batch.batchUpdate("""
                INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, contact_email, frequency,
                                       weekly_day, local_authority_id, weekly_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch.batchUpdate("INSERT INTO call_window (id, provision_id, opens_at, closes_at, part) VALUES (?, ?, ?, ?, ?)",
                windows);
        insertContacts(teachers);
        return ids;
    }

    @Override
    public void updateProvisions(List<ProvisionUpdate> updates) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> newTeachers = new ArrayList<>();
        List<Object[]> teachers = new ArrayList<>();
        for (ProvisionUpdate u : updates) {
            ImportedProvision p = u.values();
            UUID id = u.held().id().value();
            rows.add(new Object[] {p.urn() == null ? null : p.urn().value(), p.name(), p.type().name(),
                    p.nation().name(), p.phone().e164(), p.contactName(), text(p.contactEmail()),
                    p.frequency().name(), p.weeklyDay(), uuid(p.localAuthority()), p.weeklyReason(), id});
            ImportedProvision before = u.held().values();
            if (before == null || !before.windows().equals(p.windows())) {
                replaceWindows(id, p.windows());
            }
            if (p.designatedTeacher() != null && (before == null
                    || !p.designatedTeacher().equals(before.designatedTeacher()))) {
                if (u.held().designatedTeacherContact() == null) {
                    newTeachers.add(contactRow(UUID.randomUUID(), null, id, "DESIGNATED_TEACHER",
                            p.designatedTeacher()));
                } else {
                    teachers.add(contactUpdate(u.held().designatedTeacherContact(), p.designatedTeacher()));
                }
            }
        }
        batch.batchUpdate("""
                UPDATE provision SET urn = ?, name = ?, type = ?, nation = ?, phone = ?, contact_name = ?,
                       contact_email = ?, frequency = ?, weekly_day = ?, local_authority_id = ?, weekly_reason = ?
                 WHERE id = ?""", rows);
        insertContacts(newTeachers);
        batch.batchUpdate("UPDATE contact SET name = ?, phone = ?, email = ? WHERE id = ?", teachers);
    }

    /** Calls already made keep their window (call rows reference it): a window is moved in place, by its part. */
    private void replaceWindows(UUID provision, List<CallWindow> windows) {
        for (CallWindow w : windows) {
            int changed = jdbc.sql("UPDATE call_window SET opens_at = ?, closes_at = ? WHERE provision_id = ? "
                            + "AND part = ?")
                    .params(w.opensAt(), w.closesAt(), provision, w.part().name()).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO call_window (id, provision_id, opens_at, closes_at, part) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), provision, w.opensAt(), w.closesAt(), w.part().name()).update();
            }
        }
    }

    @Override
    public List<ChildId> createChildren(List<ImportedChild> children) {
        List<ChildId> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> placements = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        for (ImportedChild c : children) {
            ChildId id = ChildId.random();
            ids.add(id);
            rows.add(childRow(c, id.value()));
            if (c.school() != null) {
                placements.add(new Object[] {UUID.randomUUID(), id.value(), c.school().value(), c.placementStart()});
            }
            if (c.carer() != null) {
                contacts.add(contactRow(UUID.randomUUID(), id.value(), null, "CARER", c.carer()));
            }
            if (c.socialWorker() != null) {
                contacts.add(contactRow(UUID.randomUUID(), id.value(), null, "SOCIAL_WORKER", c.socialWorker()));
            }
        }
        batch.batchUpdate("""
                INSERT INTO child (authority_id, local_reference, upn, first_name, last_name, date_of_birth,
                                   year_group, cohort, in_borough, sen_status, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        insertPlacements(placements);
        insertContacts(contacts);
        return ids;
    }

    @Override
    public void updateChildren(List<ChildUpdate> updates) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> newPlacements = new ArrayList<>();
        List<Object[]> ended = new ArrayList<>();
        List<Object[]> moved = new ArrayList<>();
        List<Object[]> newContacts = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        for (ChildUpdate u : updates) {
            ImportedChild c = u.values();
            ImportedChild before = u.held().values();
            UUID id = u.held().id().value();
            rows.add(childRow(c, id));
            if (c.school() != null && u.held().placement() == null) {
                newPlacements.add(new Object[] {UUID.randomUUID(), id, c.school().value(), c.placementStart()});
            } else if (c.school() != null && !c.school().equals(before.school())) {
                ended.add(new Object[] {c.placementStart().minusDays(1), u.held().placement()});
                newPlacements.add(new Object[] {UUID.randomUUID(), id, c.school().value(), c.placementStart()});
            } else if (c.school() != null && !c.placementStart().equals(before.placementStart())) {
                moved.add(new Object[] {c.placementStart(), u.held().placement()});
            }
            contactChange(id, "CARER", c.carer(), before.carer(), u.held().carerContact(), newContacts, contacts);
            contactChange(id, "SOCIAL_WORKER", c.socialWorker(), before.socialWorker(),
                    u.held().socialWorkerContact(), newContacts, contacts);
        }
        batch.batchUpdate("""
                UPDATE child SET authority_id = ?, local_reference = ?, upn = ?, first_name = ?, last_name = ?,
                       date_of_birth = ?, year_group = ?, cohort = ?, in_borough = ?, sen_status = ?
                 WHERE id = ?""", rows);
        batch.batchUpdate("UPDATE placement SET ends_on = ? WHERE id = ?", ended);
        batch.batchUpdate("UPDATE placement SET starts_on = ? WHERE id = ?", moved);
        insertPlacements(newPlacements);
        insertContacts(newContacts);
        batch.batchUpdate("UPDATE contact SET name = ?, phone = ?, email = ? WHERE id = ?", contacts);
    }

    private static void contactChange(UUID child, String role, ImportedContact now, ImportedContact before,
                                      UUID heldId, List<Object[]> inserts, List<Object[]> updates) {
        if (now == null || now.equals(before)) {
            return;
        }
        if (heldId == null) {
            inserts.add(contactRow(UUID.randomUUID(), child, null, role, now));
        } else {
            updates.add(contactUpdate(heldId, now));
        }
    }

    private static Object[] childRow(ImportedChild c, UUID id) {
        return new Object[] {c.authority().value(), c.localReference(), c.upn() == null ? null : c.upn().value(),
                c.firstName(), c.lastName(), c.dateOfBirth(), c.yearGroup(), c.cohort().name(), c.inBorough(),
                c.senStatus().name(), id};
    }

    private void insertPlacements(List<Object[]> rows) {
        batch.batchUpdate("INSERT INTO placement (id, child_id, provision_id, kind, starts_on) "
                + "VALUES (?, ?, ?, 'ON_ROLL', ?)", rows);
    }

    private void insertContacts(List<Object[]> rows) {
        batch.batchUpdate("INSERT INTO contact (id, child_id, provision_id, role, name, phone, email) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] contactRow(UUID id, UUID child, UUID provision, String role, ImportedContact c) {
        return new Object[] {id, child, provision, role, c.name(), c.phone() == null ? null : c.phone().e164(),
                text(c.email())};
    }

    private static Object[] contactUpdate(UUID id, ImportedContact c) {
        return new Object[] {c.name(), c.phone() == null ? null : c.phone().e164(), text(c.email()), id};
    }

    private static String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    private static UUID uuid(AuthorityId id) {
        return id == null ? null : id.value();
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = keys.stream().filter(Objects::nonNull).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    /** A record set up before imports may not meet today's rules; it then counts as changed by the file. */
    private static <T> T safely(SqlSupplier<T> value) throws SQLException {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
