package org.rollcall.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user or API client, carrying the caller's role and authority scope and the name screens show. */
record RollcallPrincipal(Caller caller, String displayName, String passwordHash, boolean enabled,
                         List<Role> extraRoles) implements UserDetails {

    RollcallPrincipal(Caller caller, String displayName, String passwordHash, boolean enabled) {
        this(caller, displayName, passwordHash, enabled, List.of());
    }

    RollcallPrincipal {
        extraRoles = List.copyOf(extraRoles);
    }

    /** The main role and any extra ones granted (app_user_role, ADR 0031). */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(caller.role()), extraRoles.stream())
                .distinct().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
