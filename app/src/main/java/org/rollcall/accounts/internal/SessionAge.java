package org.rollcall.accounts.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The absolute limit on a screen session (rollcall.accounts.max-session-age): however busy, a session ends that long
 * after its sign-in, on the app clock. Runs before the security context is read, so the request that finds it too
 * old is already signed out: a page load goes to the login page that says so; a screen's own request (the heartbeat
 * every 15 s, a click) finds its session gone, and Vaadin sends the screen to the same page (SignedOutScreen).
 */
class SessionAge extends OncePerRequestFilter {

    private static final String SIGNED_IN_AT = SessionAge.class.getName() + ".signedInAt";

    private final Clock clock;
    private final Duration maxAge;
    private final Predicate<HttpServletRequest> vaadinInternal;

    SessionAge(Clock clock, Duration maxAge, Predicate<HttpServletRequest> vaadinInternal) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.vaadinInternal = vaadinInternal;
    }

    /** Stamps the session with the moment its user was signed in for good. */
    static void signedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant at
                && !at.plus(maxAge).isAfter(clock.instant())) {
            session.invalidate();
            if (!vaadinInternal.test(request)) {
                response.sendRedirect(request.getContextPath() + "/" + SignedOutScreen.SIGNED_OUT_URL);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
