package org.rollcall.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a real user in for a browserless test. Called after the Vaadin session exists: Vaadin keeps the security
 * context in the session, so a context set earlier (as @WithUserDetails does) would land in the previous one.
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
