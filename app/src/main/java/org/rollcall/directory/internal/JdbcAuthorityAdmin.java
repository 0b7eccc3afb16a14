package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.rollcall.directory.AuthorityAdmin;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.VirtualSchoolContact;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authorities for the admin screen; a hundred or so rows, so a plain LIKE serves the search. */
@Service
@Transactional
class JdbcAuthorityAdmin implements AuthorityAdmin {

    private static final String WHERE = " WHERE (? = '' OR lower(name) LIKE ? ESCAPE '\\' OR la_code = ?)";

    private final JdbcClient jdbc;

    JdbcAuthorityAdmin(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuthorityDetails> authorities(String search, int offset, int limit) {
        String text = text(search);
        return jdbc.sql("SELECT * FROM authority" + WHERE + " ORDER BY lower(name), id LIMIT ? OFFSET ?")
                .params(text, like(text), text, Math.clamp(limit, 1, 500), Math.max(0, offset))
                .query(JdbcAuthorityAdmin::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long countAuthorities(String search) {
        String text = text(search);
        return jdbc.sql("SELECT count(*) FROM authority" + WHERE).params(text, like(text), text)
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public AuthorityDetails details(AuthorityId authority) {
        return jdbc.sql("SELECT * FROM authority WHERE id = ?").param(authority.value())
                .query(JdbcAuthorityAdmin::row).optional()
                .orElseThrow(() -> new IllegalArgumentException("there is no authority " + authority + ": check "
                        + "the address"));
    }

    @Override
    public void setIdentity(AuthorityId authority, String name, Nation nation, String laCode) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name: the authority's name is required");
        }
        String clean = FreeText.checked(name.strip(), "Name: the authority's name", FreeText.MAX_NAME, false);
        if (laCode == null || !laCode.strip().matches("[0-9]{3}")) {
            throw new IllegalArgumentException("LA number: '" + (laCode == null ? "" : laCode) + "' is not valid: "
                    + "expected three digits, for example 202");
        }
        if (nation == null) {
            throw new IllegalArgumentException("Nation: choose England or Wales");
        }
        String la = laCode.strip();
        AuthorityDetails before = jdbc.sql("SELECT * FROM authority WHERE id = ? FOR UPDATE")
                .param(authority.value()).query(JdbcAuthorityAdmin::row).optional()
                .orElseThrow(() -> new IllegalArgumentException("there is no authority " + authority));
        jdbc.sql("SELECT name FROM authority WHERE la_code = ? AND id <> ?").params(la, authority.value())
                .query(String.class).optional().ifPresent(other -> {
                    throw new IllegalArgumentException("LA number: " + la + " is already " + other + "'s: each "
                            + "authority has its own three-digit number");
                });
        jdbc.sql("SELECT name FROM authority WHERE lower(name) = lower(?) AND id <> ?")
                .params(clean, authority.value()).query(String.class).optional().ifPresent(other -> {
                    throw new IllegalArgumentException("Name: another authority is already called '" + other
                            + "': give a different name");
                });
        if (nation != before.nation()) {
            long elsewhere = jdbc.sql("SELECT count(*) FROM provision WHERE local_authority_id = ? AND nation <> ?")
                    .params(authority.value(), nation.name()).query(Long.class).single();
            if (elsewhere > 0) {
                throw new IllegalArgumentException("Nation: " + elsewhere + " provision(s) of " + before.nation()
                        .label() + " are in this authority's area; the authority stays " + before.nation().label()
                        + " until they are moved");
            }
        }
        jdbc.sql("UPDATE authority SET name = ?, nation = ?, la_code = ? WHERE id = ?")
                .params(clean, nation.name(), la, authority.value()).update();
    }

    @Override
    public void setVirtualSchoolContact(AuthorityId authority, VirtualSchoolContact contact) {
        int changed = jdbc.sql("""
                        UPDATE authority SET virtual_school_name = ?, virtual_school_email = ?,
                                             virtual_school_phone = ? WHERE id = ?""")
                .params(contact == null ? null : contact.name(),
                        contact == null || contact.email() == null ? null : contact.email().value(),
                        contact == null || contact.phone() == null ? null : contact.phone().e164(),
                        authority.value())
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("there is no authority " + authority);
        }
    }

    private static String text(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuthorityDetails row(ResultSet rs, int n) throws SQLException {
        String vsName = rs.getString("virtual_school_name");
        String email = rs.getString("virtual_school_email");
        String phone = rs.getString("virtual_school_phone");
        return new AuthorityDetails(new AuthorityId(rs.getObject("id", UUID.class)), rs.getString("name"),
                Nation.valueOf(rs.getString("nation")), rs.getString("la_code"),
                rs.getInt("recording_retention_months"), vsName == null ? null
                : new VirtualSchoolContact(vsName, email == null ? null : new EmailAddress(email),
                phone == null ? null : new UkPhoneNumber(phone)));
    }
}
