package org.rollcall.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcDetailsHeard implements DetailsHeard {

    private final JdbcClient jdbc;

    JdbcDetailsHeard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ChildRecord.Contact> replaceContact(ChildId child, ContactRole role, String name,
                                                        UkPhoneNumber phone, String email) {
        if (role == ContactRole.DESIGNATED_TEACHER) {
            throw new IllegalArgumentException("a designated teacher belongs to the provision, not to one child");
        }
        jdbc.sql("SELECT id FROM child WHERE id = ? FOR UPDATE").param(child.value()).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("there is no child " + child + ": check the id"));
        Optional<ChildRecord.Contact> before = first("child_id", child.value(), role, true);
        upsert(before, child.value(), null, role, name, phone, email);
        return before;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChildRecord.Contact> designatedTeacher(ProvisionId provision) {
        return first("provision_id", provision.value(), ContactRole.DESIGNATED_TEACHER, false);
    }

    @Override
    public Optional<ChildRecord.Contact> replaceDesignatedTeacher(ProvisionId provision, String name,
                                                                  UkPhoneNumber phone, String email) {
        jdbc.sql("SELECT id FROM provision WHERE id = ? FOR UPDATE").param(provision.value()).query(UUID.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("there is no provision " + provision));
        Optional<ChildRecord.Contact> before = first("provision_id", provision.value(),
                ContactRole.DESIGNATED_TEACHER, true);
        upsert(before, null, provision.value(), ContactRole.DESIGNATED_TEACHER, name, phone, email);
        return before;
    }

    @Override
    public SenStatus setSenStatus(ChildId child, SenStatus status) {
        SenStatus before = jdbc.sql("SELECT sen_status FROM child WHERE id = ? FOR UPDATE").param(child.value())
                .query(String.class).optional().map(SenStatus::valueOf)
                .orElseThrow(() -> new IllegalArgumentException("there is no child " + child + ": check the id"));
        jdbc.sql("UPDATE child SET sen_status = ? WHERE id = ?").params(status.name(), child.value()).update();
        return before;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChildId> childWithUpn(Upn upn) {
        return jdbc.sql("SELECT id FROM child WHERE upn = ?").param(upn.value()).query(UUID.class).optional()
                .map(ChildId::new);
    }

    @Override
    public void setMissingUpn(ChildId child, Upn upn) {
        String current = jdbc.sql("SELECT coalesce(upn, '') FROM child WHERE id = ? FOR UPDATE")
                .param(child.value()).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("there is no child " + child + ": check the id"));
        if (!current.isBlank()) {
            throw new IllegalArgumentException("the child already has UPN " + current.strip() + ": only a missing "
                    + "UPN is added here; a wrong one is corrected by an administrator");
        }
        childWithUpn(upn).ifPresent(other -> {
            throw new IllegalArgumentException("UPN " + upn + " already belongs to another child: check the UPN "
                    + "with the school");
        });
        // The unique index still guards against a race with another operator.
        jdbc.sql("UPDATE child SET upn = ? WHERE id = ?").params(upn.value(), child.value()).update();
    }

    /** {@code lock}: the row is about to be replaced, so another operator's change waits for this one. */
    private Optional<ChildRecord.Contact> first(String owner, UUID id, ContactRole role, boolean lock) {
        return jdbc.sql("SELECT id, role, name, phone, email FROM contact WHERE " + owner + " = ? AND role = ? "
                        + "ORDER BY name, id LIMIT 1" + (lock ? " FOR UPDATE" : ""))
                .params(id, role.name())
                .query((rs, n) -> new ChildRecord.Contact(new ContactId(rs.getObject(1, UUID.class)),
                        ContactRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    private void upsert(Optional<ChildRecord.Contact> before, UUID child, UUID provision, ContactRole role,
                        String name, UkPhoneNumber phone, String email) {
        String label = role.label().toLowerCase(java.util.Locale.ROOT);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the " + label + " needs a name");
        }
        FreeText.checked(name, "the " + label + "'s name", FreeText.MAX_NAME, false);
        String mail = email == null || email.isBlank() ? null : EmailAddress.parse(email).value();
        if (phone == null && mail == null) {
            throw new IllegalArgumentException("the " + label + " needs a phone number or an email address");
        }
        String number = phone == null ? null : phone.e164();
        if (before.isPresent()) {
            jdbc.sql("UPDATE contact SET name = ?, phone = ?, email = ? WHERE id = ?")
                    .params(name.strip(), number, mail, before.get().id().value()).update();
        } else {
            jdbc.sql("INSERT INTO contact (id, child_id, provision_id, role, name, phone, email) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), child, provision, role.name(), name.strip(), number, mail).update();
        }
    }
}
