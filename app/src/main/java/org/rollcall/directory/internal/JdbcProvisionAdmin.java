package org.rollcall.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionAdmin;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisions for the admin screen. The search repeats {@code provision_admin_search_idx}'s expression (V63) so each
 * word is a trigram index lookup; the order is {@code provision_name_idx}'s, so a page is LIMIT/OFFSET on it.
 */
@Service
@Transactional
class JdbcProvisionAdmin implements ProvisionAdmin {

    static final String SEARCHED = "lower(p.name || ' ' || coalesce(p.town, '') || ' ' || coalesce(p.urn, '') || ' '"
            + " || coalesce(p.rollcall_reference, ''))";

    private final JdbcClient jdbc;
    private final DirectoryAdmin directory;
    private final PasswordCipher cipher;

    JdbcProvisionAdmin(JdbcClient jdbc, DirectoryAdmin directory, PasswordCipher cipher) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProvisionRow> search(ProvisionFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(Math.clamp(limit, 1, 500));
        params.add(Math.max(0, offset));
        return jdbc.sql(pageSql(where)).params(params).query(JdbcProvisionAdmin::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ProvisionFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM provision p" + where).params(params).query(Long.class).single();
    }

    /** One page of the list: {@code where} from {@link #where}, then the limit and offset parameters. */
    static String pageSql(String where) {
        return """
                SELECT p.id, p.name, p.urn, p.rollcall_reference, p.type, p.town, a.name AS authority,
                       p.frequency, (SELECT count(*) FROM call_window w WHERE w.provision_id = p.id) AS windows
                FROM provision p LEFT JOIN authority a ON a.id = p.local_authority_id""" + where
                + " ORDER BY lower(p.name), p.id LIMIT ? OFFSET ?";
    }

    /** The WHERE clause of the list and its count, appending its parameters. */
    static String where(ProvisionFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        String typed = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        for (String word : typed.isEmpty() ? new String[0] : typed.split("\\s+")) {
            sql.append(" AND ").append(SEARCHED).append(" LIKE ? ESCAPE '\\'");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.localAuthority() != null) {
            sql.append(" AND p.local_authority_id = ?");
            params.add(filter.localAuthority().value());
        }
        if (filter.type() != null) {
            sql.append(" AND p.type = ?");
            params.add(filter.type().name());
        }
        if (filter.frequency() != null) {
            sql.append(" AND p.frequency = ?");
            params.add(filter.frequency().name());
        }
        if (filter.withoutWindow()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM call_window w WHERE w.provision_id = p.id)");
        }
        return sql.toString();
    }

    @Override
    @Transactional(readOnly = true)
    public ProvisionDetails details(ProvisionId provision) {
        List<CallWindow> windows = windows(provision);
        return jdbc.sql("SELECT * FROM provision WHERE id = ?").param(provision.value())
                .query((rs, n) -> details(rs, windows)).optional()
                .orElseThrow(() -> new IllegalArgumentException("there is no provision " + provision + ": check "
                        + "the address"));
    }

    @Override
    public ProvisionId create(NewProvision provision) {
        WindowRules.check(provision.windows());
        refuseTakenUrn(provision.urn(), null);
        return directory.createProvision(provision);
    }

    @Override
    public void update(ProvisionId provision, ProvisionChanges changes) {
        ProvisionDetails before = details(provision);
        String name = required(changes.name(), "Name: the provision's name");
        String contact = required(changes.contactName(), "Contact person: the contact's name");
        if (changes.type() == null) {
            throw new IllegalArgumentException("Type: choose what kind of provision it is");
        }
        if (changes.phone() == null) {
            throw new IllegalArgumentException("Phone: a UK telephone number is required, such as 01632 960123");
        }
        refuseTakenUrn(changes.urn(), provision.value());
        String town = changes.town() == null || changes.town().isBlank() ? null
                : FreeText.checked(changes.town().strip(), "Town", FreeText.MAX_NAME, false);
        jdbc.sql("""
                        UPDATE provision SET name = ?, urn = ?, type = ?, phone = ?, contact_name = ?, town = ?
                        WHERE id = ?""")
                .params(name, changes.urn() == null ? null : changes.urn().value(), changes.type().name(),
                        changes.phone().e164(), contact, town, provision.value())
                .update();
        if (!java.util.Objects.equals(before.localAuthority(), changes.localAuthority())) {
            directory.setLocalAuthority(provision, changes.localAuthority());
        }
    }

    @Override
    public void replaceWindows(ProvisionId provision, List<CallWindow> windows) {
        WindowRules.check(windows);
        jdbc.sql("SELECT id FROM provision WHERE id = ? FOR UPDATE").param(provision.value()).query(UUID.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("there is no provision " + provision));
        for (CallWindow old : windows(provision)) {
            boolean kept = windows.stream().anyMatch(w -> w.part() == old.part());
            if (!kept) {
                long calls = jdbc.sql("SELECT count(*) FROM call WHERE window_id = ?").param(old.id())
                        .query(Long.class).single();
                if (calls > 0) {
                    throw new IllegalArgumentException("Call windows: the " + old.part().label().toLowerCase()
                            + " window " + old.opensAt() + "–" + old.closesAt() + " was used for " + calls
                            + " call(s) and stays on record: change its times instead of removing it");
                }
                jdbc.sql("DELETE FROM call_window WHERE id = ?").param(old.id()).update();
            }
        }
        // A window calls were made in keeps its row, as when the service is introduced: its times change.
        for (CallWindow w : windows) {
            int changed = jdbc.sql("UPDATE call_window SET opens_at = ?, closes_at = ? WHERE provision_id = ? "
                            + "AND part = ?")
                    .params(w.opensAt(), w.closesAt(), provision.value(), w.part().name()).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO call_window (id, provision_id, opens_at, closes_at, part) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), provision.value(), w.opensAt(), w.closesAt(), w.part().name())
                        .update();
            }
        }
    }

    @Override
    public void setPassword(ProvisionId provision, String password) {
        FreeText.problem(password, "Password", FreeText.MAX_NAME, false).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        int changed = jdbc.sql("UPDATE provision SET password_encrypted = ? WHERE id = ?")
                .params(password == null || password.isBlank() ? null : cipher.encrypt(password), provision.value())
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("there is no provision " + provision);
        }
    }

    /** A URN is one school's: refused when another provision (not {@code self}, which may be null) has it. */
    private void refuseTakenUrn(Urn urn, UUID self) {
        if (urn == null) {
            return;
        }
        jdbc.sql("SELECT name FROM provision WHERE urn = ? AND id IS DISTINCT FROM CAST(? AS uuid)")
                .params(urn.value(), self).query(String.class).optional().ifPresent(other -> {
                    throw new IllegalArgumentException("URN: " + urn + " is already " + other + "'s; each school "
                            + "has its own URN (leave it empty for a provision without one)");
                });
    }

    private List<CallWindow> windows(ProvisionId provision) {
        return jdbc.sql("SELECT id, opens_at, closes_at, part FROM call_window WHERE provision_id = ? "
                        + "ORDER BY opens_at")
                .param(provision.value())
                .query((rs, n) -> new CallWindow(rs.getObject(1, UUID.class), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class), WindowPart.valueOf(rs.getString(4))))
                .list();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return FreeText.checked(value.strip(), what, FreeText.MAX_NAME, false);
    }

    private static ProvisionRow row(ResultSet rs, int n) throws SQLException {
        String urn = rs.getString("urn");
        return new ProvisionRow(new ProvisionId(rs.getObject("id", UUID.class)), rs.getString("name"),
                urn == null ? null : new Urn(urn), rs.getString("rollcall_reference"),
                ProvisionType.valueOf(rs.getString("type")), rs.getString("town"), rs.getString("authority"),
                Frequency.valueOf(rs.getString("frequency")), rs.getInt("windows"));
    }

    private static ProvisionDetails details(ResultSet rs, List<CallWindow> windows) throws SQLException {
        String urn = rs.getString("urn");
        UUID authority = rs.getObject("local_authority_id", UUID.class);
        return new ProvisionDetails(new ProvisionId(rs.getObject("id", UUID.class)), urn == null ? null
                : new Urn(urn), rs.getString("rollcall_reference"), rs.getString("name"),
                ProvisionType.valueOf(rs.getString("type")), Nation.valueOf(rs.getString("nation")),
                new UkPhoneNumber(rs.getString("phone")), rs.getString("contact_name"),
                rs.getString("password_encrypted") != null, Frequency.valueOf(rs.getString("frequency")),
                (Integer) rs.getObject("weekly_day"), rs.getString("weekly_reason"),
                authority == null ? null : new AuthorityId(authority), rs.getString("town"), windows);
    }
}
