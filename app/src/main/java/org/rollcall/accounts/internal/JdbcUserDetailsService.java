package org.rollcall.accounts.internal;

import java.util.List;

import org.rollcall.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class JdbcUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    JdbcUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        RollcallPrincipal user = jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new RollcallPrincipal(JdbcAccounts.caller(rs, n), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        // Roles beyond the main one (ADR 0031) become extra granted authorities for this sign-in.
        List<Role> extra = jdbc.sql("SELECT role FROM app_user_role WHERE user_id = ? ORDER BY role")
                .param(user.caller().userId().value()).query(String.class).list().stream().map(Role::valueOf).toList();
        return extra.isEmpty() ? user : new RollcallPrincipal(user.caller(), user.displayName(), user.passwordHash(),
                user.enabled(), extra);
    }
}
