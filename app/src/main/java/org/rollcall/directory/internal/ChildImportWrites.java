package org.rollcall.directory.internal;

import static org.rollcall.directory.internal.ImportRows.contactRow;
import static org.rollcall.directory.internal.ImportRows.contactUpdate;
import static org.rollcall.directory.internal.ImportRows.insertContacts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.DirectoryImport.ChildUpdate;
import org.rollcall.directory.ImportedChild;
import org.rollcall.directory.ImportedContact;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes an import's children in batches: the child, their on-roll placement and contacts; then changes. */
final class ChildImportWrites {

    private final JdbcTemplate batch;

    ChildImportWrites(JdbcTemplate batch) {
        this.batch = batch;
    }

    List<ChildId> createChildren(List<ImportedChild> children) {
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
        insertContacts(batch, contacts);
        return ids;
    }

    void updateChildren(List<ChildUpdate> updates) {
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
        insertContacts(batch, newContacts);
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
}
