package org.rollcall.accounts.internal;

import java.io.IOException;

import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates "Authorization: Bearer rc_..." API tokens; each token is scoped to one authority. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contexts;

    ApiTokenFilter(ApiTokens tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var authority = tokens.authenticate(header.substring(7).strip());
            if (authority.isEmpty()) {
                unauthorised(request, response, null);
                return;
            }
            Caller caller = new Caller("api-token:" + authority.get(), Role.API, null, authority.get());
            var principal = new RollcallPrincipal(caller, "API client", "", true);
            var context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    // Written directly: a sendError would be dispatched to /error, which the UI chain answers with a login redirect.
    static void forbidden(HttpServletRequest request, HttpServletResponse response,
                          org.springframework.security.access.AccessDeniedException e) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "your role may not use this endpoint: "
                + "attendance, children, marks, absences, exclusions and statistics are for authority API tokens; "
                + "webhooks for authority users; calls and recordings for QA, supervisors and administrators; "
                + "/api/v1/admin for administrators", request));
    }

    static void unauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Rollcall\"");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "sign-in required: authority systems send "
                + "'Authorization: Bearer <token>' with a token issued to their authority; staff use HTTP Basic with "
                + "their Rollcall user name and password", request));
    }
}
