package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ImportedContact;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.EmailAddress;
import org.springframework.jdbc.core.JdbcTemplate;

/** The small pieces every import read and write shares: key chunks, contact rows, values as stored. */
final class ImportRows {

    static final int CHUNK = 2_000;

    private ImportRows() {
    }

    static ImportedContact contact(ResultSet rs, int from) throws SQLException {
        String phone = rs.getString(from + 1);
        String email = rs.getString(from + 2);
        return new ImportedContact(rs.getString(from), phone == null ? null : new UkPhoneNumber(phone),
                email == null ? null : new EmailAddress(email));
    }

    static void insertContacts(JdbcTemplate batch, List<Object[]> rows) {
        batch.batchUpdate("INSERT INTO contact (id, child_id, provision_id, role, name, phone, email) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    static Object[] contactRow(UUID id, UUID child, UUID provision, String role, ImportedContact c) {
        return new Object[] {id, child, provision, role, c.name(), c.phone() == null ? null : c.phone().e164(),
                text(c.email())};
    }

    static Object[] contactUpdate(UUID id, ImportedContact c) {
        return new Object[] {c.name(), c.phone() == null ? null : c.phone().e164(), text(c.email()), id};
    }

    static String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    static UUID uuid(AuthorityId id) {
        return id == null ? null : id.value();
    }

    static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = keys.stream().filter(Objects::nonNull).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    /** A record set up before imports may not meet today's rules; it then counts as changed by the file. */
    static <T> T safely(SqlSupplier<T> value) throws SQLException {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
