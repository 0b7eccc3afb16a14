package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildAdmin;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children for the admin screen. The list is one query with the filters in SQL, paged, ordered by last name, first
 * name and id (an index); text search by name uses the trigram index (V65), UPN and reference by prefix.
 * Placements go through {@link DirectoryAdmin} so its on-roll overlap rule and events apply.
 */
@Service
@Transactional
class JdbcChildAdmin implements ChildAdmin {

    private static final String REFERENCE = "[A-Za-z0-9/_.-]{1,40}";
    static final String COLUMNS = """
            SELECT c.*, a.name AS authority_name FROM child c JOIN authority a ON a.id = c.authority_id""";

    private final JdbcClient jdbc;
    private final DirectoryAdmin directory;
    private final Clock clock;

    JdbcChildAdmin(JdbcClient jdbc, DirectoryAdmin directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChildLine> search(ChildFilter filter, int offset, int limit) {
        Where where = where(filter);
        where.params.add(Math.max(1, Math.min(limit, 500)));
        where.params.add(Math.max(0, offset));
        return jdbc.sql(page(where)).params(where.params).query(JdbcChildAdmin::line).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ChildFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM child c" + where.sql).params(where.params).query(Long.class).single();
    }

    static final String PAGE = " ORDER BY c.last_name, c.first_name, c.id LIMIT ? OFFSET ?";

    /**
     * A search term the trigram indexes can serve (three characters or more) finds its children first and sorts them
     * after (OFFSET 0 keeps the planner from merging the two): left to itself, the planner may instead walk the order
     * index hoping to meet a page of matches early, which for a rare name reads every child. It chose so or not
     * depending on ANALYZE's sample, so the same search was quick one day and slow the next.
     */
    static String page(Where where) {
        return where.trigrams ? "SELECT * FROM (" + COLUMNS + where.sql + " OFFSET 0) AS c" + PAGE
                : COLUMNS + where.sql + PAGE;
    }

    record Where(String sql, List<Object> params, boolean trigrams) {
    }

    static Where where(ChildFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            sql.append(" AND ((c.first_name || ' ' || c.last_name) ILIKE ? OR c.upn::text LIKE ?"
                    + " OR c.local_reference ILIKE ?)");
            params.add("%" + escaped + "%");
            params.add(escaped.toUpperCase(Locale.ROOT) + "%");
            params.add(escaped + "%");
        }
        if (f.authority() != null) {
            sql.append(" AND c.authority_id = ?");
            params.add(f.authority().value());
        }
        if (f.cohort() != null) {
            sql.append(" AND c.cohort = ?");
            params.add(f.cohort().name());
        }
        if (f.inBorough() != null) {
            sql.append(" AND c.in_borough = ?");
            params.add(f.inBorough());
        }
        if (f.yearGroup() != null) {
            sql.append(" AND c.year_group = ?");
            params.add(f.yearGroup());
        }
        if (f.upnToCollect()) {
            sql.append(" AND c.upn IS NULL");
        }
        return new Where(sql.toString(), params, text.length() >= 3);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChildDetails> details(ChildId child) {
        return jdbc.sql(COLUMNS + " WHERE c.id = ?").param(child.value()).query(JdbcChildAdmin::line).optional()
                .map(line -> new ChildDetails(line, placements(child), contacts(child)));
    }

    private List<PlacementLine> placements(ChildId child) {
        return jdbc.sql("""
                        SELECT p.id, p.provision_id, v.name, p.kind, p.starts_on, p.ends_on
                          FROM placement p JOIN provision v ON v.id = p.provision_id
                         WHERE p.child_id = ? ORDER BY p.starts_on DESC, v.name""")
                .param(child.value())
                .query((rs, n) -> new PlacementLine(rs.getObject(1, UUID.class),
                        new ProvisionId(rs.getObject(2, UUID.class)), rs.getString(3),
                        PlacementKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    private List<ContactLine> contacts(ChildId child) {
        // The child's own contacts, then the designated teachers of the provisions they are placed at now or later.
        return jdbc.sql("""
                        SELECT k.id, k.role, k.name, k.phone, k.email, NULL AS provision_name, 0 AS o
                          FROM contact k WHERE k.child_id = ?
                        UNION ALL
                        SELECT k.id, k.role, k.name, k.phone, k.email, v.name, 1
                          FROM contact k JOIN provision v ON v.id = k.provision_id
                         WHERE k.provision_id IN (SELECT p.provision_id FROM placement p
                                                   WHERE p.child_id = ? AND (p.ends_on IS NULL OR p.ends_on >= ?))
                         ORDER BY o, role, name""")
                .params(child.value(), child.value(), LocalDate.now(clock))
                .query((rs, n) -> new ContactLine(new ContactId(rs.getObject(1, UUID.class)),
                        ContactRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Override
    public ChildId create(ChildFields fields) {
        check(null, fields);
        ChildId id = directory.createChild(fields.child());
        jdbc.sql("UPDATE child SET local_reference = ? WHERE id = ?").params(reference(fields), id.value()).update();
        return id;
    }

    @Override
    public void update(ChildId child, ChildFields fields) {
        UUID authority = jdbc.sql("SELECT authority_id FROM child WHERE id = ? FOR UPDATE").param(child.value())
                .query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no child with id " + child));
        if (!authority.equals(fields.child().authorityId().value())) {
            throw new IllegalArgumentException("authority: a child stays with their authority; to move them to "
                    + "another, the other authority takes them on as a new child");
        }
        check(child, fields);
        NewChild c = fields.child();
        jdbc.sql("""
                        UPDATE child SET upn = ?, first_name = ?, last_name = ?, date_of_birth = ?, year_group = ?,
                                         cohort = ?, in_borough = ?, sen_status = ?, local_reference = ?
                         WHERE id = ?""")
                .params(c.upn() == null ? null : c.upn().value(), c.firstName().strip(), c.lastName().strip(),
                        c.dateOfBirth(), c.yearGroup(), c.cohort().name(), c.inBorough(), c.senStatus().name(),
                        reference(fields), child.value())
                .update();
    }

    /** The rules NewChild cannot check alone: the clock, and uniqueness against other children. */
    private void check(ChildId self, ChildFields fields) {
        if (fields == null || fields.child() == null) {
            throw new IllegalArgumentException("the child's details are required");
        }
        NewChild c = fields.child();
        FreeText.checked(c.firstName(), "first name", FreeText.MAX_NAME, false);
        FreeText.checked(c.lastName(), "last name", FreeText.MAX_NAME, false);
        LocalDate today = LocalDate.now(clock);
        if (c.dateOfBirth().isAfter(today)) {
            throw new IllegalArgumentException("date of birth " + c.dateOfBirth() + " is in the future: give a date "
                    + "on or before " + today);
        }
        UUID me = self == null ? null : self.value();
        if (c.upn() != null) {
            jdbc.sql("SELECT first_name || ' ' || last_name FROM child WHERE upn = ? AND id IS DISTINCT FROM ?")
                    .params(c.upn().value(), me).query(String.class).optional().ifPresent(other -> {
                        throw new IllegalArgumentException("UPN " + c.upn() + " already belongs to " + other
                                + ": check the number with the school, or edit that child instead");
                    });
        }
        String reference = reference(fields);
        if (reference != null) {
            if (!reference.matches(REFERENCE)) {
                throw new IllegalArgumentException("the authority's reference '" + reference + "' is not valid: use "
                        + "1 to 40 letters, digits, '/', '_', '.' or '-'");
            }
            jdbc.sql("""
                            SELECT first_name || ' ' || last_name FROM child
                             WHERE authority_id = ? AND local_reference = ? AND id IS DISTINCT FROM ?""")
                    .params(c.authorityId().value(), reference, me).query(String.class).optional()
                    .ifPresent(other -> {
                        throw new IllegalArgumentException("the authority's reference " + reference + " already "
                                + "belongs to " + other + " in this authority: each child has their own");
                    });
        }
    }

    private static String reference(ChildFields fields) {
        return fields.localReference() == null || fields.localReference().isBlank() ? null
                : fields.localReference().strip();
    }

    @Override
    public UUID addPlacement(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn,
                             LocalDate endsOn) {
        if (provision == null || kind == null) {
            throw new IllegalArgumentException("a placement needs a provision and whether the child is on roll there "
                    + "or attends it as alternative provision");
        }
        if (startsOn == null) {
            throw new IllegalArgumentException("start date is required: the day the child starts at the provision");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("end date " + endsOn + " is before the start date " + startsOn
                    + ": give an end on or after the start, or none");
        }
        if (kind == PlacementKind.ON_ROLL) {
            directory.place(child, provision, kind, startsOn);
            if (endsOn != null) {
                directory.endPlacement(child, provision, endsOn);
            }
        } else {
            directory.placeAlternative(child, provision, startsOn, endsOn);
        }
        return jdbc.sql("""
                        SELECT id FROM placement WHERE child_id = ? AND provision_id = ? AND kind = ? AND starts_on = ?
                         ORDER BY ends_on NULLS FIRST LIMIT 1""")
                .params(child.value(), provision.value(), kind.name(), startsOn).query(UUID.class).single();
    }

    @Override
    public void endPlacement(ChildId child, UUID placement, LocalDate lastDay) {
        record Row(UUID provision, LocalDate startsOn, LocalDate endsOn) {
        }
        Row row = jdbc.sql("SELECT provision_id, starts_on, ends_on FROM placement WHERE id = ? AND child_id = ?")
                .params(placement, child.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .optional().orElseThrow(() -> new IllegalArgumentException("no such placement of this child"));
        if (lastDay == null || lastDay.isBefore(row.startsOn())) {
            throw new IllegalArgumentException("end date " + lastDay + " is before the placement's start "
                    + row.startsOn() + ": give a last day on or after " + row.startsOn());
        }
        if (row.endsOn() == null) {
            directory.endPlacement(child, new ProvisionId(row.provision()), lastDay);
        } else {
            jdbc.sql("UPDATE placement SET ends_on = ? WHERE id = ?").params(lastDay, placement).update();
        }
    }

    @Override
    public ContactId addContact(ChildId child, ContactRole role, String name, UkPhoneNumber phone, String email) {
        if (role == null) {
            throw new IllegalArgumentException("contact role is required: carer or social worker");
        }
        List<UUID> before = jdbc.sql("SELECT id FROM contact WHERE child_id = ?").param(child.value())
                .query(UUID.class).list();
        directory.addContact(child, role, name, phone, email);
        return jdbc.sql("SELECT id FROM contact WHERE child_id = ? AND NOT (id = ANY(?))")
                .params(child.value(), before.toArray(UUID[]::new)).query(UUID.class).optional().map(ContactId::new)
                .orElseThrow();
    }

    @Override
    public void updateContact(ChildId child, ContactId contact, String name, UkPhoneNumber phone, String email) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required for a contact");
        }
        FreeText.checked(name, "the contact's name", FreeText.MAX_NAME, false);
        String mail = email == null || email.isBlank() ? null : EmailAddress.parse(email).value();
        if (phone == null && mail == null) {
            throw new IllegalArgumentException("the contact " + name.strip() + " needs a phone number or an email "
                    + "address, so they can be reached when the child is missing");
        }
        int changed = jdbc.sql("UPDATE contact SET name = ?, phone = ?, email = ? WHERE id = ? AND child_id = ?")
                .params(name.strip(), phone == null ? null : phone.e164(), mail, contact.value(), child.value())
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("no such contact of this child (a designated teacher is edited with "
                    + "their provision)");
        }
    }

    @Override
    public void removeContact(ChildId child, ContactId contact) {
        int removed = jdbc.sql("DELETE FROM contact WHERE id = ? AND child_id = ?")
                .params(contact.value(), child.value()).update();
        if (removed == 0) {
            throw new IllegalArgumentException("no such contact of this child (a designated teacher is removed with "
                    + "their provision)");
        }
    }

    static ChildLine line(ResultSet rs, int n) throws SQLException {
        String upn = rs.getString("upn");
        return new ChildLine(new ChildId(rs.getObject("id", UUID.class)),
                new AuthorityId(rs.getObject("authority_id", UUID.class)), rs.getString("authority_name"),
                upn == null ? null : new Upn(upn), rs.getString("local_reference"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getInt("year_group"),
                Cohort.valueOf(rs.getString("cohort")), rs.getBoolean("in_borough"),
                SenStatus.valueOf(rs.getString("sen_status")));
    }
}
