package org.rollcall.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a real user in for a browserless test. Called after the Vaadin session exists: Vaadin keeps the security
 * context in the session, so a context set earlier (as @WithUserDetails does) would land in the previous one.
 */
public final class SignIn {

    private SignIn() {
    }

    /**
     * Signs in through this application context's strategy (what the app's services read) and the static holder
     * (which another context in the same test JVM may have pointed at its own strategy).
     */
    public static void as(UserDetailsService users, SecurityContextHolderStrategy contexts, String username) {
        UserDetails user = users.loadUserByUsername(username);
        for (SecurityContextHolderStrategy strategy : new SecurityContextHolderStrategy[] {contexts,
                SecurityContextHolder.getContextHolderStrategy()}) {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities()));
            strategy.setContext(context);
        }
    }
}
