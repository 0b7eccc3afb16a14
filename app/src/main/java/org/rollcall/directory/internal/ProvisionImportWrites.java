package org.rollcall.directory.internal;

import static org.rollcall.directory.internal.ImportRows.contactRow;
import static org.rollcall.directory.internal.ImportRows.contactUpdate;
import static org.rollcall.directory.internal.ImportRows.insertContacts;
import static org.rollcall.directory.internal.ImportRows.text;
import static org.rollcall.directory.internal.ImportRows.uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rollcall.directory.CallWindow;
import org.rollcall.directory.DirectoryImport.ProvisionUpdate;
import org.rollcall.directory.ImportedProvision;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes an import's provisions in batches: new ones with their windows and designated teacher, then changes. */
final class ProvisionImportWrites {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProvisionImportWrites(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<ProvisionId> createProvisions(List<ImportedProvision> provisions) {
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
        insertContacts(batch, teachers);
        return ids;
    }

    void updateProvisions(List<ProvisionUpdate> updates) {
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
        insertContacts(batch, newTeachers);
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
}
