package org.rollcall.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcDirectoryAdmin implements DirectoryAdmin {

    private final JdbcClient jdbc;
    private final PasswordCipher cipher;

    JdbcDirectoryAdmin(JdbcClient jdbc, PasswordCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public AuthorityId createAuthority(String name, Nation nation, String laCode) {
        if (laCode == null || !laCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("LA number '" + laCode + "' is not valid: expected three digits, "
                    + "for example 202");
        }
        AuthorityId id = AuthorityId.random();
        jdbc.sql("INSERT INTO authority (id, name, nation, la_code) VALUES (?, ?, ?, ?)")
                .params(id.value(), name, nation.name(), laCode).update();
        return id;
    }

    @Override
    public ProvisionId createProvision(NewProvision p) {
        ProvisionId id = ProvisionId.random();
        jdbc.sql("""
                        INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, password_encrypted,
                                               frequency, weekly_day)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), p.urn() == null ? null : p.urn().value(), p.name(), p.type().name(),
                        p.nation().name(), p.phone().e164(), p.contactName(),
                        p.password() == null || p.password().isBlank() ? null : cipher.encrypt(p.password()),
                        p.frequency().name(), p.weeklyDay())
                .update();
        for (CallWindow w : p.windows()) {
            jdbc.sql("INSERT INTO call_window (id, provision_id, opens_at, closes_at) VALUES (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id.value(), w.opensAt(), w.closesAt()).update();
        }
        return id;
    }

    @Override
    public ChildId createChild(NewChild c) {
        ChildId id = ChildId.random();
        jdbc.sql("""
                        INSERT INTO child (id, authority_id, upn, first_name, last_name, date_of_birth, year_group,
                                           cohort, in_borough, sen_status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), c.authorityId().value(), c.upn() == null ? null : c.upn().value(),
                        c.firstName(), c.lastName(), c.dateOfBirth(), c.yearGroup(), c.cohort().name(),
                        c.inBorough(), c.senStatus().name())
                .update();
        return id;
    }

    @Override
    public void place(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn) {
        jdbc.sql("""
                        INSERT INTO placement (id, child_id, provision_id, kind, starts_on) VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), child.value(), provision.value(), kind.name(), startsOn).update();
    }

    @Override
    public void addContact(ChildId child, ContactRole role, String name, String phone, String email) {
        jdbc.sql("INSERT INTO contact (id, child_id, role, name, phone, email) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), child.value(), role.name(), name, phone, email).update();
    }
}
