package org.rollcall.accounts.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends the open screen sessions of users an administrator disabled (ADR 0042): their next request on this server
 * finds the session invalidated, as {@link SessionAge} does for old sessions. Kept in memory: the set holds users
 * disabled since start-up, and sessions do not survive a restart. A new sign-in is refused by the enabled flag.
 */
@Component
class DisabledSessions {

    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    void disabled(String username) {
        disabled.add(username);
    }

    void enabled(String username) {
        disabled.remove(username);
    }

    boolean isDisabled(String username) {
        return disabled.contains(username);
    }

    OncePerRequestFilter filter(Predicate<HttpServletRequest> vaadinInternal) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                HttpSession session = disabled.isEmpty() ? null : request.getSession(false);
                if (session != null && session.getAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext c
                        && c.getAuthentication() != null && isDisabled(c.getAuthentication().getName())) {
                    session.invalidate();
                    if (!vaadinInternal.test(request)) {
                        response.sendRedirect(request.getContextPath() + "/login");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
