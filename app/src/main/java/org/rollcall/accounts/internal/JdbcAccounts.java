package org.rollcall.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAccounts implements Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SecurityContextHolderStrategy contexts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder encoder, SecurityContextHolderStrategy contexts, AuditLog audit,
                 Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.contexts = contexts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserId createUser(String username, String displayName, String rawPassword, Role role,
                             AuthorityId authority) {
        if (role == Role.DESIGNATED_TEACHER) {
            throw new IllegalArgumentException("a designated teacher needs a provision: create them with "
                    + "createDesignatedTeacher");
        }
        if ((role == Role.AUTHORITY) != (authority != null)) {
            throw new IllegalArgumentException("an authority user needs an authority; other roles must have none");
        }
        return insert(username, displayName, rawPassword, role, authority, null);
    }

    @Override
    @Transactional
    public UserId createDesignatedTeacher(String username, String displayName, String rawPassword,
                                          ProvisionId provision) {
        if (provision == null) {
            throw new IllegalArgumentException("a designated teacher needs a provision: the school whose pupils "
                    + "they see");
        }
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM provision WHERE id = ?)").param(provision.value())
                .query(Boolean.class).single();
        if (!known) {
            throw new IllegalArgumentException("no provision with id " + provision);
        }
        return insert(username, displayName, rawPassword, Role.DESIGNATED_TEACHER, null, provision);
    }

    private UserId insert(String username, String displayName, String rawPassword, Role role, AuthorityId authority,
                          ProvisionId provision) {
        UserRules.checkUsername(username);
        UserRules.checkDisplayName(displayName);
        UserRules.checkPassword(rawPassword);
        if (role == Role.API) {
            throw new IllegalArgumentException("API clients sign in with API tokens, not as users");
        }
        UserId id = new UserId(UUID.randomUUID());
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, role, authority_id,
                                              provision_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), username, displayName, encoder.encode(rawPassword), role.name(),
                        authority == null ? null : authority.value(), provision == null ? null : provision.value())
                .update();
        return id;
    }

    @Override
    public Caller caller() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RollcallPrincipal principal) {
            return principal.caller();
        }
        throw new AuthenticationCredentialsNotFoundException("nobody is signed in");
    }

    @Override
    public Optional<Caller> callerOf(java.security.Principal principal) {
        return principal instanceof Authentication auth && auth.getPrincipal() instanceof RollcallPrincipal p
                ? Optional.of(p.caller()) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Caller> findUser(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query((rs, n) -> caller(rs, n))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Caller> usersWithRole(Role role) {
        return jdbc.sql("SELECT * FROM app_user WHERE role = ? AND enabled ORDER BY username").param(role.name())
                .query((rs, n) -> caller(rs, n)).list();
    }

    @Override
    @Transactional
    public void grantRole(UserId user, Role role) {
        if (role == null || role == Role.AUTHORITY || role == Role.API || role == Role.DESIGNATED_TEACHER) {
            throw new IllegalArgumentException("only a staff role (operator, supervisor, QA reviewer or administrator) "
                    + "can be granted as an extra role, not " + (role == null ? "none" : role.label()));
        }
        Caller holder = jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(user.value())
                .query((rs, n) -> caller(rs, n)).optional()
                .orElseThrow(() -> new IllegalArgumentException("no user with id " + user));
        if (holder.isScopedToAuthority() || holder.isScopedToProvision() || holder.role() == Role.API) {
            throw new IllegalArgumentException(holder.name() + " is an authority user, designated teacher or API "
                    + "client: only staff "
                    + "users can be given extra roles");
        }
        if (holder.role() == role) {
            return;
        }
        String actor = contexts.getContext().getAuthentication() != null
                && contexts.getContext().getAuthentication().getPrincipal() instanceof RollcallPrincipal p
                ? p.caller().name() : "system";
        int added = jdbc.sql("""
                        INSERT INTO app_user_role (user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(user.value(), role.name(), actor, java.sql.Timestamp.from(clock.instant())).update();
        if (added > 0) {
            audit.record(actor, "grant-role", "user", holder.name(), "before: " + holder.role().label()
                    + extraLabels(user, role) + "; after: also " + role.label());
        }
    }

    private String extraLabels(UserId user, Role added) {
        List<Role> before = extraRoles(user).stream().filter(r -> r != added).toList();
        return before.isEmpty() ? "" : " and " + String.join(", ", before.stream().map(Role::label).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Role> extraRoles(UserId user) {
        return jdbc.sql("SELECT role FROM app_user_role WHERE user_id = ? ORDER BY role").param(user.value())
                .query(String.class).list().stream().map(Role::valueOf).toList();
    }

    static Caller caller(ResultSet rs, int n) throws SQLException {
        UUID authority = rs.getObject("authority_id", UUID.class);
        UUID provision = rs.getObject("provision_id", UUID.class);
        return new Caller(rs.getString("username"), Role.valueOf(rs.getString("role")),
                new UserId(rs.getObject("id", UUID.class)), authority == null ? null : new AuthorityId(authority),
                provision == null ? null : new ProvisionId(provision));
    }
}
