package org.rollcall.accounts.internal;

import java.time.Clock;
import java.util.Optional;

import org.rollcall.accounts.AccountsProperties;
import org.rollcall.accounts.Caller;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in screens' view of a {@link PendingSignIn}: who is half signed in (if it is recent enough), and the
 * last step, which makes the session signed in. Public for {@code accounts.ui}; not part of the module's API.
 */
@Component
public class SignInCompletion {

    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository;
    private final Clock clock;
    private final AccountsProperties properties;

    SignInCompletion(SecurityContextHolderStrategy contexts, SecurityContextRepository signInContexts, Clock clock,
                     AccountsProperties properties) {
        this.contexts = contexts;
        this.repository = signInContexts;
        this.clock = clock;
        this.properties = properties;
    }

    /** The user whose password was accepted in this session within the second-factor timeout. */
    public Optional<Caller> pending(HttpServletRequest request) {
        return pendingSignIn(request).map(p -> ((RollcallPrincipal) p.password().getPrincipal()).caller());
    }

    /** Signs the pending user in for good: only after their second factor was checked. */
    public void complete(HttpServletRequest request, HttpServletResponse response) {
        PendingSignIn pending = pendingSignIn(request).orElseThrow(() -> new IllegalStateException(
                "no password was accepted in this session"));
        var context = contexts.createEmptyContext();
        context.setAuthentication(pending.password());
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        SessionAge.signedIn(request, clock);
    }

    /** Forgets a half-done sign-in (the user gave up, or it timed out). */
    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
    }

    private Optional<PendingSignIn> pendingSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn p)) {
            return Optional.empty();
        }
        if (p.at().plus(properties.secondFactorTimeout()).isBefore(clock.instant())) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
