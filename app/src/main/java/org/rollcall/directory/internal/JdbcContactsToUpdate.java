package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ContactId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.ContactToUpdate;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcContactsToUpdate implements ContactsToUpdate {


    private static final String OPEN = """
            SELECT f.*, c.role, c.name, c.phone, c.email, c.child_id,
                   ch.first_name, ch.last_name, ch.authority_id AS child_authority, p.name AS provision_name,
                   p.local_authority_id, a.name AS duty_authority_name
            FROM contact_to_update f
            LEFT JOIN contact c ON c.id = f.contact_id
            LEFT JOIN child ch ON ch.id = c.child_id
            LEFT JOIN provision p ON p.id = c.provision_id
            LEFT JOIN authority a ON a.id = f.duty_authority_id
            WHERE f.cleared_at IS NULL""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcContactsToUpdate(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY) // part of the decision that found the contact wrong
    public void flag(ContactId contact, String found, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO contact_to_update (id, contact_id, found, reason, flagged_at, flagged_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (contact_id) WHERE cleared_at IS NULL AND contact_id IS NOT NULL
                        DO UPDATE SET found = excluded.found, reason = excluded.reason,
                                      flagged_at = excluded.flagged_at, flagged_by = excluded.flagged_by""")
                .params(UUID.randomUUID(), contact.value(), found, reason, stampNow(), by).update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void flagDutyAddress(AuthorityId authority, String found, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO contact_to_update (id, duty_authority_id, found, reason, flagged_at, flagged_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (duty_authority_id) WHERE cleared_at IS NULL AND duty_authority_id IS NOT NULL
                        DO UPDATE SET found = excluded.found, reason = excluded.reason,
                                      flagged_at = excluded.flagged_at, flagged_by = excluded.flagged_by""")
                .params(UUID.randomUUID(), authority.value(), found, reason, stampNow(), by).update();
    }

    @Override
    @Transactional
    public void dutyAddressCorrected(AuthorityId authority, String by) {
        jdbc.sql("UPDATE contact_to_update SET cleared_at = ?, cleared_by = ? WHERE duty_authority_id = ? "
                + "AND cleared_at IS NULL").params(stampNow(), by, authority.value()).update();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ContactToUpdate> list() {
        return jdbc.sql(OPEN + " ORDER BY f.flagged_at").query(JdbcContactsToUpdate::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactToUpdate> openFor(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OPEN + " AND c.child_id = ANY(?) ORDER BY f.flagged_at")
                .param(children.stream().map(ChildId::value).distinct().toArray(UUID[]::new))
                .query(JdbcContactsToUpdate::row).list();
    }

    @Override
    @Transactional
    public void replaced(ContactId contact, String by) {
        jdbc.sql("UPDATE contact_to_update SET cleared_at = ?, cleared_by = ? WHERE contact_id = ? "
                + "AND cleared_at IS NULL").params(stampNow(), by, contact.value()).update();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ContactToUpdate correct(ContactId contact, UkPhoneNumber phone, String email, String by) {
        // The outbox's own rule: a corrected address must be one it will send to, or the flag would come back.
        String mail = email == null || email.isBlank() ? null : EmailAddress.parse(email).value();
        if (phone == null && mail == null) {
            throw new IllegalArgumentException("give a phone number or an email address (or both): a contact with "
                    + "neither cannot be reached");
        }
        int updated = jdbc.sql("UPDATE contact SET phone = ?, email = ? WHERE id = ?")
                .params(phone == null ? null : phone.e164(), mail, contact.value()).update();
        if (updated == 0) {
            throw new IllegalArgumentException("no contact with id " + contact);
        }
        ContactToUpdate before = jdbc.sql(OPEN + " AND f.contact_id = ?").param(contact.value())
                .query(JdbcContactsToUpdate::row).optional().orElse(null);
        jdbc.sql("UPDATE contact_to_update SET cleared_at = ?, cleared_by = ? WHERE contact_id = ? "
                + "AND cleared_at IS NULL").params(stampNow(), by, contact.value()).update();
        return before == null ? null : new ContactToUpdate(contact, before.authority(), before.what(), before.name(),
                phone == null ? null : spoken(phone.e164()), mail, before.found(), before.reason(),
                before.flaggedAt(), before.flaggedBy());
    }

    private Timestamp stampNow() {
        return Timestamp.from(clock.instant());
    }

    private static ContactToUpdate row(ResultSet rs, int n) throws SQLException {
        UUID contact = rs.getObject("contact_id", UUID.class);
        String reason = rs.getString("reason");
        String found = rs.getString("found");
        var at = rs.getTimestamp("flagged_at").toInstant();
        String by = rs.getString("flagged_by");
        if (contact == null) {
            String authority = rs.getString("duty_authority_name");
            return new ContactToUpdate(null, new AuthorityId(rs.getObject("duty_authority_id", UUID.class)),
                    "Duty address of " + authority, authority, null, found, found, reason, at, by);
        }
        ContactRole role = ContactRole.valueOf(rs.getString("role"));
        UUID childAuthority = rs.getObject("child_authority", UUID.class);
        UUID localAuthority = rs.getObject("local_authority_id", UUID.class);
        String what = rs.getObject("child_id") != null
                ? role.label() + " of " + rs.getString("first_name") + " " + rs.getString("last_name")
                : role.label() + " at " + rs.getString("provision_name");
        UUID authority = childAuthority != null ? childAuthority : localAuthority;
        return new ContactToUpdate(new ContactId(contact), authority == null ? null : new AuthorityId(authority),
                what, rs.getString("name"), spoken(rs.getString("phone")), rs.getString("email"), found, reason, at,
                by);
    }

    /** A number as people in the UK write it: 07700900123 for +447700900123. */
    static String spoken(String e164) {
        return e164 == null ? null : "0" + e164.substring(3);
    }
}
