package org.rollcall.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
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

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder encoder, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.contexts = contexts;
    }

    @Override
    @Transactional
    public UserId createUser(String username, String displayName, String rawPassword, Role role,
                             AuthorityId authority) {
        if (username == null || !username.matches("[a-z0-9._-]{2,40}")) {
            throw new IllegalArgumentException("user name '" + username + "' is not valid: use 2 to 40 lower-case "
                    + "letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("the user's name is required: the name screens show");
        }
        FreeText.checked(displayName, "the user's name", FreeText.MAX_NAME, false);
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters");
        }
        if ((role == Role.AUTHORITY) != (authority != null)) {
            throw new IllegalArgumentException("an authority user needs an authority; other roles must have none");
        }
        UserId id = new UserId(UUID.randomUUID());
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, role, authority_id)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id.value(), username, displayName, encoder.encode(rawPassword), role.name(),
                        authority == null ? null : authority.value())
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

    static Caller caller(ResultSet rs, int n) throws SQLException {
        UUID authority = rs.getObject("authority_id", UUID.class);
        return new Caller(rs.getString("username"), Role.valueOf(rs.getString("role")),
                new UserId(rs.getObject("id", UUID.class)), authority == null ? null : new AuthorityId(authority));
    }
}
