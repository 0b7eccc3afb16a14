package org.rollcall.accounts.internal;

import org.rollcall.platform.SignedInUser;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in user of the current UI session or request, for the application shell. */
@Component
class SignedInUserFromSession implements SignedInUser {

    private final SecurityContextHolderStrategy contexts;

    SignedInUserFromSession(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    @Override
    public String displayName() {
        return principal().displayName();
    }

    @Override
    public String roleLabel() {
        return principal().caller().role().label();
    }

    private RollcallPrincipal principal() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RollcallPrincipal principal) {
            return principal;
        }
        throw new AuthenticationCredentialsNotFoundException("nobody is signed in");
    }
}
