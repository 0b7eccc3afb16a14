package org.rollcall.directory.internal;

import static org.rollcall.directory.internal.ImportRows.chunks;
import static org.rollcall.directory.internal.ImportRows.contact;
import static org.rollcall.directory.internal.ImportRows.safely;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryImport.HeldChild;
import org.rollcall.directory.DirectoryImport.HeldProvision;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the directory already holds for an import's keys: bulk reads by key arrays ({@code = ANY(?)}, in chunks of
 * {@link ImportRows#CHUNK}), each record read back as the file would give it, so that a row can be compared.
 */
final class ImportReads {

    private final JdbcClient jdbc;

    ImportReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, AuthoritySummary> authoritiesByLaCode() {
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

    Map<String, HeldProvision> provisionsByKey(Collection<String> keys) {
        Map<String, HeldProvision> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            String[] array = chunk.toArray(String[]::new);
            jdbc.sql(PROVISION + " WHERE p.urn = ANY(?::bpchar[]) OR p.rollcall_reference = ANY(?::bpchar[])")
                    .params(array, array).query(this::provision).list().forEach(p -> found.put(p.key(), p));
        }
        return found;
    }

    Map<String, List<HeldProvision>> provisionsWithoutUrnByNameAndPhone(Collection<String> namePhones) {
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

    Map<String, ProvisionId> provisionIds(Collection<String> keys) {
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

    Map<String, HeldChild> childrenByUpn(Collection<String> upns) {
        Map<String, HeldChild> found = new HashMap<>();
        for (List<String> chunk : chunks(upns)) {
            jdbc.sql(CHILD + " WHERE c.upn = ANY(?::bpchar[])").param(chunk.toArray(String[]::new))
                    .query(this::child).list().forEach(c -> found.put(c.values().upn().value(), c));
        }
        return found;
    }

    Map<String, HeldChild> childrenByLocalReference(AuthorityId authority, Collection<String> references) {
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
}
