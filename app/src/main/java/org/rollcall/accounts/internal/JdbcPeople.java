package org.rollcall.accounts.internal;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.People;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people admin screen's store; each change audited as "user-..." against the user name, before and after. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class JdbcPeople implements People {

    /** Serialises changes that could leave no enabled administrator (two admins disabling each other at once). */
    private static final long ADMIN_LOCK = 0x5045_4f50_4c45L;
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String SELECT = """
            SELECT u.*, ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id ORDER BY r.role) AS extra
              FROM app_user u""";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final DisabledSessions disabled;
    private final SecureRandom random = new SecureRandom();

    JdbcPeople(JdbcClient jdbc, Accounts accounts, AuditLog audit, PasswordEncoder encoder, SignInThrottle throttle,
               DisabledSessions disabled) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.encoder = encoder;
        this.throttle = throttle;
        this.disabled = disabled;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> search(String text, Role role, int offset, int limit) {
        return jdbc.sql(SELECT + where(role) + " ORDER BY u.username LIMIT :limit OFFSET :offset")
                .param("text", pattern(text)).param("role", role == null ? null : role.name())
                .param("limit", Math.max(1, Math.min(limit, 500))).param("offset", Math.max(0, offset))
                .query(JdbcPeople::person).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String text, Role role) {
        return jdbc.sql("SELECT count(*) FROM app_user u" + where(role)).param("text", pattern(text))
                .param("role", role == null ? null : role.name()).query(Long.class).single();
    }

    private static String where(Role role) {
        // The users table is small (staff and authority users, thousands at most): a scan is fine.
        return " WHERE (u.username ILIKE :text OR u.display_name ILIKE :text)"
                + (role == null ? " AND CAST(:role AS TEXT) IS NULL" : " AND u.role = :role");
    }

    private static String pattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> find(UserId id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id.value()).query(JdbcPeople::person).optional();
    }

    @Override
    @Transactional
    public UserId create(String username, String rawPassword, Binding binding) {
        requireBinding(binding);
        if (username != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE username = ?)")
                .param(username).query(Boolean.class).single()) {
            throw new IllegalArgumentException("user name '" + username + "' is taken: choose another");
        }
        UserId id = binding.role() == Role.DESIGNATED_TEACHER
                ? accounts.createDesignatedTeacher(username, binding.displayName(), rawPassword, binding.provision())
                : accounts.createUser(username, binding.displayName(), rawPassword, binding.role(), binding.authority());
        audit.record(actor(), "user-created", "user", username, "after: " + describe(find(id).orElseThrow()));
        return id;
    }

    @Override
    @Transactional
    public void update(UserId user, Binding binding) {
        requireBinding(binding);
        UserRules.checkDisplayName(binding.displayName());
        lockAdmins();
        Person before = existing(user);
        if (isAdmin(before) && before.enabled() && binding.role() != Role.ADMIN
                && !before.extraRoles().contains(Role.ADMIN) && enabledAdmins() <= 1) {
            throw new IllegalArgumentException(before.displayName() + " is the last enabled administrator: make "
                    + "someone else an administrator before changing their role");
        }
        if (binding.role() == Role.DESIGNATED_TEACHER && binding.provision() != null
                && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM provision WHERE id = ?)")
                .param(binding.provision().value()).query(Boolean.class).single()) {
            throw new IllegalArgumentException("no provision with id " + binding.provision());
        }
        if (binding.role() != before.role() && !before.extraRoles().isEmpty()
                && (binding.role() == Role.AUTHORITY || binding.role() == Role.DESIGNATED_TEACHER)) {
            // Extra roles are for staff only (ADR 0031): an authority user or teacher keeps none.
            jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(user.value()).update();
        }
        jdbc.sql("""
                        UPDATE app_user SET display_name = ?, role = ?, authority_id = ?, provision_id = ?
                         WHERE id = ?""")
                .params(binding.displayName(), binding.role().name(),
                        binding.authority() == null ? null : binding.authority().value(),
                        binding.provision() == null ? null : binding.provision().value(), user.value())
                .update();
        Person after = existing(user);
        if (!describe(before).equals(describe(after))) {
            audit.record(actor(), "user-changed", "user", before.username(),
                    "before: " + describe(before) + "; after: " + describe(after));
        }
    }

    @Override
    @Transactional
    public void setEnabled(UserId user, boolean enabled) {
        lockAdmins();
        Person before = existing(user);
        if (before.enabled() == enabled) {
            return;
        }
        if (!enabled && before.username().equals(actor())) {
            throw new IllegalArgumentException("you cannot disable yourself: ask another administrator");
        }
        if (!enabled && isAdmin(before) && enabledAdmins() <= 1) {
            throw new IllegalArgumentException(before.displayName() + " is the last enabled administrator and "
                    + "cannot be disabled");
        }
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?").params(enabled, user.value()).update();
        audit.record(actor(), enabled ? "user-enabled" : "user-disabled", "user", before.username(),
                "before: " + (before.enabled() ? "enabled" : "disabled") + "; after: "
                        + (enabled ? "enabled" : "disabled"));
        if (enabled) {
            disabled.enabled(before.username());
        } else {
            disabled.disabled(before.username());
        }
    }

    @Override
    @Transactional
    public String resetPassword(UserId user) {
        Person person = existing(user);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                .params(encoder.encode(password.toString()), user.value()).update();
        throttle.succeeded(person.username());
        audit.record(actor(), "user-password-reset", "user", person.username(),
                "a temporary password was issued (not recorded)");
        return password.toString();
    }

    private void requireBinding(Binding binding) {
        if (binding == null || binding.role() == null) {
            throw new IllegalArgumentException("role is required: choose one of operator, supervisor, QA reviewer, "
                    + "administrator, authority user or designated teacher");
        }
        if (binding.role() == Role.API) {
            throw new IllegalArgumentException("role: API clients are given API tokens, not user accounts");
        }
        if ((binding.role() == Role.AUTHORITY) != (binding.authority() != null)) {
            throw new IllegalArgumentException(binding.role() == Role.AUTHORITY
                    ? "authority is required for an authority user: the authority whose children they see"
                    : "authority: only authority users are bound to an authority");
        }
        if ((binding.role() == Role.DESIGNATED_TEACHER) != (binding.provision() != null)) {
            throw new IllegalArgumentException(binding.role() == Role.DESIGNATED_TEACHER
                    ? "provision is required for a designated teacher: the school whose pupils they see"
                    : "provision: only designated teachers are bound to a provision");
        }
    }

    private void lockAdmins() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ADMIN_LOCK).query(Object.class).single();
    }

    private long enabledAdmins() {
        return jdbc.sql("""
                        SELECT count(*) FROM app_user u WHERE u.enabled AND (u.role = 'ADMIN' OR EXISTS
                               (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'ADMIN'))""")
                .query(Long.class).single();
    }

    private static boolean isAdmin(Person person) {
        return person.role() == Role.ADMIN || person.extraRoles().contains(Role.ADMIN);
    }

    private Person existing(UserId user) {
        return find(user).orElseThrow(() -> new IllegalArgumentException("no user with id " + user));
    }

    private String actor() {
        return accounts.caller().name();
    }

    /** What the audit keeps: ids for the binding (names may change), labels for roles. */
    static String describe(Person p) {
        List<String> parts = new ArrayList<>();
        parts.add("name " + p.displayName());
        parts.add("role " + p.role().label());
        if (p.authority() != null) {
            parts.add("authority " + p.authority());
        }
        if (p.provision() != null) {
            parts.add("provision " + p.provision());
        }
        if (!p.extraRoles().isEmpty()) {
            parts.add("also " + String.join(", ", p.extraRoles().stream().map(Role::label).toList()));
        }
        parts.add(p.enabled() ? "enabled" : "disabled");
        return String.join(", ", parts);
    }

    static Person person(ResultSet rs, int n) throws SQLException {
        UUID authority = rs.getObject("authority_id", UUID.class);
        UUID provision = rs.getObject("provision_id", UUID.class);
        Array extra = rs.getArray("extra");
        List<Role> extraRoles = extra == null ? List.of()
                : Arrays.stream((Object[]) extra.getArray()).map(r -> Role.valueOf((String) r)).toList();
        return new Person(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                authority == null ? null : new AuthorityId(authority),
                provision == null ? null : new ProvisionId(provision), rs.getBoolean("enabled"), extraRoles);
    }
}
