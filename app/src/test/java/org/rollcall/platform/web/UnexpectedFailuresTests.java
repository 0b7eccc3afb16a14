package org.rollcall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;

/** A failure on our side reaches a client as a reference only; the database's text stays in the log. */
class UnexpectedFailuresTests {

    private final UnexpectedFailures resolver = new UnexpectedFailures();

    @Test
    void aDatabaseErrorIsA500ProblemWithAReferenceAndNoSql() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/attendance");
        var response = new MockHttpServletResponse();
        var failure = new DataIntegrityViolationException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00 "
                + "[insert into mark (reason) values (?)]");

        assertThat(resolver.resolveException(request, response, handler(), failure)).isNotNull();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString();
        assertThat(body).contains("\"reference\":\"RC-").contains("tell an administrator the reference RC-")
                .doesNotContain("UTF8").doesNotContain("insert into").doesNotContain("mark");
    }

    @Test
    void securityRefusalsAndNonControllerRequestsAreLeftToOthers() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/calls/x");
        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), handler(),
                new AccessDeniedException("no"))).isNull();
        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), new Object(),
                new IllegalStateException("no"))).isNull();
    }

    private static HandlerMethod handler() throws NoSuchMethodException {
        Method method = UnexpectedFailuresTests.class.getDeclaredMethod("handler");
        return new HandlerMethod(new UnexpectedFailuresTests(), method);
    }
}
