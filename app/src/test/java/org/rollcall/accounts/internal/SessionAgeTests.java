package org.rollcall.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.rollcall.support.MovableClock;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute session limit, on a clock the test moves: 12 hours after the sign-in, however busy. */
class SessionAgeTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Europe/London"));
    final SessionAge filter = new SessionAge(clock, Duration.ofHours(12),
            request -> request.getParameter("v-r") != null);

    @Test
    void aSessionEndsTwelveHoursAfterItsSignInAndAPageLoadGoesToTheLoginPageThatSaysSo() throws Exception {
        MockHttpSession session = signedIn();
        clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertThat(pass(request(session, "/calls"))).as("passed on").isTrue();
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request(session, "/calls"), response, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?signed-out");
    }

    @Test
    void aScreensOwnRequestGoesOnWithoutItsSessionSoVaadinSendsTheScreenToTheLoginPage() throws Exception {
        MockHttpSession session = signedIn();
        clock.advance(Duration.ofHours(13));
        MockHttpServletRequest heartbeat = request(session, "/");
        heartbeat.setParameter("v-r", "heartbeat");
        assertThat(pass(heartbeat)).isTrue();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionNobodySignedInToIsLeftAlone() throws Exception {
        MockHttpSession session = new MockHttpSession();
        clock.advance(Duration.ofDays(2));
        assertThat(pass(request(session, "/login"))).isTrue();
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession signedIn() {
        MockHttpSession session = new MockHttpSession();
        SessionAge.signedIn(request(session, "/login"), clock);
        return session;
    }

    private boolean pass(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private static MockHttpServletRequest request(MockHttpSession session, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        return request;
    }
}
